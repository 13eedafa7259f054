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
// The system keychain through QtKeychain: service "Claimsmith", one entry
// per server URL.
class SystemKeychain : public Keychain
{
public:
    void read(const QString& url, std::function<void(const QString&, const QString&)> done) override
    {
        auto* job = new QKeychain::ReadPasswordJob(kService);
        job->setAutoDelete(true);
        job->setKey(url);
        QObject::connect(
            job, &QKeychain::Job::finished, job, [done = std::move(done)](QKeychain::Job* j) {
                if (j->error() == QKeychain::NoError)
                    done(static_cast<QKeychain::ReadPasswordJob*>(j)->textData(), QString());
                else if (j->error() == QKeychain::EntryNotFound)
                    done(QString(), QString());
                else
                    done(QString(), j->errorString());
            });
        job->start();
    }

    void write(const QString& url, const QString& key,
               std::function<void(const QString&)> done) override
    {
        auto* job = new QKeychain::WritePasswordJob(kService);
        job->setAutoDelete(true);
        job->setKey(url);
        job->setTextData(key);
        QObject::connect(job, &QKeychain::Job::finished, job,
                         [done = std::move(done)](QKeychain::Job* j) {
                             done(j->error() == QKeychain::NoError ? QString() : j->errorString());
                         });
        job->start();
    }

private:
    const QString kService = u"Claimsmith"_s;
};
#endif

} // namespace

ServerKeys::ServerKeys()
{
#ifdef CLAIMSMITH_HAVE_KEYCHAIN
    m_system = std::make_unique<SystemKeychain>();
#endif
}

ServerKeys::~ServerKeys() = default;

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

Keychain* ServerKeys::keychain() const
{
    return m_replacement ? m_replacement.get() : m_system.get();
}

bool ServerKeys::keychainAllowed() const
{
    return keychain() && !m_sessionOnly;
}

void ServerKeys::setSessionOnly(bool on)
{
    m_sessionOnly = on;
    m_session.clear();
}

void ServerKeys::setKeychain(std::unique_ptr<Keychain> keychain)
{
    m_replacement = std::move(keychain);
    m_session.clear();
}

void ServerKeys::forgetSession()
{
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
    QPointer<QObject> target(context);
    QPointer<ServerKeys> self(this);
    keychain()->read(url, [self, url, target, done = std::move(done)](const QString& key,
                                                                      const QString& problem) {
        if (self && !key.isEmpty())
            self->m_session.insert(url, key);
        if (target)
            done(key, problem);
    });
}

void ServerKeys::keep(const QString& url, const QString& key, QObject* context,
                      std::function<void(bool, const QString&)> done)
{
    m_session.insert(url, key);
    if (!keychainAllowed()) {
        QTimer::singleShot(0, context, [done = std::move(done)] { done(false, QString()); });
        return;
    }
    QPointer<QObject> target(context);
    keychain()->write(url, key, [target, done = std::move(done)](const QString& problem) {
        if (target)
            done(problem.isEmpty(), problem);
    });
}

} // namespace claimsmith::ui
