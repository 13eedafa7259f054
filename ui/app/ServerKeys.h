#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace claimsmith::ui {

// A keychain: where API keys outlive the session. Both calls answer later,
// on the GUI thread (as QtKeychain's jobs do).
class Keychain
{
public:
    virtual ~Keychain() = default;
    // `done(key, problem)`: the key kept for `url` (empty: none), or why the
    // keychain could not be asked.
    virtual void read(const QString& url,
                      std::function<void(const QString& key, const QString& problem)> done) = 0;
    // `done(problem)`: empty when the keychain has the key.
    virtual void write(const QString& url, const QString& key,
                       std::function<void(const QString& problem)> done) = 0;
};

// Where the desktop application keeps the API keys of the servers it connects
// to: the system keychain (QtKeychain) when the build has it and it answers,
// else memory, for this session only. A key is never written to the settings
// file. Keychain calls are asynchronous jobs: the answers come later, on the
// GUI thread, to a context object (dropped if it is gone by then).
class ServerKeys : public QObject
{
    Q_OBJECT

public:
    static ServerKeys& instance();

    // Whether the build has keychain support and it is not turned off.
    static bool keychainCompiledIn();
    bool keychainAllowed() const;
    // Tests: with `on`, never touch the system keychain; either way, forget
    // the session's keys.
    void setSessionOnly(bool on);
    // Tests: the keychain to use instead of the system's (null: the
    // system's again). The session's keys are forgotten.
    void setKeychain(std::unique_ptr<Keychain> keychain);
    // Forgets the session's keys, as the next run of the application would
    // start without them.
    void forgetSession();

    // The key kept for `url` (the session's, else the keychain's); `done`
    // gets it (empty: none) and, when the keychain could not be asked, why.
    void read(const QString& url, QObject* context,
              std::function<void(const QString& key, const QString& keychainProblem)> done);
    // Keeps `key` for the session and writes it to the keychain; `done` gets
    // whether the keychain has it and, if not, why (empty: no keychain).
    void keep(const QString& url, const QString& key, QObject* context,
              std::function<void(bool inKeychain, const QString& keychainProblem)> done);

private:
    ServerKeys();
    ~ServerKeys() override;
    Keychain* keychain() const;

    QHash<QString, QString> m_session;
    bool m_sessionOnly = false;
    std::unique_ptr<Keychain> m_system; // null without QtKeychain
    std::unique_ptr<Keychain> m_replacement;
};

} // namespace claimsmith::ui
