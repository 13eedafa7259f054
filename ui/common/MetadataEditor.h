#pragma once

#include "json/Value.h"
#include "model/MetadataLimits.h"

#include <QWidget>

class QLabel;
class QTableWidget;
class QToolButton;

namespace claimsmith::ui {

// Edits one metadata bag (a JSON object) as rows of key and value, the value
// typed as JSON. Checks as you type: a value that is not JSON, an empty or
// duplicate key, and every limit of the store's profile are marked at the
// cell, with a line below that says what is wrong and what to do. Only a bag
// that passes is reported as edited; what is typed stays either way.
class MetadataEditor : public QWidget
{
    Q_OBJECT

public:
    explicit MetadataEditor(QWidget* parent = nullptr);

    // `bagName` ("metadata", "user_metadata", …) names the bag in messages
    // and picks the limits that apply (model::profileForBag).
    void setLimits(model::LimitsProfile storeProfile, const std::string& bagName);
    void setReadOnly(bool readOnly);
    // Keys other records use, offered as you type a key.
    void setKeySuggestions(const QStringList& keys);

    // Shows `bag` (undo and loading use this; it emits nothing).
    void setBag(const json::Value& bag);
    // The bag as typed; meaningful when isValid().
    json::Value bag() const;
    bool isValid() const { return m_problem.isEmpty(); }
    QString problem() const { return m_problem; }

    // Tests and keyboard users: add a row and start editing its key.
    void addRow();
    QTableWidget* table() const { return m_table; }

signals:
    // The bag changed and is valid (bag() has it).
    void edited();
    void validityChanged(bool valid);

private:
    void removeSelectedRows();
    // Marks every problem; `userEdit`: emit edited() if the bag is valid.
    void check(bool userEdit = true);
    void mark(int row, int column, const QString& why);

    QTableWidget* m_table;
    QLabel* m_status;
    QToolButton* m_add;
    QToolButton* m_remove;
    model::LimitsProfile m_profile = model::LimitsProfile::Default;
    std::string m_bagName = "metadata";
    QStringList m_suggestions;
    QString m_problem;
    bool m_loading = false;
    bool m_readOnly = false;
};

} // namespace claimsmith::ui
