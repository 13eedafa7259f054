#include "OrganizationsPage.h"

#include "FieldMarks.h"
#include "MembersPanel.h"
#include "OrganizationEditor.h"
#include "OrganizationListModel.h"
#include "common/Prompter.h"
#include "common/Settings.h"
#include "common/StoreSession.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace claimsmith::ui {

using namespace organizations;

OrganizationsPage::OrganizationsPage(QWidget* parent)
    : Page(parent)
    , m_model(new OrganizationListModel(this))
    , m_search(new QLineEdit)
    , m_searchTimer(new QTimer(this))
    , m_new(new QPushButton(tr("New Organization")))
    , m_listStack(new QStackedWidget)
    , m_view(new QTableView)
    , m_listMessage(new QLabel)
    , m_footer(new QLabel)
    , m_splitter(new QSplitter(Qt::Horizontal))
    , m_editor(new OrganizationEditor)
{
    m_search->setObjectName(u"searchField"_s);
    m_search->setPlaceholderText(tr("Search by name, id, external id or domain (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200);
    m_new->setObjectName(u"newOrganizationButton"_s);
    m_new->setIcon(QIcon::fromTheme(u"list-add"_s));
    m_new->setToolTip(tr("Create an organization (Ctrl+N)"));

    m_view->setObjectName(u"organizationList"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    QHeaderView* header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(OrganizationListModel::Name, QHeaderView::Stretch);
    header->resizeSection(OrganizationListModel::ExternalId, 100);
    header->resizeSection(OrganizationListModel::Domains, 150);
    header->resizeSection(OrganizationListModel::Updated, 120);
    m_listMessage->setObjectName(u"listMessage"_s);
    m_listMessage->setAlignment(Qt::AlignCenter);
    m_listMessage->setWordWrap(true);
    m_listMessage->setMargin(24);
    m_listMessage->setForegroundRole(QPalette::PlaceholderText);
    m_listMessage->setAutoFillBackground(true);
    m_listMessage->setBackgroundRole(QPalette::Base);
    m_listStack->addWidget(m_view);
    m_listStack->addWidget(m_listMessage);
    m_footer->setObjectName(u"listFooter"_s);
    m_footer->setForegroundRole(QPalette::PlaceholderText);

    auto* searchRow = new QHBoxLayout;
    searchRow->setContentsMargins(0, 0, 0, 0);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_new);
    auto* left = new QWidget;
    left->setMinimumWidth(320);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 6, 0);
    leftLayout->setSpacing(6);
    leftLayout->addLayout(searchRow);
    leftLayout->addWidget(m_listStack, 1);
    leftLayout->addWidget(m_footer);

    auto* right = new QWidget;
    right->setMinimumWidth(460);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(6, 0, 0, 0);
    rightLayout->addWidget(m_editor);

    m_splitter->setObjectName(u"organizationsSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(left);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({620, 580});
    m_splitter->restoreState(Settings::get(settings::organizationsSplitter));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 10);
    layout->addWidget(m_splitter);

    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { Settings::set(settings::organizationsSplitter, m_splitter->saveState()); });
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this,
            [this] { m_model->setSearch(m_search->text()); });
    connect(m_new, &QPushButton::clicked, this, &OrganizationsPage::createNew);
    connect(m_model, &OrganizationListModel::stateChanged, this,
            &OrganizationsPage::updateListState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &OrganizationsPage::updateListState);
    connect(m_model, &OrganizationListModel::firstPageLoaded, this, [this] {
        const QString id =
            !m_selectAfterLoad.isEmpty() ? m_selectAfterLoad : qs(m_editor->original().id);
        m_selectAfterLoad.clear();
        selectId(id);
        updateListState();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OrganizationsPage::onSelectionChanged);
    connect(m_editor, &OrganizationEditor::statusMessage, this, &Page::statusMessage);
    connect(m_editor, &OrganizationEditor::deleteRequested, this,
            &OrganizationsPage::deleteCurrent);
    connect(m_editor, &OrganizationEditor::saved, this, [this](const QString& id, bool) {
        m_selectAfterLoad = id;
        if (m_session)
            m_session->notifyChanged(DataKind::Organizations);
    });

    auto* save = new QShortcut(QKeySequence::Save, this);
    save->setContext(Qt::WidgetWithChildrenShortcut);
    connect(save, &QShortcut::activated, m_editor, &OrganizationEditor::save);
    auto* remove = new QShortcut(QKeySequence::Delete, m_view);
    remove->setContext(Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &OrganizationsPage::deleteCurrent);

    setSession(nullptr);
}

void OrganizationsPage::setSession(StoreSession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    ++m_generation;
    m_selectAfterLoad.clear();
    {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
    }
    m_searchTimer->stop();
    m_editor->setSession(session);
    m_model->setWorker(session ? session->worker() : nullptr);
    if (session) {
        connect(session, &StoreSession::dataChanged, this, [this](DataKind kind) {
            if (kind == DataKind::Organizations) {
                m_model->reload();
                m_editor->refreshIfClean();
            }
        });
    }
    m_search->setEnabled(session);
    m_new->setEnabled(session);
    updateListState();
}

void OrganizationsPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void OrganizationsPage::createNew()
{
    if (!m_session)
        return;
    whenDiscarded([this] {
        selectId({});
        m_editor->startNew();
    });
}

void OrganizationsPage::refresh()
{
    if (!m_session)
        return;
    m_model->reload();
    m_editor->refreshIfClean();
    m_editor->membersPanel()->reload();
}

