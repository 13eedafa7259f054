#pragma once

#include "model/Model.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace claimsmith::ui {

// The domains of an organization: one row per domain (the name and whether
// it is verified), rows added and removed with buttons. A name that is not a
// domain is marked at its row as it is typed; what is typed always stays.
class DomainListEditor : public QWidget
{
    Q_OBJECT

public:
    explicit DomainListEditor(QWidget* parent = nullptr);

    // Shows `domains` (loading and undo use this; it emits nothing).
    void setDomains(const std::vector<model::Domain>& domains);
    // The domains as typed (names trimmed).
    std::vector<model::Domain> domains() const;
    void setReadOnly(bool readOnly);

    // Checks every row; `strict`: empty rows count too (before saving).
    // Returns the first problem, or an empty string.
    QString check(bool strict);
    // Marks row `row` with a problem the store found.
    void markRow(int row, const QString& message);
    // Puts the cursor in row `row`'s name.
    void focusRow(int row);

    int rowCount() const { return static_cast<int>(m_rows.size()); }
    QLineEdit* domainEdit(int row) const;
    QComboBox* stateCombo(int row) const;

    // What is wrong with `domain` as a domain name, or an empty string.
    static QString problemWith(const QString& domain);
    // "verified", "pending", "failed" for people.
    static QString stateText(const QString& state);

signals:
    // The rows changed; `typingInRow` is the row whose name is being typed
    // (consecutive keystrokes there are one undo step), or -1.
    void edited(int typingInRow);

private:
    struct Row
    {
        QWidget* box;
        QLineEdit* domain;
        QComboBox* state;
        QToolButton* remove;
    };
    void addRow(const model::Domain& d);
    void removeRow(int row);
    void showMessage(const QString& message);

    std::vector<Row> m_rows;
    QVBoxLayout* m_rowsLayout;
    QPushButton* m_add;
    QLabel* m_empty;
    QLabel* m_message;
    bool m_readOnly = false;
};

} // namespace claimsmith::ui
