#include "StoreSession.h"

#include <QFileInfo>

namespace claimsmith::ui {

namespace {

QString currentUser()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name.isEmpty() ? QStringLiteral("admin") : name;
}

} // namespace

StoreSession::StoreSession(const StoreWorker::Opener& opener, QString location, QObject* parent)
    : QObject(parent)
    , m_location(std::move(location))
    , m_actor(currentUser())
{
    // Each worker opens its own connection and records the admin as the actor.
    auto withActor =
        [opener, actor = m_actor.toStdString()]() -> store::Result<std::unique_ptr<store::Store>> {
        auto s = opener();
        if (s)
            (*s)->setActor(actor);
        return s;
    };
    m_worker = new StoreWorker(withActor, m_location, this);
    m_jobs = new StoreWorker(withActor, m_location, this);
}

QString StoreSession::displayName() const
{
    if (m_location.contains(QLatin1String("://")))
        return m_location; // a server: its URL, port and all
    return QFileInfo(m_location).fileName();
}

} // namespace claimsmith::ui
