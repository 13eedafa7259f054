#pragma once

#include "json/Value.h"
#include "model/Model.h"

#include <QAbstractTableModel>
#include <QFont>

#include <optional>
#include <vector>

namespace claimsmith::ui {

// What an audit event changed, member by member: each top-level member of
// `before` and `after` is added, removed, changed or unchanged. Unchanged
// members are hidden unless asked for. A creation (before null) lists what
// was created, a deletion (after null) what was deleted.
class AuditDiffModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Change
    {
        Added,
        Removed,
        Changed,
        Unchanged
    };
    enum class Kind
    {
        None,     // no event
        Update,   // before and after
        Creation, // before null
        Deletion, // after null
        Empty     // neither holds a value
    };
    struct Row
    {
        QString member;
        Change change = Change::Unchanged;
        std::optional<json::Value> before; // absent: the member was not there
        std::optional<json::Value> after;
    };
    enum Column
    {
        MemberColumn,
        ChangeColumn,
        BeforeColumn,
        AfterColumn,
        ColumnCount
    };
    enum Role
    {
        ChangeRole = Qt::UserRole + 1 // Change as an int
    };

    explicit AuditDiffModel(QObject* parent = nullptr);

    // nullptr: no event.
    void setEvent(const model::AuditEvent* event);
    void setShowUnchanged(bool show);
    bool showUnchanged() const { return m_showUnchanged; }

    Kind kind() const { return m_kind; }
    // Every row, the unchanged ones too.
    const std::vector<Row>& allRows() const { return m_all; }
    int count(Change change) const;
    const Row* rowAt(int row) const;

    // The rows of a diff of `before` and `after`, in the order of `before`,
    // then the members only `after` has.
    static std::vector<Row> diff(const json::Value& before, const json::Value& after);
    // A value for a cell: compact JSON, pretty when it is long.
    static QString valueText(const json::Value& value);
    static QString changeText(Change change);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void rebuild();

    std::vector<Row> m_all;
    std::vector<const Row*> m_shown;
    Kind m_kind = Kind::None;
    bool m_showUnchanged = false;
    QFont m_valueFont;
};

} // namespace claimsmith::ui
