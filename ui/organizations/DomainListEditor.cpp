#include "DomainListEditor.h"

#include "FieldMarks.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

using namespace Qt::StringLiterals;

namespace claimsmith::ui {

using namespace organizations;

namespace {

const char* const kStates[] = {"verified", "pending", "failed"};

} // namespace

DomainListEditor::DomainListEditor(QWidget* parent)
    : QWidget(parent)
    , m_rowsLayout(new QVBoxLayout)
    , m_add(new QPushButton(tr("Add Domain")))
    , m_empty(new QLabel(tr("No domains.")))
    , m_message(makeMessageLabel(u"domainsError"_s))
{
    setObjectName(u"domainsEditor"_s);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(4);
    m_add->setObjectName(u"addDomainButton"_s);
    m_add->setIcon(QIcon::fromTheme(u"list-add"_s));
    m_add->setToolTip(tr("Add a domain of this organization"));
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    auto* addLine = new QHBoxLayout;
    addLine->setContentsMargins(0, 0, 0, 0);
    addLine->addWidget(m_empty);
    addLine->addWidget(m_add);
    addLine->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(m_rowsLayout);
    layout->addLayout(addLine);
    layout->addWidget(m_message);

    connect(m_add, &QPushButton::clicked, this, [this] {
        addRow({.domain = {}, .state = "pending"});
        emit edited(-1);
        focusRow(rowCount() - 1);
    });
}

QString DomainListEditor::stateText(const QString& state)
{
    if (state == u"verified"_s)
        return tr("Verified");
    if (state == u"pending"_s)
        return tr("Pending");
    if (state == u"failed"_s)
        return tr("Failed");
    return state;
}

QString DomainListEditor::problemWith(const QString& domain)
{
    const QString d = domain.trimmed();
    if (d.isEmpty())
        return tr("Type a domain name, or remove the row.");
    const QString notDomain = tr("“%1” is not a domain name; type one like example.com.").arg(d);
    if (d.contains(u' ') || d.contains(u'@') || d.contains(u'/') || d.contains(u':'))
        return notDomain;
    // International names are checked in their ASCII (punycode) form.
    const QByteArray ace = QUrl::toAce(d).toLower();
    if (ace.isEmpty())
        return notDomain;
    if (ace.size() > 253)
        return tr("“%1” is longer than 253 characters, the most a domain name can have.").arg(d);
    const QList<QByteArray> labels = ace.split('.');
    if (labels.size() < 2)
        return tr("“%1” needs at least one dot, like example.com.").arg(d);
    for (const QByteArray& label : labels) {
        if (label.isEmpty() || label.startsWith('-') || label.endsWith('-'))
            return notDomain;
        if (label.size() > 63)
            return tr("A part of “%1” between dots is longer than 63 characters.").arg(d);
        for (char c : label) {
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
                return notDomain;
        }
    }
    const QByteArray& top = labels.last();
    if (std::all_of(top.begin(), top.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return tr("“%1” is an address, not a domain name.").arg(d);
    return QString();
}

void DomainListEditor::setDomains(const std::vector<model::Domain>& domains)
{
    // Later: the sender of a click on "Remove" may be among them.
    for (Row& r : m_rows) {
        m_rowsLayout->removeWidget(r.box);
        r.box->hide();
        r.box->setParent(nullptr);
        r.box->deleteLater();
    }
    m_rows.clear();
    for (const model::Domain& d : domains)
        addRow(d);
    check(false);
}

std::vector<model::Domain> DomainListEditor::domains() const
{
    std::vector<model::Domain> out;
    for (const Row& r : m_rows)
        out.push_back(
            {toStd(r.domain->text().trimmed()), toStd(r.state->currentData().toString())});
    return out;
}

void DomainListEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (Row& r : m_rows) {
        r.domain->setReadOnly(readOnly);
        r.state->setEnabled(!readOnly);
        r.remove->setVisible(!readOnly);
    }
    m_add->setVisible(!readOnly);
}

void DomainListEditor::addRow(const model::Domain& d)
{
    const int index = rowCount();
    Row r;
    r.box = new QWidget;
    r.domain = new QLineEdit(qs(d.domain));
    r.domain->setObjectName(u"domainEdit%1"_s.arg(index));
    r.domain->setPlaceholderText(tr("example.com"));
    r.domain->setReadOnly(m_readOnly);
    r.state = new QComboBox;
    r.state->setObjectName(u"domainState%1"_s.arg(index));
    for (const char* state : kStates)
        r.state->addItem(stateText(QLatin1String(state)), QLatin1String(state));
    const int stateIndex = r.state->findData(qs(d.state));
    if (stateIndex < 0)
        r.state->addItem(qs(d.state), qs(d.state));
    r.state->setCurrentIndex(stateIndex < 0 ? r.state->count() - 1 : stateIndex);
    r.state->setEnabled(!m_readOnly);
    r.state->setToolTip(tr("Whether the organization has proven that it owns the domain"));
    r.remove = new QToolButton;
    r.remove->setObjectName(u"removeDomain%1"_s.arg(index));
    r.remove->setIcon(QIcon::fromTheme(u"list-remove"_s));
    r.remove->setText(tr("Remove"));
    r.remove->setToolTip(tr("Remove this domain"));
    r.remove->setAutoRaise(true);
    r.remove->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    r.remove->setVisible(!m_readOnly);
    auto* layout = new QHBoxLayout(r.box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(r.domain, 1);
    layout->addWidget(r.state);
    layout->addWidget(r.remove);
    m_rowsLayout->addWidget(r.box);
    m_rows.push_back(r);
    m_empty->setVisible(m_rows.empty());

    connect(r.domain, &QLineEdit::textEdited, this, [this, edit = r.domain] {
        check(false);
        for (int i = 0; i < rowCount(); ++i) {
            if (m_rows[static_cast<std::size_t>(i)].domain == edit)
                emit edited(i);
        }
    });
    connect(r.state, &QComboBox::activated, this, [this] { emit edited(-1); });
    connect(r.remove, &QToolButton::clicked, this, [this, edit = r.domain] {
        for (int i = 0; i < rowCount(); ++i) {
            if (m_rows[static_cast<std::size_t>(i)].domain == edit) {
                removeRow(i);
                return;
            }
        }
    });
}

void DomainListEditor::removeRow(int row)
{
    std::vector<model::Domain> rest = domains();
    rest.erase(rest.begin() + row);
    setDomains(rest);
    emit edited(-1);
    if (!m_rows.empty())
        focusRow(std::min(row, rowCount() - 1));
    else
        m_add->setFocus();
}

QString DomainListEditor::check(bool strict)
{
    QString first;
    std::set<QString> seen;
    for (Row& r : m_rows) {
        const QString text = r.domain->text().trimmed();
        QString problem;
        if (!text.isEmpty() || strict)
            problem = problemWith(text);
        if (problem.isEmpty() && !text.isEmpty() && !seen.insert(text.toLower()).second)
            problem = tr("“%1” is listed twice; remove one.").arg(text);
        markField(r.domain, nullptr, problem);
        if (first.isEmpty())
            first = problem;
    }
    showMessage(first);
    m_empty->setVisible(m_rows.empty());
    return first;
}

void DomainListEditor::markRow(int row, const QString& message)
{
    if (row < 0 || row >= rowCount())
        return;
    markField(m_rows[static_cast<std::size_t>(row)].domain, nullptr, message);
    showMessage(message);
}

void DomainListEditor::focusRow(int row)
{
    if (row >= 0 && row < rowCount())
        m_rows[static_cast<std::size_t>(row)].domain->setFocus();
}

QLineEdit* DomainListEditor::domainEdit(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[static_cast<std::size_t>(row)].domain : nullptr;
}

QComboBox* DomainListEditor::stateCombo(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[static_cast<std::size_t>(row)].state : nullptr;
}

void DomainListEditor::showMessage(const QString& message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

} // namespace claimsmith::ui
