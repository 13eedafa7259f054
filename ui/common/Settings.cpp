#include "Settings.h"

#include <QFontDatabase>
#include <QSettings>

#include <memory>

namespace claimsmith::ui {

namespace settings {

const Setting<QByteArray> windowGeometry{"window/geometry", [] { return QByteArray(); }};
const Setting<QByteArray> windowState{"window/state", [] { return QByteArray(); }};
const Setting<QStringList> recentStores{"stores/recent", [] { return QStringList(); }};
const Setting<QStringList> recentServers{"servers/recent", [] { return QStringList(); }};
const Setting<QString> language{"ui/language", [] { return QString(); }};
const Setting<QFont> editorFont{"editor/font", [] {
                                    QFont f = QFontDatabase::systemFont(QFontDatabase::FixedFont);
                                    f.setPointSize(std::max(f.pointSize(), 10));
                                    return f;
                                }};
const Setting<QStringList> userColumns{"users/metadataColumns", [] { return QStringList(); }};
const Setting<QByteArray> usersSplitter{"users/splitter", [] { return QByteArray(); }};
const Setting<QByteArray> organizationsSplitter{"organizations/splitter",
                                                [] { return QByteArray(); }};
const Setting<QByteArray> keysSplitter{"keys/splitter", [] { return QByteArray(); }};
const Setting<QByteArray> auditSplitter{"audit/splitter", [] { return QByteArray(); }};

} // namespace settings

namespace {

QString& overrideFile()
{
    static QString path;
    return path;
}

std::unique_ptr<QSettings> open()
{
    if (!overrideFile().isEmpty())
        return std::make_unique<QSettings>(overrideFile(), QSettings::IniFormat);
    return std::make_unique<QSettings>();
}

} // namespace

void Settings::useFile(const QString& path)
{
    overrideFile() = path;
}

QVariant Settings::read(const char* key)
{
    return open()->value(QString::fromLatin1(key));
}

void Settings::write(const char* key, const QVariant& value)
{
    open()->setValue(QString::fromLatin1(key), value);
}

namespace {

void putFirst(const Setting<QStringList>& setting, const QString& entry)
{
    QStringList recent = Settings::get(setting);
    recent.removeAll(entry);
    recent.prepend(entry);
    while (recent.size() > 10)
        recent.removeLast();
    Settings::set(setting, recent);
}

} // namespace

void Settings::addRecentStore(const QString& path)
{
    putFirst(settings::recentStores, path);
}

void Settings::addRecentServer(const QString& url)
{
    putFirst(settings::recentServers, url);
}

} // namespace claimsmith::ui
