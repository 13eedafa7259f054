#include "AuditPage.h"

#include "AuditDiffView.h"
#include "AuditEventModel.h"
#include "AuditFilterBar.h"
#include "common/Settings.h"
#include "common/StoreSession.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace claimsmith::ui {

AuditPage::AuditPage(QWidget* parent)
    : Page(parent)
    , m_model(new AuditEventModel(this))
    , m_filters(new AuditFilterBar)
    , m_table(new QTableView)
    , m_listStack(new QStackedWidget)
    , m_listMessage(new QLabel)
    , m_count(new QLabel)
    , m_refresh(new QToolButton)
    , m_diff(new AuditDiffView)
    , m_splitter(new QSplitter(Qt::Vertical))
{
    m_table->setObjectName(u"auditTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    const QFontMetrics metrics(m_table->font());
    header->resizeSection(AuditEventModel::TimeColumn,
                          metrics.horizontalAdvance(u"8888-88-88 88:88:88"_s) + 24);
    header->resizeSection(AuditEventModel::ActorColumn, 140);
    header->resizeSection(AuditEventModel::ActionColumn, 200);
    m_table->setMinimumHeight(160);

    m_listMessage->setObjectName(u"auditListMessage"_s);
    m_listMessage->setAlignment(Qt::AlignCenter);
    m_listMessage->setWordWrap(true);
    m_listMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(m_listMessage);

    m_count->setObjectName(u"auditCountLabel"_s);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_refresh->setObjectName(u"refreshButton"_s);
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Load the newest events (F5)"));
    auto* footer = new QHBoxLayout;
    footer->setContentsMargins(0, 0, 0, 0);
    footer->addWidget(m_count, 1);
    footer->addWidget(m_refresh);

    auto* listSide = new QWidget;
    auto* listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(4);
    listLayout->addWidget(m_listStack, 1);
    listLayout->addLayout(footer);

    m_diff->setMinimumHeight(180);
    m_splitter->setObjectName(u"auditSplitter"_s);
    m_splitter->addWidget(listSide);
    m_splitter->addWidget(m_diff);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->restoreState(Settings::get(settings::auditSplitter));
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { Settings::set(settings::auditSplitter, m_splitter->saveState()); });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(10);
    layout->addWidget(m_filters);
    layout->addWidget(m_splitter, 1);

    connect(m_filters, &AuditFilterBar::changed, this, &AuditPage::applyFilters);
    connect(m_refresh, &QToolButton::clicked, this, &AuditPage::refresh);
    connect(m_model, &AuditEventModel::loadingChanged, this, &AuditPage::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateState();
        showSelected();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AuditPage::updateState);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AuditPage::showSelected);

    setSession(nullptr);
}

void AuditPage::setSession(StoreSession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_stale = false;
    m_filters->setEnabled(session != nullptr);
    m_refresh->setEnabled(session != nullptr);
    if (session) {
        connect(session, &StoreSession::dataChanged, this, [this] {
            if (isVisible())
                m_model->refreshNewest();
            else
                m_stale = true;
        });
    }
    m_model->setWorker(session ? session->worker() : nullptr);
    updateState();
}

void AuditPage::focusSearch()
{
    m_filters->focusFirst();
}

void AuditPage::refresh()
{
    m_stale = false;
    m_model->refreshNewest();
}

void AuditPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    if (m_stale)
        refresh();
}

void AuditPage::applyFilters()
{
    m_model->setQuery(m_filters->query());
}

void AuditPage::updateState()
{
    QString message;
    const int rows = m_model->rowCount();
    if (!m_session)
        message = tr("No store is open.");
    else if (!m_model->error().isEmpty() && rows == 0)
        message = tr("The audit log could not be loaded:\n%1").arg(m_model->error());
    else if (rows == 0 && (m_model->isLoading() || !m_model->atEnd()))
        message = tr("Loading events…");
    else if (rows == 0)
        message = m_filters->isEmpty() ? tr("The audit log is empty: changes show up here.")
                                       : tr("No events match these filters");
    m_listMessage->setText(message);
    m_listStack->setCurrentIndex(message.isEmpty() ? 0 : 1);

    const QLocale locale;
    QString count;
    if (rows > 0) {
        if (m_model->atEnd())
            count = tr("Events: %1").arg(locale.toString(rows));
        else if (m_model->isLoading())
            count = tr("Events: %1 shown, loading more…").arg(locale.toString(rows));
        else
            count = tr("Events: %1 shown; scroll down for older ones").arg(locale.toString(rows));
        if (!m_model->error().isEmpty())
            count += u"  "_s + tr("(loading stopped: %1)").arg(m_model->error());
    }
    m_count->setText(count);
}

void AuditPage::showSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    m_diff->setEvent(rows.isEmpty() ? nullptr : m_model->eventAt(rows.first().row()));
}

} // namespace claimsmith::ui
