#include "Settings.h"

#include <QFontDatabase>
#include <QSettings>

#include <memory>

namespace claimsmith::ui {

namespace settings {

const Setting<QByteArray> windowGeometry{"window/geometry", [] { return QByteArray(); }};
const Setting<QByteArray> windowState{"window/state", [] { return QByteArray(); }};
const Setting<QStringList> recentStores{"stores/recent", [] { return QStringList(); }};
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

void Settings::addRecentStore(const QString& path)
{
    QStringList recent = get(settings::recentStores);
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > 10)
        recent.removeLast();
    set(settings::recentStores, recent);
}

} // namespace claimsmith::ui
