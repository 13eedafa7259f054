#pragma once

#include "SqlContext.h"
#include "model/Model.h"
#include "store/Queries.h"

namespace claimsmith::store::sql {

// Applications: a unique client id, client metadata, the template their
// tokens use and the tokens' lifetime. The oldest one is the default.
class ApplicationTable
{
public:
    explicit ApplicationTable(SqlContext& ctx)
        : m_ctx(ctx)
    {}

    Result<std::vector<model::Application>> all();
    Result<model::Application> byId(std::string_view id);
    Result<model::Application> byClientId(std::string_view clientId);
    Result<model::Application> byDefault();
    Result<model::Application> create(model::Application app);
    Result<model::Application> update(const model::Application& app);
    Result<model::Application> patchMetadata(std::string_view id, const json::Value& patch,
                                             std::int64_t expectedVersion);
    Error remove(std::string_view id, std::int64_t expectedVersion);

    static constexpr std::int64_t kMinLifetime = 30;                     // seconds
    static constexpr std::int64_t kMaxLifetime = 10LL * 365 * 24 * 3600; // ten years

private:
    Result<std::optional<std::pair<std::int64_t, model::Application>>> load(const char* sql,
                                                                            const QVariant& key);
    Error validate(const model::Application& app) const;

    SqlContext& m_ctx;
};

} // namespace claimsmith::store::sql
