#include "AuditLog.h"

#include "SqlValues.h"

#include <algorithm>

namespace claimsmith::store::sql {

namespace {

bool isBag(std::string_view name)
{
    return name == "metadata" || name == "user_metadata" || name == "sso_attributes" ||
           name == "custom_attributes";
}

} // namespace

std::pair<json::Value, json::Value> changedFields(const json::Value& before,
                                                  const json::Value& after)
{
    if (!before.isObject() || !after.isObject())
        return {before, after};
    json::Value b{json::Object{}};
    json::Value a{json::Object{}};
    auto compare = [&](const std::string& key, const json::Value* x, const json::Value* y) {
        if (x && y && *x == *y)
            return;
        if (key == "version" || key == "updated_at")
            return; // every change moves these; they say nothing about what changed
        if (x && y && isBag(key) && x->isObject() && y->isObject()) {
            auto [bb, ab] = changedFields(*x, *y);
            b.set(key, std::move(bb));
            a.set(key, std::move(ab));
            return;
        }
        b.set(key, x ? *x : json::Value());
        a.set(key, y ? *y : json::Value());
    };
    for (const json::Member& m : before.object())
        compare(m.key, &m.value, after.find(m.key));
    for (const json::Member& m : after.object()) {
        if (!before.find(m.key))
            compare(m.key, nullptr, &m.value);
    }
    return {std::move(b), std::move(a)};
}

Error AuditLog::record(std::string_view action, std::string_view targetType,
                       std::string_view targetId, const json::Value& before,
                       const json::Value& after)
{
    if (m_ctx.inBatch) {
        ++m_batchWrites;
        return {};
    }
    if (before.isNull() || after.isNull())
        return recordRaw(action, targetType, targetId, before, after);
    auto [b, a] = changedFields(before, after);
    return recordRaw(action, targetType, targetId, b, a);
}

Error AuditLog::recordRaw(std::string_view action, std::string_view targetType,
                          std::string_view targetId, const json::Value& before,
                          const json::Value& after)
{
    Statement& q = m_ctx.db.statement(
        "INSERT INTO audit_events (at, actor, action, target_type, target_id, before, after)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)");
    q.bindValue(0, static_cast<qlonglong>(m_ctx.clock.now()));
    q.bindValue(1, qs(m_ctx.actor));
    q.bindValue(2, qs(action));
    q.bindValue(3, qs(targetType));
    q.bindValue(4, qs(targetId));
    q.bindValue(5, before.isNull() ? QVariant(QMetaType(QMetaType::QString))
                                   : QVariant(jsonText(before)));
    q.bindValue(6, after.isNull() ? QVariant(QMetaType(QMetaType::QString))
                                  : QVariant(jsonText(after)));
    return m_ctx.db.exec(q);
}

Result<Page<model::AuditEvent>> AuditLog::find(const AuditQuery& query)
{
    QString sql = QStringLiteral("SELECT id, at, actor, action, target_type, target_id, before, "
                                 "after FROM audit_events WHERE 1 = 1");
    QVariantList args;
    if (!query.actor.empty()) {
        sql += QStringLiteral(" AND actor = ?");
        args << qs(query.actor);
    }
    if (!query.action.empty()) {
        if (query.action.back() == '.') {
            // A prefix: "user." is every user action.
            sql += QStringLiteral(" AND action >= ? AND action < ?");
            std::string end = query.action;
            end.back() = static_cast<char>('.' + 1);
            args << qs(query.action) << qs(end);
        } else {
            sql += QStringLiteral(" AND action = ?");
            args << qs(query.action);
        }
    }
    if (!query.targetType.empty()) {
        sql += QStringLiteral(" AND target_type = ?");
        args << qs(query.targetType);
    }
    if (!query.targetId.empty()) {
        sql += QStringLiteral(" AND target_id = ?");
        args << qs(query.targetId);
    }
    if (query.from) {
        sql += QStringLiteral(" AND at >= ?");
        args << static_cast<qlonglong>(*query.from);
    }
    if (query.to) {
        sql += QStringLiteral(" AND at < ?");
        args << static_cast<qlonglong>(*query.to);
    }
    if (!query.after.empty()) {
        bool ok = false;
        const qlonglong after = qs(query.after).toLongLong(&ok);
        if (!ok)
            return Error::make(ErrorKind::Invalid,
                               "the audit cursor \"" + query.after + "\" is not valid", "after");
        sql += QStringLiteral(" AND id < ?");
        args << after;
    }
    const int limit = std::clamp(query.limit, 1, kMaxPageSize);
    sql += QStringLiteral(" ORDER BY id DESC LIMIT %1").arg(limit + 1);
    auto qStmt = m_ctx.db.prepare(sql);
    Statement& q = *qStmt;
    for (int i = 0; i < args.size(); ++i)
        q.bindValue(i, args[i]);
    Page<model::AuditEvent> page;
    Error e = m_ctx.db.select(q, [&](const Statement& row) {
        if (static_cast<int>(page.items.size()) == limit) {
            page.next = std::to_string(page.items.back().id);
            return false;
        }
        model::AuditEvent ev;
        ev.id = integer(row, 0);
        ev.at = integer(row, 1);
        ev.actor = text(row, 2);
        ev.action = text(row, 3);
        ev.targetType = text(row, 4);
        ev.targetId = text(row, 5);
        ev.before = row.isNull(6) ? json::Value() : jsonColumn(row, 6);
        ev.after = row.isNull(7) ? json::Value() : jsonColumn(row, 7);
        page.items.push_back(std::move(ev));
        return true;
    });
    if (e)
        return e;
    return page;
}

} // namespace claimsmith::store::sql