QUndoStack* OrganizationsPage::undoStack() const
{
    return m_editor->undoStack();
}

bool OrganizationsPage::hasUnsavedChanges() const
{
    return m_editor->isDirty();
}

bool OrganizationsPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
        m_search->clear();
        m_searchTimer->stop();
        m_model->setSearch(QString());
        return true;
    }
    return Page::eventFilter(watched, event);
}

void OrganizationsPage::updateListState()
{
    using State = OrganizationListModel::State;
    const int rows = m_model->rowCount();
    QString message;
    QString footer;
    if (!m_session) {
        message = tr("No store is open.");
    } else if (m_model->state() == State::Failed) {
        message = tr("Could not load the organizations: %1\nPress F5 to try again.")
                      .arg(m_model->errorText());
    } else if (rows == 0 && m_model->state() == State::Loading) {
        message = tr("Loading organizations…");
    } else if (rows == 0 && m_model->state() == State::Loaded) {
        message = m_model->search().isEmpty()
                      ? tr("No organizations yet.\nCreate one with New Organization (Ctrl+N).")
                      : tr("No organizations match “%1”").arg(m_model->search());
    }
    if (m_session && rows > 0) {
        if (m_model->state() == State::Loading)
            footer = tr("Loading…");
        else if (m_model->fetchingMore())
            footer = tr("%1 organizations shown, loading more…").arg(rows);
        else if (!m_model->errorText().isEmpty())
            footer = tr("Could not load more: %1").arg(m_model->errorText());
        else if (m_model->hasMore())
            footer = tr("%1 organizations shown; scroll for more").arg(rows);
        else if (rows == 1)
            footer = tr("1 organization");
        else
            footer = tr("%1 organizations").arg(rows);
    }
    m_listMessage->setText(message);
    m_listStack->setCurrentWidget(message.isEmpty() ? static_cast<QWidget*>(m_view)
                                                    : static_cast<QWidget*>(m_listMessage));
    m_footer->setText(footer);
}

int OrganizationsPage::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void OrganizationsPage::selectId(const QString& id)
{
    m_selecting = true;
    const int row = id.isEmpty() ? -1 : m_model->rowOf(id);
    if (row >= 0) {
        m_view->selectRow(row);
        m_view->scrollTo(m_model->index(row, 0));
    } else {
        m_view->clearSelection();
    }
    m_selecting = false;
}

void OrganizationsPage::onSelectionChanged()
{
    if (m_selecting || !m_session)
        return;
    const int row = selectedRow();
    if (row < 0)
        return;
    const QString id = qs(m_model->organization(row).id);
    if (m_editor->hasRecord() && qs(m_editor->original().id) == id)
        return;
    const QString shown = qs(m_editor->original().id);
    whenDiscarded([this, id] { m_editor->showOrganization(id); },
                  [this, shown] { selectId(shown); });
}

void OrganizationsPage::whenDiscarded(const std::function<void()>& then,
                                      const std::function<void()>& otherwise)
{
    if (!m_editor->isDirty()) {
        then();
        return;
    }
    const QString name = qs(m_editor->draft().name).trimmed();
    const quint64 generation = m_generation;
    Prompter::instance().confirm(this, tr("Unsaved Changes"),
                                 name.isEmpty()
                                     ? tr("Discard the new organization? It is not saved.")
                                     : tr("Discard your unsaved changes to “%1”?").arg(name),
                                 tr("Discard"), [this, generation, then, otherwise](bool yes) {
                                     if (generation != m_generation)
                                         return;
                                     if (yes)
                                         then();
                                     else if (otherwise)
                                         otherwise();
                                 });
}

void OrganizationsPage::deleteCurrent()
{
    if (!m_session)
        return;
    model::Organization org;
    const int row = selectedRow();
    if (m_editor->hasRecord())
        org = m_editor->original();
    else if (row >= 0)
        org = m_model->organization(row);
    else
        return;
    const QString name = qs(org.name);
    const quint64 generation = m_generation;
    Prompter::instance().confirm(
        this, tr("Delete Organization"),
        tr("Delete the organization “%1”? Its memberships are deleted with it. This cannot be "
           "undone.")
            .arg(name),
        tr("Delete"), [this, generation, org, name](bool yes) {
            if (!yes || generation != m_generation)
                return;
            m_session->worker()->run(
                this,
                [id = org.id, version = org.version](store::Store& s) {
                    return s.deleteOrganization(id, version);
                },
                [this, generation, org, name](store::Error error) {
                    if (generation != m_generation)
                        return;
                    const bool shown = qs(m_editor->original().id) == qs(org.id);
                    if (error.kind == store::ErrorKind::Conflict) {
                        Prompter::instance().error(
                            this, tr("Could Not Delete the Organization"),
                            tr("“%1” was changed by someone else since you opened it. It is "
                               "reloaded: check it, and delete it again if you still want to.")
                                .arg(name));
                        m_model->reload();
                        if (shown)
                            m_editor->showOrganization(qs(org.id));
                        return;
                    }
                    if (error && error.kind != store::ErrorKind::NotFound) {
                        Prompter::instance().error(this, tr("Could Not Delete the Organization"),
                                                   sentence(error.message));
                        return;
                    }
                    if (shown)
                        m_editor->showNothing();
                    emit statusMessage(tr("Deleted organization %1").arg(name));
                    m_session->notifyChanged(DataKind::Organizations);
                    m_session->notifyChanged(DataKind::Memberships);
                });
        });
}

} // namespace claimsmith::ui
