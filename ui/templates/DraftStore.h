#pragma once

#include <QString>

#include <optional>

namespace claimsmith::ui {

// Unsaved template drafts on disk, one file per store and template, so that
// what an admin types survives a crash or a quit. Written atomically
// (QSaveFile) under the application's local data directory, or under
// `directory` (tests).
class DraftStore
{
public:
    struct Draft
    {
        QString text;
        int baseVersion = 0; // the version the draft started from (0: none)
    };

    explicit DraftStore(const QString& storeLocation, const QString& directory = {});

    std::optional<Draft> load(const QString& templateName) const;
    // False with `error` set when the file cannot be written.
    bool save(const QString& templateName, const Draft& draft, QString* error = nullptr) const;
    void remove(const QString& templateName) const;
    QString pathOf(const QString& templateName) const;

private:
    QString m_directory;
};

} // namespace claimsmith::ui
