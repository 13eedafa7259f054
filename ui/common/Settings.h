#pragma once

#include <QByteArray>
#include <QFont>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace claimsmith::ui {

// Every setting of the desktop application, with its type and default, in
// one table; nothing else reads or writes QSettings. Tests point it at a
// temporary file (Settings::useFile).
template <class T>
struct Setting
{
    const char* key;
    T (*defaultValue)();
};

namespace settings {

extern const Setting<QByteArray> windowGeometry;
extern const Setting<QByteArray> windowState;
extern const Setting<QStringList> recentStores;  // most recent first, at most 10
extern const Setting<QStringList> recentServers; // server URLs (never keys), as recentStores
extern const Setting<QString> language;          // "" follows the system; "en", "de"
extern const Setting<QFont> editorFont;
extern const Setting<QStringList> userColumns; // metadata keys shown as columns on Users
extern const Setting<QByteArray> usersSplitter;
extern const Setting<QByteArray> organizationsSplitter;
extern const Setting<QByteArray> keysSplitter;
extern const Setting<QByteArray> auditSplitter;

} // namespace settings

class Settings
{
public:
    template <class T>
    static T get(const Setting<T>& s)
    {
        const QVariant v = read(s.key);
        return v.isValid() ? v.value<T>() : s.defaultValue();
    }
    template <class T>
    static void set(const Setting<T>& s, const T& value)
    {
        write(s.key, QVariant::fromValue(value));
    }

    // Puts `path` first in the recent stores.
    static void addRecentStore(const QString& path);
    // Puts the server `url` first in the recent servers (its key is never kept here).
    static void addRecentServer(const QString& url);
    // Tests: read and write this INI file instead of the user's settings.
    static void useFile(const QString& path);

private:
    static QVariant read(const char* key);
    static void write(const char* key, const QVariant& value);
};

} // namespace claimsmith::ui
