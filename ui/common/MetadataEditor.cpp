#include "MetadataEditor.h"

#include "common/QtText.h"
#include "json/Reader.h"
#include "json/Writer.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <set>

namespace claimsmith::ui {

namespace {

// Offers the known keys while a key is typed.
class KeyDelegate : public QStyledItemDelegate
{
public:
    KeyDelegate(const QStringList* keys, QObject* parent)
        : QStyledItemDelegate(parent)
        , m_keys(keys)
    {}

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override
    {
        QWidget* editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto* line = qobject_cast<QLineEdit*>(editor); line && !m_keys->isEmpty()) {
            auto* completer = new QCompleter(*m_keys, line);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            completer->setFilterMode(Qt::MatchContains);
            line->setCompleter(completer);
        }
        return editor;
    }

private:
    const QStringList* m_keys;
};

} // namespace

MetadataEditor::MetadataEditor(QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2))
    , m_status(new QLabel)
    , m_add(new QToolButton)
    , m_remove(new QToolButton)
{
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Value (JSON)")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(0, 160);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setItemDelegateForColumn(0, new KeyDelegate(&m_suggestions, m_table));
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setMinimumHeight(110);

    m_add->setObjectName(QStringLiteral("addKey"));
    m_remove->setObjectName(QStringLiteral("removeKeys"));
    m_table->setObjectName(QStringLiteral("bag"));
    m_status->setObjectName(QStringLiteral("problem"));
    m_add->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    m_add->setText(tr("Add"));
    m_add->setToolTip(tr("Add a key"));
    m_add->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_remove->setIcon(QIcon::fromTheme(QStringLiteral("list-remove")));
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Remove the selected keys"));
    m_remove->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    m_status->hide();

    connect(m_add, &QToolButton::clicked, this, &MetadataEditor::addRow);
    connect(m_remove, &QToolButton::clicked, this, &MetadataEditor::removeSelectedRows);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_loading)
            check();
    });
}

void MetadataEditor::setLimits(model::LimitsProfile storeProfile, const std::string& bagName)
{
    m_profile = model::profileForBag(storeProfile, bagName);
    m_bagName = bagName;
    check(false);
}

void MetadataEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_table->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                      : QAbstractItemView::DoubleClicked |
                                            QAbstractItemView::EditKeyPressed |
                                            QAbstractItemView::AnyKeyPressed);
    m_add->setVisible(!readOnly);
    m_remove->setVisible(!readOnly);
}

void MetadataEditor::setKeySuggestions(const QStringList& keys)
{
    m_suggestions = keys;
}

void MetadataEditor::setBag(const json::Value& bag)
{
    m_loading = true;
    m_table->setRowCount(0);
    if (bag.isObject()) {
        for (const json::Member& m : bag.object()) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            m_table->setItem(row, 0, new QTableWidgetItem(qs(m.key)));
            m_table->setItem(row, 1, new QTableWidgetItem(qs(json::toString(m.value))));
        }
    }
    m_loading = false;
    check(false);
}

json::Value MetadataEditor::bag() const
{
    json::Value out = json::Value::object({});
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem* key = m_table->item(row, 0);
        const QTableWidgetItem* value = m_table->item(row, 1);
        if (!key || !value)
            continue;
        json::ParseResult parsed = json::parse(value->text().toStdString());
        if (parsed.ok)
            out.set(key->text().toStdString(), std::move(parsed.value));
    }
    return out;
}

void MetadataEditor::addRow()
{
    const int row = m_table->rowCount();
    m_loading = true;
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem);
    m_table->setItem(row, 1, new QTableWidgetItem(QStringLiteral("\"\"")));
    m_loading = false;
    check();
    m_table->setCurrentCell(row, 0);
    m_table->editItem(m_table->item(row, 0));
}

void MetadataEditor::removeSelectedRows()
{
    std::set<int, std::greater<>> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedIndexes())
        rows.insert(index.row());
    if (rows.empty() && m_table->currentRow() >= 0)
        rows.insert(m_table->currentRow());
    if (rows.empty())
        return;
    m_loading = true;
    for (int row : rows)
        m_table->removeRow(row);
    m_loading = false;
    check();
}

void MetadataEditor::mark(int row, int column, const QString& why)
{
    QTableWidgetItem* item = m_table->item(row, column);
    if (!item)
        return;
    item->setBackground(QColor(220, 50, 47, 60));
    item->setToolTip(why);
}

void MetadataEditor::check(bool userEdit)
{
    m_loading = true;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        for (int column = 0; column < 2; ++column) {
            if (QTableWidgetItem* item = m_table->item(row, column)) {
                item->setBackground(QBrush());
                item->setToolTip(QString());
            }
        }
    }
    QString problem;
    auto fail = [&](int row, int column, const QString& why) {
        mark(row, column, why);
        if (problem.isEmpty())
            problem = why;
    };
    std::set<QString> keys;
    const QString bagName = QString::fromStdString(m_bagName);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem* key = m_table->item(row, 0);
        const QTableWidgetItem* value = m_table->item(row, 1);
        const QString k = key ? key->text() : QString();
        if (k.isEmpty())
            fail(
                row, 0,
                tr("%1: row %2 has no key; type one, or remove the row").arg(bagName).arg(row + 1));
        else if (!keys.insert(k).second)
            fail(row, 0,
                 tr("%1: the key \"%2\" is there twice; rename or remove one").arg(bagName, k));
        const QString v = value ? value->text() : QString();
        const json::ParseResult parsed = json::parse(v.toStdString());
        if (!parsed.ok) {
            const QString hint = v.trimmed().startsWith(QLatin1Char('"'))
                                     ? QString()
                                     : tr(" (text needs quotes: \"%1\")").arg(v.trimmed());
            fail(row, 1,
                 tr("%1.%2: not a JSON value%3")
                     .arg(bagName, k.isEmpty() ? QStringLiteral("?") : k, hint));
        }
    }
    if (problem.isEmpty()) {
        if (auto v = model::checkMetadata(bag(), m_profile, m_bagName)) {
            problem = QString::fromStdString(v->message);
            for (int row = 0; row < m_table->rowCount(); ++row) {
                if (!v->key.empty() && m_table->item(row, 0)->text().toStdString() == v->key) {
                    const bool keyFault = v->limit == model::kLimitKeyLength ||
                                          v->limit == model::kLimitKeyCharacters ||
                                          v->limit == model::kLimitDuplicateKey;
                    mark(row, keyFault ? 0 : 1, problem);
                }
            }
        }
    }
    m_loading = false;
    const bool changedValidity = problem.isEmpty() != m_problem.isEmpty();
    m_problem = problem;
    m_status->setVisible(!problem.isEmpty());
    m_status->setText(
        problem.isEmpty()
            ? QString()
            : QStringLiteral("<span style='color:#c0392b'>%1</span>").arg(problem.toHtmlEscaped()));
    if (changedValidity)
        emit validityChanged(problem.isEmpty());
    if (userEdit && problem.isEmpty() && !m_readOnly)
        emit edited();
}

} // namespace claimsmith::ui
