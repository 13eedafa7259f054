#pragma once

#include "SqlContext.h"
#include "model/Model.h"
#include "store/Queries.h"

namespace claimsmith::store::sql {

// JWT templates: numbered, immutable versions and the versions that staging
// and production use. A version is stored only if it compiles without
// errors, so that nothing broken can be promoted.
class TemplateTable
{
public:
    explicit TemplateTable(SqlContext& ctx)
        : m_ctx(ctx)
    {}

    Result<std::vector<model::Template>> all();
    Result<model::Template> byName(std::string_view name);
    Result<std::vector<model::TemplateVersion>> versions(std::string_view name);
    Result<model::TemplateVersion> version(std::string_view name, int number);
    Result<model::Template> create(std::string_view name, std::string_view content,
                                   std::string_view comment);
    Result<model::TemplateVersion> addVersion(std::string_view name, std::string_view content,
                                              std::string_view comment,
                                              std::int64_t expectedVersion);
    Result<model::Template> restore(const model::Template& t,
                                    const std::vector<model::TemplateVersion>& versions);
    Result<model::Template> promote(std::string_view name, int number, std::string_view environment,
                                    std::int64_t expectedVersion, std::string_view note);

private:
    Error checkContent(std::string_view content) const;
    Result<model::TemplateVersion> insertVersion(std::string_view name, int number,
                                                 std::string_view content,
                                                 std::string_view comment);
    Error writeVersion(const model::TemplateVersion& v);

    SqlContext& m_ctx;
};

} // namespace claimsmith::store::sql
