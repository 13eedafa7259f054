#pragma once

#include "store/StoreError.h"

#include <QLabel>
#include <QPointer>
#include <QString>

#include <map>

namespace claimsmith::ui {

// The errors of one form, shown where they belong: the field gets a red
// frame and its message appears right under it; an error that names no known
// field goes to the form's general line. Nothing typed is touched.
class FieldErrors
{
public:
    // `general`: the line for errors of no particular field.
    explicit FieldErrors(QLabel* general = nullptr);

    void setGeneral(QLabel* general) { m_general = general; }
    // `field` is the store's name of the field ("slug", "token_lifetime").
    // `label` sits under `widget` and is hidden while the field has no error.
    void add(const QString& field, QWidget* widget, QLabel* label);
    // A label for add(): red, word-wrapped, hidden.
    static QLabel* makeLabel(const QString& objectName);
    // `field` with `label` under it, for a form row.
    static QWidget* withLabel(QWidget* field, QLabel* label);

    void show(const QString& field, const QString& message);
    // Marks the field only: for a field that says what is wrong itself.
    void frame(const QString& field, const QString& message);
    // The store's error at its field ("metadata.plan" is shown at "metadata",
    // "permissions[2]" at "permissions").
    void show(const store::Error& error);
    void clear(const QString& field);
    void clearAll();
    bool has(const QString& field) const;
    bool any() const;
    // The widget of `field` (to focus it), or nullptr.
    QWidget* widget(const QString& field) const;

    // The store's field name as one of ours: the part before '.' or '['.
    static QString fieldOf(const std::string& storeField);
    // A store message starts in lower case (it is often embedded); shown alone
    // it starts with a capital.
    static QString sentence(const std::string& message);

private:
    struct Field
    {
        QPointer<QWidget> widget;
        QPointer<QLabel> label;
        bool marked = false;
    };
    void mark(Field& f, const QString& message, bool withText = true);

    QPointer<QLabel> m_general;
    std::map<QString, Field> m_fields;
};

} // namespace claimsmith::ui
