#include "MetadataFilterBuilder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace claimsmith::ui {

namespace {

using Op = store::MetadataCondition::Op;

struct RowWidgets
{
    QComboBox* field;
    QComboBox* key;
    QComboBox* op;
    QLineEdit* value;
    QCheckBox* caseSensitive;
};

RowWidgets widgetsOf(QWidget* row)
{
    return {row->findChild<QComboBox*>(u"field"_s), row->findChild<QComboBox*>(u"key"_s),
            row->findChild<QComboBox*>(u"op"_s), row->findChild<QLineEdit*>(u"value"_s),
            row->findChild<QCheckBox*>(u"caseSensitive"_s)};
}

} // namespace

MetadataFilterBuilder::MetadataFilterBuilder(QWidget* parent)
    : QWidget(parent)
    , m_rows(new QVBoxLayout)
{
    m_rows->setContentsMargins(0, 0, 0, 0);
    m_rows->setSpacing(4);
    auto* add = new QPushButton(QIcon::fromTheme(u"list-add"_s), tr("Add Condition"));
    add->setObjectName(u"addCondition"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_rows);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] { addCondition(); });
}

void MetadataFilterBuilder::setKeySuggestions(store::MetadataField field, const QStringList& keys)
{
    m_suggestions[field] = keys;
    for (int i = 0; i < m_rows->count(); ++i) {
        QWidget* row = m_rows->itemAt(i)->widget();
        RowWidgets w = widgetsOf(row);
        if (static_cast<store::MetadataField>(w.field->currentData().toInt()) != field)
            continue;
        const QString current = w.key->currentText();
        w.key->clear();
        w.key->addItems(keys);
        w.key->setEditText(current);
    }
}

void MetadataFilterBuilder::addCondition(const store::MetadataCondition& c)
{
    auto* row = new QWidget;
    row->setObjectName(u"condition"_s);
    auto* field = new QComboBox;
    field->setObjectName(u"field"_s);
    field->addItem(tr("metadata"), static_cast<int>(store::MetadataField::Metadata));
    field->addItem(tr("user_metadata"), static_cast<int>(store::MetadataField::UserMetadata));
    field->addItem(tr("sso_attributes"), static_cast<int>(store::MetadataField::SsoAttributes));
    field->setCurrentIndex(field->findData(static_cast<int>(c.field)));
    auto* key = new QComboBox;
    key->setObjectName(u"key"_s);
    key->setEditable(true);
    key->setInsertPolicy(QComboBox::NoInsert);
    key->setMinimumContentsLength(12);
    key->addItems(m_suggestions[c.field]);
    key->setEditText(QString::fromStdString(c.key));
    key->lineEdit()->setPlaceholderText(tr("key"));
    key->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    key->completer()->setFilterMode(Qt::MatchContains);
    auto* op = new QComboBox;
    op->setObjectName(u"op"_s);
    op->addItem(tr("exists"), static_cast<int>(Op::Exists));
    op->addItem(tr("does not exist"), static_cast<int>(Op::NotExists));
    op->addItem(tr("equals"), static_cast<int>(Op::Equals));
    op->addItem(tr("does not equal"), static_cast<int>(Op::NotEquals));
    op->addItem(tr("starts with"), static_cast<int>(Op::StartsWith));
    op->addItem(tr("contains"), static_cast<int>(Op::Contains));
    op->setCurrentIndex(op->findData(static_cast<int>(c.op)));
    auto* value = new QLineEdit(QString::fromStdString(c.value));
    value->setObjectName(u"value"_s);
    value->setPlaceholderText(tr("value"));
    value->setEnabled(c.op != Op::Exists && c.op != Op::NotExists);
    auto* caseSensitive = new QCheckBox(tr("Aa"));
    caseSensitive->setObjectName(u"caseSensitive"_s);
    caseSensitive->setToolTip(tr("Match case"));
    caseSensitive->setChecked(c.caseSensitive);
    auto* remove = new QToolButton;
    remove->setObjectName(u"removeCondition"_s);
    remove->setIcon(QIcon::fromTheme(u"list-remove"_s));
    remove->setText(u"×"_s);
    remove->setToolTip(tr("Remove this condition"));
    remove->setAutoRaise(true);

    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field);
    layout->addWidget(key, 2);
    layout->addWidget(op);
    layout->addWidget(value, 2);
    layout->addWidget(caseSensitive);
    layout->addWidget(remove);
    m_rows->addWidget(row);

    connect(field, &QComboBox::currentIndexChanged, this, [this, field, key] {
        const QString current = key->currentText();
        key->clear();
        key->addItems(
            m_suggestions[static_cast<store::MetadataField>(field->currentData().toInt())]);
        key->setEditText(current);
        emit changed();
    });
    connect(key, &QComboBox::editTextChanged, this, &MetadataFilterBuilder::changed);
    connect(op, &QComboBox::currentIndexChanged, this, [this, op, value] {
        const auto chosen = static_cast<Op>(op->currentData().toInt());
        value->setEnabled(chosen != Op::Exists && chosen != Op::NotExists);
        emit changed();
    });
    connect(value, &QLineEdit::textChanged, this, &MetadataFilterBuilder::changed);
    connect(caseSensitive, &QCheckBox::toggled, this, &MetadataFilterBuilder::changed);
    connect(remove, &QToolButton::clicked, this, [this, row] { removeRow(row); });
    key->setFocus();
    emit changed();
}

void MetadataFilterBuilder::removeRow(QWidget* row)
{
    m_rows->removeWidget(row);
    row->deleteLater();
    emit changed();
}

void MetadataFilterBuilder::clear()
{
    while (QLayoutItem* item = m_rows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    emit changed();
}

int MetadataFilterBuilder::rowCount() const
{
    return m_rows->count();
}

std::vector<store::MetadataCondition> MetadataFilterBuilder::conditions() const
{
    std::vector<store::MetadataCondition> out;
    for (int i = 0; i < m_rows->count(); ++i) {
        QWidget* row = m_rows->itemAt(i)->widget();
        if (!row)
            continue;
        const RowWidgets w = widgetsOf(row);
        store::MetadataCondition c;
        c.field = static_cast<store::MetadataField>(w.field->currentData().toInt());
        c.key = w.key->currentText().trimmed().toStdString();
        c.op = static_cast<Op>(w.op->currentData().toInt());
        c.value = w.value->text().toStdString();
        c.caseSensitive = w.caseSensitive->isChecked();
        if (!c.key.empty())
            out.push_back(std::move(c));
    }
    return out;
}

} // namespace claimsmith::ui
