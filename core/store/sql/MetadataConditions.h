#pragma once

#include "SqlContext.h"
#include "store/Queries.h"

#include <QString>
#include <QVariantList>

namespace claimsmith::store::sql {

// SQL for the metadata conditions of a search, shared by users and
// organizations. A condition can filter rows one by one (a probe against the
// owner's index row) or, when few owners match, produce those owners (a
// driver) so that the search starts from them instead of from every record.
class MetadataConditions
{
public:
    explicit MetadataConditions(SqlContext& ctx)
        : m_ctx(ctx)
    {}

    // "EXISTS (…)" or "NOT EXISTS (…)" for the owner column `owner`.
    static QString probe(const MetadataCondition& c, MetadataObject object, const QString& owner,
                         QVariantList& args, Dialect d);
    // "SELECT owner FROM metadata_values WHERE …", or empty when the
    // condition cannot drive (not-equals, not-exists).
    static QString driver(const MetadataCondition& c, MetadataObject object, QVariantList& args,
                          Dialect d);
    // How many owners match at most (counting stops past the context's
    // driver threshold); a large number when the condition cannot drive.
    Result<std::int64_t> estimate(const MetadataCondition& c, MetadataObject object);

private:
    SqlContext& m_ctx;
};

} // namespace claimsmith::store::sql
