#include "ServerWatch.h"

#include "common/StoreSession.h"
#include "store/RemoteStore.h"

#include <algorithm>

namespace claimsmith::ui {

ServerWatch::ServerWatch(StoreSession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
    m_checkTimer.setSingleShot(true);
    connect(&m_checkTimer, &QTimer::timeout, this, &ServerWatch::check);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &ServerWatch::changed);
    for (StoreWorker* w : {session->worker(), session->jobs()})
        connect(w, &StoreWorker::unreachable, this, &ServerWatch::lost);
}

QString ServerWatch::text() const
{
    if (m_reachable)
        return tr("Connected");
    if (m_checking)
        return tr("Server not answering — checking now…");
    const qint64 left = std::max<qint64>(0, m_delayMs - m_waiting.elapsed());
    return tr("Server not answering — trying again in %1 s").arg((left + 999) / 1000);
}

void ServerWatch::lost(const QString& message)
{
    m_detail = message;
    if (m_reachable) {
        m_reachable = false;
        m_delayMs = kFirstDelayMs;
        scheduleCheck();
    }
    emit changed();
}

void ServerWatch::scheduleCheck()
{
    m_waiting.start();
    m_checkTimer.start(m_delayMs);
    m_tick.start();
}

void ServerWatch::check()
{
    m_checking = true;
    m_tick.stop();
    emit changed();
    m_session->worker()->run(
        this,
        [](store::Store& s) -> store::Error {
            auto* remote = dynamic_cast<store::RemoteStore*>(&s);
            return remote ? remote->checkHealth() : store::Error{};
        },
        [this](store::Error e) {
            m_checking = false;
            if (e) {
                m_detail = QString::fromStdString(e.message);
                m_delayMs = std::min(m_delayMs * 2, kMaxDelayMs);
                scheduleCheck();
                emit changed();
                return;
            }
            m_reachable = true;
            m_detail.clear();
            emit changed();
            emit cameBack();
        });
}

} // namespace claimsmith::ui
