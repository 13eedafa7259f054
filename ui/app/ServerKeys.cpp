#include "ServerKeys.h"

#include <QPointer>
#include <QTimer>

#ifdef CLAIMSMITH_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

using namespace Qt::StringLiterals;

namespace claimsmith::ui {

namespace {

#ifdef CLAIMSMITH_HAVE_KEYCHAIN
// The keychain entry: service "Claimsmith", one entry per server URL.
const QString kService = u"Claimsmith"_s;
#endif

} // namespace

ServerKeys& ServerKeys::instance()
{
    static ServerKeys keys;
    return keys;
}

bool ServerKeys::keychainCompiledIn()
{
#ifdef CLAIMSMITH_HAVE_KEYCHAIN
    return true;
#else
    return false;
#endif
}

bool ServerKeys::keychainAllowed() const
{
    return keychainCompiledIn() && !m_sessionOnly;
}

void ServerKeys::setSessionOnly(bool on)
{
    m_sessionOnly = on;
    m_session.clear();
}

void ServerKeys::read(const QString& url, QObject* context,
                      std::function<void(const QString&, const QString&)> done)
{
    const QString kept = m_session.value(url);
    if (!kept.isEmpty() || !keychainAllowed()) {
        // Answered later all the same, as the keychain would be.
        QTimer::singleShot(0, context, [kept, done = std::move(done)] { done(kept, QString()); });
        return;
    }
#ifdef CLAIMSMITH_HAVE_KEYCHAIN
    auto* job = new QKeychain::ReadPasswordJob(kService);
    job->setAutoDelete(true);
    job->setKey(url);
    QPointer<QObject> target(context);
    connect(job, &QKeychain::Job::finished, this,
            [this, url, target, done = std::move(done)](QKeychain::Job* j) {
                QString key;
                QString problem;
                if (j->error() == QKeychain::NoError) {
                    key = static_cast<QKeychain::ReadPasswordJob*>(j)->textData();
                    if (!key.isEmpty())
                        m_session.insert(url, key);
                } else if (j->error() != QKeychain::EntryNotFound) {
                    problem = j->errorString();
                }
                if (target)
                    done(key, problem);
            });
    job->start();
#endif
}

void ServerKeys::keep(const QString& url, const QString& key, QObject* context,
                      std::function<void(bool, const QString&)> done)
{
    m_session.insert(url, key);
    if (!keychainAllowed()) {
        QTimer::singleShot(0, context, [done = std::move(done)] { done(false, QString()); });
        return;
    }
#ifdef CLAIMSMITH_HAVE_KEYCHAIN
    auto* job = new QKeychain::WritePasswordJob(kService);
    job->setAutoDelete(true);
    job->setKey(url);
    job->setTextData(key);
    QPointer<QObject> target(context);
    connect(job, &QKeychain::Job::finished, this,
            [target, done = std::move(done)](QKeychain::Job* j) {
                const bool ok = j->error() == QKeychain::NoError;
                if (target)
                    done(ok, ok ? QString() : j->errorString());
            });
    job->start();
#endif
}

} // namespace claimsmith::ui
