#pragma once

#include "store/Queries.h"

#include <QWidget>

#include <map>
#include <vector>

class QVBoxLayout;

namespace claimsmith::ui {

// Conditions on metadata, combined with AND: "plan equals pro", "beta
// exists", "region starts with eu-". Each row picks the bag, the key (with
// the store's keys offered), the test, the value and whether case matters.
class MetadataFilterBuilder : public QWidget
{
    Q_OBJECT

public:
    explicit MetadataFilterBuilder(QWidget* parent = nullptr);

    // Keys offered per bag, most used first.
    void setKeySuggestions(store::MetadataField field, const QStringList& keys);
    // The complete rows (a row without a key is left out).
    std::vector<store::MetadataCondition> conditions() const;
    int rowCount() const;
    void addCondition(const store::MetadataCondition& c = {});
    void clear();

signals:
    void changed();

private:
    void removeRow(QWidget* row);

    QVBoxLayout* m_rows;
    std::map<store::MetadataField, QStringList> m_suggestions;
};

} // namespace claimsmith::ui
