#pragma once

#include "KeysetPage.h"
#include "MetadataConditions.h"
#include "SqlContext.h"
#include "model/Model.h"

namespace claimsmith::store::sql {

// Organizations with their domains (also kept one per row for lookups by
// domain), unique external id and a metadata bag.
class OrganizationTable
{
public:
    explicit OrganizationTable(SqlContext& ctx)
        : m_ctx(ctx)
        , m_conditions(ctx)
    {}

    struct Row
    {
        std::int64_t rid = 0;
        model::Organization org;
    };

    Result<model::Organization> create(model::Organization org);
    Result<Row> byId(std::string_view id);
    Result<Row> byExternalId(std::string_view externalId);
    Result<model::Organization> update(const model::Organization& org);
    Result<model::Organization> patchMetadata(std::string_view id, const json::Value& patch,
                                              std::int64_t expectedVersion);
    Error remove(std::string_view id, std::int64_t expectedVersion);
    Result<Page<model::Organization>> find(const OrganizationQuery& query);
    // The plan SQLite chooses for find(query) (SqlConnection::explain).
    Result<std::vector<std::string>> explain(const OrganizationQuery& query);
    Result<std::int64_t> count();

    static const char* columns();
    // The domains column ([{"domain","state"}]).
    static std::vector<model::Domain> domainsFrom(const json::Value& v);
    static model::Organization readRow(const Statement& q, int first);

private:
    // The SELECT of find(): the page's rows and one more.
    using Built = KeysetSelect;
    Result<Built> build(const OrganizationQuery& query);
    Result<Row> load(const char* sql, const QVariant& key, std::string_view what,
                     std::string_view value);
    Error validate(const model::Organization& org) const;
    Result<std::int64_t> write(const model::Organization& org, std::int64_t rid);
    Error writeDomains(std::int64_t rid, const std::vector<model::Domain>& domains);

    SqlContext& m_ctx;
    MetadataConditions m_conditions;
};

} // namespace claimsmith::store::sql
