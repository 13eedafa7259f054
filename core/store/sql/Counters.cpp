#include "Counters.h"

#include "SqlValues.h"

namespace claimsmith::store::sql {

Error Counters::write(const std::string& name, std::int64_t delta)
{
    Statement& q = m_ctx.db.statement("UPDATE counters SET value = value + ? WHERE name = ?");
    q.bindValue(0, static_cast<qlonglong>(delta));
    q.bindValue(1, qs(name));
    return m_ctx.db.exec(q);
}

Error Counters::add(const char* name, int delta)
{
    if (!m_ctx.inBatch)
        return write(name, delta);
    m_pending[name] += delta;
    return {};
}

Result<std::int64_t> Counters::value(const char* name)
{
    Statement& q = m_ctx.db.statement("SELECT value FROM counters WHERE name = ?");
    q.bindValue(0, QString::fromLatin1(name));
    std::int64_t n = 0;
    if (Error e = m_ctx.db.select(q, [&](const Statement& r) {
            n = integer(r, 0);
            return false;
        }))
        return e;
    if (m_ctx.inBatch) {
        if (auto it = m_batch.find(name); it != m_batch.end())
            n += it->second;
        if (auto it = m_pending.find(name); it != m_pending.end())
            n += it->second;
    }
    return n;
}

void Counters::endWrite(bool succeeded)
{
    if (succeeded && m_ctx.inBatch) {
        for (const auto& [name, delta] : m_pending)
            m_batch[name] += delta;
    }
    m_pending.clear();
}

Error Counters::flushBatch()
{
    Error e;
    for (const auto& [name, delta] : m_batch) {
        if (delta != 0 && !e)
            e = write(name, delta);
    }
    m_batch.clear();
    return e;
}

} // namespace claimsmith::store::sql
