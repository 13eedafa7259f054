#include "DraftStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace claimsmith::ui {

DraftStore::DraftStore(const QString& storeLocation, const QString& directory)
{
    const QString root =
        directory.isEmpty()
            ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/drafts"_s
            : directory;
    // One folder per store: the same template name in two stores is two drafts.
    const QByteArray id =
        QCryptographicHash::hash(storeLocation.toUtf8(), QCryptographicHash::Sha256).toHex();
    m_directory = QDir(root).filePath(QString::fromLatin1(id.left(16)));
}

QString DraftStore::pathOf(const QString& templateName) const
{
    // Template names are slugs, but a name never becomes a path of its own.
    const QByteArray file = templateName.toUtf8().toHex();
    return QDir(m_directory).filePath(QString::fromLatin1(file) + u".json"_s);
}

std::optional<DraftStore::Draft> DraftStore::load(const QString& templateName) const
{
    QFile f(pathOf(templateName));
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    if (!o.contains(u"text"_s))
        return std::nullopt;
    return Draft{o.value(u"text"_s).toString(), o.value(u"base"_s).toInt()};
}

bool DraftStore::save(const QString& templateName, const Draft& draft, QString* error) const
{
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error = QDir::toNativeSeparators(m_directory);
        return false;
    }
    QSaveFile f(pathOf(templateName));
    const QJsonObject o{
        {u"template"_s, templateName}, {u"base"_s, draft.baseVersion}, {u"text"_s, draft.text}};
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(o).toJson()) < 0 || !f.commit()) {
        if (error)
            *error = f.errorString();
        return false;
    }
    return true;
}

void DraftStore::remove(const QString& templateName) const
{
    QFile::remove(pathOf(templateName));
}

} // namespace claimsmith::ui
