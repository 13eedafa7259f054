#include "AuditDiffModel.h"

#include "common/Settings.h"
#include "json/Writer.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;

namespace claimsmith::ui {

namespace {

// Tints that read on light and dark palettes alike: the text keeps the
// palette's colour, the background is a translucent green or red.
const QColor kAddedTint(46, 160, 67, 70);
const QColor kRemovedTint(218, 54, 51, 70);

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

constexpr qsizetype kCompactWidth = 72;

} // namespace

AuditDiffModel::AuditDiffModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_valueFont(Settings::get(settings::editorFont))
{}

std::vector<AuditDiffModel::Row> AuditDiffModel::diff(const json::Value& before,
                                                      const json::Value& after)
{
    std::vector<Row> rows;
    if (before.isNull() && after.isNull())
        return rows;
    const bool objects =
        (before.isObject() || before.isNull()) && (after.isObject() || after.isNull());
    if (!objects) {
        // Not records: one row for the whole value.
        Row r;
        r.member = tr("(value)");
        if (!before.isNull())
            r.before = before;
        if (!after.isNull())
            r.after = after;
        r.change = !r.before         ? Change::Added
                   : !r.after        ? Change::Removed
                   : before == after ? Change::Unchanged
                                     : Change::Changed;
        rows.push_back(std::move(r));
        return rows;
    }
    if (before.isObject()) {
        for (const json::Member& m : before.object()) {
            Row r;
            r.member = qs(m.key);
            r.before = m.value;
            const json::Value* now = after.isObject() ? after.find(m.key) : nullptr;
            if (!now) {
                r.change = Change::Removed;
            } else {
                r.after = *now;
                r.change = *now == m.value ? Change::Unchanged : Change::Changed;
            }
            rows.push_back(std::move(r));
        }
    }
    if (after.isObject()) {
        for (const json::Member& m : after.object()) {
            if (before.isObject() && before.find(m.key))
                continue;
            Row r;
            r.member = qs(m.key);
            r.after = m.value;
            r.change = Change::Added;
            rows.push_back(std::move(r));
        }
    }
    return rows;
}

QString AuditDiffModel::valueText(const json::Value& value)
{
    const std::string compact = json::toString(value);
    if (static_cast<qsizetype>(compact.size()) <= kCompactWidth ||
        !(value.isObject() || value.isArray()))
        return qs(compact);
    json::WriteOptions pretty;
    pretty.pretty = true;
    return qs(json::toString(value, pretty));
}

QString AuditDiffModel::changeText(Change change)
{
    switch (change) {
    case Change::Added:
        return tr("added");
    case Change::Removed:
        return tr("removed");
    case Change::Changed:
        return tr("changed");
    case Change::Unchanged:
        return tr("unchanged");
    }
    return {};
}

void AuditDiffModel::setEvent(const model::AuditEvent* event)
{
    beginResetModel();
    if (!event) {
        m_kind = Kind::None;
        m_all.clear();
    } else {
        m_all = diff(event->before, event->after);
        m_kind = event->before.isNull() && event->after.isNull() ? Kind::Empty
                 : event->before.isNull()                        ? Kind::Creation
                 : event->after.isNull()                         ? Kind::Deletion
                                                                 : Kind::Update;
    }
    rebuild();
    endResetModel();
}

void AuditDiffModel::setShowUnchanged(bool show)
{
    if (show == m_showUnchanged)
        return;
    beginResetModel();
    m_showUnchanged = show;
    rebuild();
    endResetModel();
}

void AuditDiffModel::rebuild()
{
    m_shown.clear();
    for (const Row& r : m_all) {
        if (m_showUnchanged || r.change != Change::Unchanged)
            m_shown.push_back(&r);
    }
}

int AuditDiffModel::count(Change change) const
{
    int n = 0;
    for (const Row& r : m_all)
        n += r.change == change ? 1 : 0;
    return n;
}

const AuditDiffModel::Row* AuditDiffModel::rowAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return m_shown[static_cast<std::size_t>(row)];
}

int AuditDiffModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_shown.size());
}

int AuditDiffModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditDiffModel::data(const QModelIndex& index, int role) const
{
    const Row* r = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!r || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const int column = index.column();
    const std::optional<json::Value>* value = column == BeforeColumn  ? &r->before
                                              : column == AfterColumn ? &r->after
                                                                      : nullptr;
    switch (role) {
    case ChangeRole:
        return static_cast<int>(r->change);
    case Qt::DisplayRole:
        if (column == MemberColumn)
            return r->member;
        if (column == ChangeColumn)
            return changeText(r->change);
        return value && *value ? valueText(**value) : QString();
    case Qt::ToolTipRole:
        if (value && *value) {
            json::WriteOptions pretty;
            pretty.pretty = true;
            return qs(json::toString(**value, pretty));
        }
        return {};
    case Qt::FontRole:
        if (value)
            return m_valueFont;
        return {};
    case Qt::BackgroundRole:
        // A creation or deletion is all one colour: mark the names only.
        if ((m_kind == Kind::Creation || m_kind == Kind::Deletion) && column != MemberColumn)
            return {};
        switch (r->change) {
        case Change::Added:
            return QBrush(kAddedTint);
        case Change::Removed:
            return QBrush(kRemovedTint);
        case Change::Changed:
            if (column == BeforeColumn)
                return QBrush(kRemovedTint);
            if (column == AfterColumn)
                return QBrush(kAddedTint);
            return {};
        case Change::Unchanged:
            return {};
        }
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignTop));
    default:
        return {};
    }
}

QVariant AuditDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MemberColumn:
        return tr("Member");
    case ChangeColumn:
        return tr("Change");
    case BeforeColumn:
        return m_kind == Kind::Deletion ? tr("Value") : tr("Before");
    case AfterColumn:
        return m_kind == Kind::Creation ? tr("Value") : tr("After");
    }
    return {};
}

} // namespace claimsmith::ui
