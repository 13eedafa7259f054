#include "AuditDiffView.h"

#include "AuditDiffModel.h"
#include "AuditEventModel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace claimsmith::ui {

namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

} // namespace

AuditDiffView::AuditDiffView(QWidget* parent)
    : QWidget(parent)
    , m_model(new AuditDiffModel(this))
    , m_stack(new QStackedWidget)
    , m_title(new QLabel)
    , m_summary(new QLabel)
    , m_showUnchanged(new QCheckBox(tr("Show &unchanged members")))
    , m_table(new QTableView)
    , m_nothingChanged(new QLabel)
{
    setObjectName(u"auditDiffView"_s);
    auto* nothing = new QLabel(tr("Select an event to see what it changed."));
    nothing->setObjectName(u"diffPlaceholder"_s);
    nothing->setAlignment(Qt::AlignCenter);
    nothing->setForegroundRole(QPalette::PlaceholderText);

    m_title->setObjectName(u"diffTitle"_s);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_summary->setObjectName(u"diffSummary"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_showUnchanged->setObjectName(u"showUnchangedCheck"_s);

    m_table->setObjectName(u"diffTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setMinimumSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(AuditDiffModel::MemberColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AuditDiffModel::ChangeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AuditDiffModel::BeforeColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(AuditDiffModel::AfterColumn, QHeaderView::Stretch);
    header->setHighlightSections(false);

    m_nothingChanged->setObjectName(u"diffNothing"_s);
    m_nothingChanged->setAlignment(Qt::AlignCenter);
    m_nothingChanged->setWordWrap(true);
    m_nothingChanged->setForegroundRole(QPalette::PlaceholderText);

    auto* headerRow = new QHBoxLayout;
    headerRow->setContentsMargins(0, 0, 0, 0);
    headerRow->addWidget(m_title, 1);
    headerRow->addWidget(m_showUnchanged);

    auto* diffStack = new QStackedWidget;
    diffStack->setObjectName(u"diffStack"_s);
    diffStack->addWidget(m_table);
    diffStack->addWidget(m_nothingChanged);

    auto* details = new QWidget;
    auto* layout = new QVBoxLayout(details);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(headerRow);
    layout->addWidget(m_summary);
    layout->addWidget(diffStack, 1);

    m_stack->addWidget(nothing);
    m_stack->addWidget(details);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 8, 0, 0);
    outer->addWidget(m_stack);

    connect(m_showUnchanged, &QCheckBox::toggled, this, [this, diffStack](bool on) {
        m_model->setShowUnchanged(on);
        diffStack->setCurrentIndex(m_model->rowCount() > 0 ? 0 : 1);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this, diffStack] {
        diffStack->setCurrentIndex(m_model->rowCount() > 0 ? 0 : 1);
        updateColumns();
    });
    setEvent(nullptr);
}

void AuditDiffView::setEvent(const model::AuditEvent* event)
{
    m_model->setEvent(event);
    if (!event) {
        m_stack->setCurrentIndex(0);
        m_title->clear();
        m_summary->clear();
        return;
    }
    m_stack->setCurrentIndex(1);
    const QString target = event->targetId.empty()
                               ? qs(event->targetType)
                               : tr("%1 %2").arg(qs(event->targetType), qs(event->targetId));
    m_title->setText(tr("%1 — %2").arg(qs(event->action), target));
    const QString who = tr("By %1 on %2.")
                            .arg(event->actor.empty() ? tr("(unknown)") : qs(event->actor),
                                 AuditEventModel::timeText(event->at));
    using Change = AuditDiffModel::Change;
    QString what;
    switch (m_model->kind()) {
    case AuditDiffModel::Kind::Creation:
        what = tr("Created: every member below is new.");
        break;
    case AuditDiffModel::Kind::Deletion:
        what = tr("Deleted: the record as it was before.");
        break;
    case AuditDiffModel::Kind::Update: {
        QStringList parts;
        if (const int n = m_model->count(Change::Changed))
            parts << tr("%1 changed").arg(n);
        if (const int n = m_model->count(Change::Added))
            parts << tr("%1 added").arg(n);
        if (const int n = m_model->count(Change::Removed))
            parts << tr("%1 removed").arg(n);
        if (const int n = m_model->count(Change::Unchanged))
            parts << tr("%1 unchanged").arg(n);
        what = parts.isEmpty() ? tr("No member changed.") : parts.join(u", "_s) + u"."_s;
        break;
    }
    case AuditDiffModel::Kind::Empty:
    case AuditDiffModel::Kind::None:
        break;
    }
    m_summary->setText(what.isEmpty() ? who : QString(who + u' ' + what));
    const int unchanged = m_model->count(Change::Unchanged);
    m_showUnchanged->setVisible(m_model->kind() == AuditDiffModel::Kind::Update);
    m_showUnchanged->setEnabled(unchanged > 0);
    m_showUnchanged->setText(tr("Show &unchanged members (%1)").arg(unchanged));
    m_nothingChanged->setText(m_model->kind() == AuditDiffModel::Kind::Empty
                                  ? tr("This event records no values.")
                                  : tr("Only unchanged members: turn on “Show unchanged "
                                       "members” to see them."));
}

void AuditDiffView::updateColumns()
{
    const AuditDiffModel::Kind kind = m_model->kind();
    // A creation has nothing before, a deletion nothing after, and the
    // colour already says which: show one value column and no change column.
    m_table->setColumnHidden(AuditDiffModel::BeforeColumn, kind == AuditDiffModel::Kind::Creation);
    m_table->setColumnHidden(AuditDiffModel::AfterColumn, kind == AuditDiffModel::Kind::Deletion);
    m_table->setColumnHidden(AuditDiffModel::ChangeColumn,
                             kind == AuditDiffModel::Kind::Creation ||
                                 kind == AuditDiffModel::Kind::Deletion);
}

QString AuditDiffView::summaryText() const
{
    return m_title->text() + u'\n' + m_summary->text();
}

} // namespace claimsmith::ui
