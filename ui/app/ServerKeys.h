#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace claimsmith::ui {

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

    // The key kept for `url` (the session's, else the keychain's); `done`
    // gets it (empty: none) and, when the keychain could not be asked, why.
    void read(const QString& url, QObject* context,
              std::function<void(const QString& key, const QString& keychainProblem)> done);
    // Keeps `key` for the session and writes it to the keychain; `done` gets
    // whether the keychain has it and, if not, why (empty: no keychain).
    void keep(const QString& url, const QString& key, QObject* context,
              std::function<void(bool inKeychain, const QString& keychainProblem)> done);

private:
    ServerKeys() = default;

    QHash<QString, QString> m_session;
    bool m_sessionOnly = false;
};

} // namespace claimsmith::ui
