#include "QueryText.h"

#include "model/Clock.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace claimsmith::store {

namespace {

QString encode(std::string_view text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(
        QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()))));
}

// The operator suffix of a metadata filter (docs/server.md).
const char* opSuffix(const MetadataCondition& c)
{
    using Op = MetadataCondition::Op;
    switch (c.op) {
    case Op::Exists:
        return "[exists]";
    case Op::NotExists:
        return "[missing]";
    case Op::Equals:
        return c.caseSensitive ? "" : "[ieq]";
    case Op::NotEquals:
        return c.caseSensitive ? "[ne]" : "[ine]";
    case Op::StartsWith:
        return c.caseSensitive ? "[prefix]" : "[iprefix]";
    case Op::Contains:
        return c.caseSensitive ? "[contains]" : "[icontains]";
    }
    return "";
}

} // namespace

QueryText& QueryText::add(std::string_view name, std::string_view value)
{
    if (!m_text.isEmpty())
        m_text += u'&';
    m_text += encode(name) + u'=' + encode(value);
    return *this;
}

QueryText& QueryText::addIf(std::string_view name, std::string_view value)
{
    return value.empty() ? *this : add(name, value);
}

QueryText& QueryText::add(std::string_view name, std::int64_t value)
{
    return add(name, std::to_string(value));
}

void addMetadataConditions(QueryText& query, const std::vector<MetadataCondition>& conditions)
{
    using Op = MetadataCondition::Op;
    for (const MetadataCondition& c : conditions) {
        const std::string name =
            std::string(metadataFieldName(c.field)) + '[' + c.key + ']' + opSuffix(c);
        const bool valued = c.op != Op::Exists && c.op != Op::NotExists;
        query.add(name, valued ? std::string_view(c.value) : std::string_view("true"));
    }
}

QueryText userFilters(const UserQuery& q)
{
    QueryText t;
    t.addIf("q", q.text).addIf("email", q.email).addIf("external_id", q.externalId);
    t.addIf("organization_id", q.organizationId);
    addMetadataConditions(t, q.metadata);
    return t;
}

QueryText userListQuery(const UserQuery& q)
{
    QueryText t = userFilters(q);
    switch (q.sort) {
    case UserSort::Email:
        break;
    case UserSort::Name:
        t.add("order_by", "name");
        break;
    case UserSort::CreatedAt:
        t.add("order_by", "created_at");
        break;
    case UserSort::UpdatedAt:
        t.add("order_by", "updated_at");
        break;
    }
    if (q.descending)
        t.add("order", "desc");
    t.add("limit", std::int64_t{q.limit});
    t.addIf("after", q.after);
    if (q.after.empty() && q.offset > 0)
        t.add("offset", q.offset);
    return t;
}

namespace {

std::string commaList(const std::vector<std::string>& items)
{
    std::string list;
    for (const std::string& item : items)
        list += (list.empty() ? "" : ",") + item;
    return list;
}

void addOrder(QueryText& t, bool byCreation, bool descending)
{
    if (byCreation)
        t.add("order_by", "created_at");
    if (descending)
        t.add("order", "desc");
}

} // namespace

QueryText organizationListQuery(const OrganizationQuery& q)
{
    QueryText t;
    t.addIf("q", q.text).addIf("name_contains", q.nameContains);
    t.addIf("external_id", q.externalId).addIf("domain", q.domain);
    t.addIf("domains", commaList(q.domains));
    addMetadataConditions(t, q.metadata);
    addOrder(t, q.byCreation, q.descending);
    t.add("limit", std::int64_t{q.limit});
    t.addIf("after", q.after);
    return t;
}

QueryText membershipListQuery(const MembershipQuery& q)
{
    QueryText t;
    t.addIf("user_id", q.userId).addIf("organization_id", q.organizationId);
    t.addIf("user_ids", commaList(q.userIds)).addIf("statuses", commaList(q.statuses));
    addOrder(t, q.byCreation, q.descending);
    t.add("limit", std::int64_t{q.limit});
    t.addIf("after", q.after);
    return t;
}

QueryText auditListQuery(const AuditQuery& q)
{
    QueryText t;
    t.addIf("actor", q.actor).addIf("action", q.action);
    t.addIf("target_type", q.targetType).addIf("target_id", q.targetId);
    if (q.from)
        t.add("from", model::isoTime(*q.from));
    if (q.to)
        t.add("to", model::isoTime(*q.to));
    t.add("limit", std::int64_t{q.limit});
    t.addIf("after", q.after);
    return t;
}

QString segment(std::string_view text)
{
    return encode(text);
}

} // namespace claimsmith::store
