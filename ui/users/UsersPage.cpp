#include "UsersPage.h"

#include "MetadataFilterBuilder.h"
#include "UserEditor.h"
#include "UserListModel.h"
#include "common/Prompter.h"
#include "common/Settings.h"
#include "common/StoreSession.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace claimsmith::ui {

UsersPage::UsersPage(QWidget* parent)
    : Page(parent)
    , m_search(new QLineEdit)
    , m_filterToggle(new QToolButton)
    , m_filters(new MetadataFilterBuilder)
    , m_filterPanel(new QWidget)
    , m_listStack(new QStackedWidget)
    , m_table(new QTableView)
    , m_emptyState(new QLabel)
    , m_footer(new QLabel)
    , m_model(new UserListModel(this))
    , m_editor(new UserEditor)
    , m_splitter(new QSplitter)
    , m_debounce(new QTimer(this))
{
    m_search->setObjectName(u"search"_s);
    m_search->setPlaceholderText(tr("Search by email or name prefix, user id or external id"));
    m_search->setClearButtonEnabled(true);
    m_filterToggle->setObjectName(u"filterToggle"_s);
    m_filterToggle->setText(tr("Metadata Filters"));
    m_filterToggle->setCheckable(true);
    m_filterToggle->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_filters->setObjectName(u"metadataFilters"_s);
    m_table->setObjectName(u"usersTable"_s);
    m_emptyState->setObjectName(u"emptyState"_s);
    m_footer->setObjectName(u"footer"_s);
    m_editor->setObjectName(u"userEditor"_s);

    auto* filterLayout = new QVBoxLayout(m_filterPanel);
    filterLayout->setContentsMargins(0, 4, 0, 4);
    filterLayout->addWidget(m_filters);
    m_filterPanel->hide();

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(UserListModel::Email, Qt::AscendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->horizontalHeader()->resizeSection(UserListModel::Email, 240);
    m_table->horizontalHeader()->resizeSection(UserListModel::Name, 170);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setForegroundRole(QPalette::PlaceholderText);
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(m_emptyState);
    m_footer->setForegroundRole(QPalette::PlaceholderText);

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_filterToggle);
    auto* list = new QWidget;
    auto* listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(12, 12, 6, 8);
    listLayout->addLayout(searchRow);
    listLayout->addWidget(m_filterPanel);
    listLayout->addWidget(m_listStack, 1);
    listLayout->addWidget(m_footer);
    list->setMinimumWidth(420);
    m_editor->setMinimumWidth(380);

    m_splitter->addWidget(list);
    m_splitter->addWidget(m_editor);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    if (!m_splitter->restoreState(Settings::get(settings::usersSplitter)))
        m_splitter->setSizes({620, 580});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
    connect(m_debounce, &QTimer::timeout, this, &UsersPage::applySearch);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &UsersPage::applySearch);
    connect(m_filters, &MetadataFilterBuilder::changed, m_debounce, qOverload<>(&QTimer::start));
    connect(m_filterToggle, &QToolButton::toggled, this, [this](bool on) {
        m_filterPanel->setVisible(on);
        if (on && m_filters->rowCount() == 0)
            m_filters->addCondition();
        m_debounce->start();
    });
    auto* clear =
        new QShortcut(QKeySequence(Qt::Key_Escape), m_search, nullptr, nullptr, Qt::WidgetShortcut);
    connect(clear, &QShortcut::activated, m_search, &QLineEdit::clear);
    auto* remove =
        new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, m_editor, &UserEditor::deleteUser);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &UsersPage::showCurrent);
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &UsersPage::chooseColumns);
    connect(m_model, &UserListModel::searchFinished, this,
            [this](int rows, bool, const QString& error) {
                m_searchError = error;
                updateFooter();
                m_listStack->setCurrentWidget(rows > 0 ? static_cast<QWidget*>(m_table)
                                                       : m_emptyState);
                if (!m_pendingSelection.isEmpty()) {
                    const int row = m_model->rowOf(m_pendingSelection.toStdString());
                    m_pendingSelection.clear();
                    if (row >= 0)
                        m_table->selectRow(row);
                }
                emit firstRowsShown();
            });
    connect(m_model, &UserListModel::rowsInserted, this, &UsersPage::updateFooter);
    // The model drops requests for pages the view has scrolled past.
    auto tellVisible = [this] {
        const int first = m_table->rowAt(0);
        const int last = m_table->rowAt(m_table->viewport()->height() - 1);
        m_model->setVisibleRows(first, last < 0 ? m_model->rowCount() - 1 : last);
    };
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, tellVisible);
    connect(m_table->verticalScrollBar(), &QScrollBar::rangeChanged, this, tellVisible);
    connect(m_model, &UserListModel::loadingChanged, this, &UsersPage::updateFooter);
    connect(m_model, &UserListModel::totalKnown, this, &UsersPage::updateFooter);
    connect(m_editor, &UserEditor::statusMessage, this, &Page::statusMessage);
    connect(m_editor, &UserEditor::saved, this, [this](const QString& id) {
        if (m_model->rowOf(id.toStdString()) >= 0) {
            m_session->worker()->run(
                this, [id = id.toStdString()](store::Store& s) { return s.user(id); },
                [this](store::Result<model::User> u) {
                    if (u)
                        m_model->replace(*u);
                });
        } else {
            // A new user: show it where the search puts it.
            m_pendingSelection = id;
            m_model->reload();
        }
    });
    connect(m_editor, &UserEditor::deleted, this, [this] { m_model->reload(); });
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { Settings::set(settings::usersSplitter, m_splitter->saveState()); });
    m_model->setMetadataColumns(Settings::get(settings::userColumns));
}

UsersPage::~UsersPage() = default;

void UsersPage::setSession(StoreSession* session)
{
    m_session = session;
    m_editor->setSession(session);
    m_search->clear();
    m_filters->clear();
    m_filterToggle->setChecked(false);
    m_debounce->stop();
    m_total = -1;
    m_searchError.clear();
    m_model->setCountWorker(session ? session->jobs() : nullptr);
    sizeFirstPage();
    m_model->setWorker(session ? session->worker() : nullptr);
    m_listStack->setCurrentWidget(m_table);
    updateFooter();
    if (!session)
        return;
    connect(session, &StoreSession::dataChanged, this, [this](DataKind kind) {
        if (kind == DataKind::Users)
            m_session->worker()->run(
                this, [](store::Store& s) { return s.userCount(); },
                [this](store::Result<std::int64_t> n) {
                    if (n) {
                        m_total = *n;
                        updateFooter();
                    }
                });
        if (kind == DataKind::Memberships && !m_editor->userId().isEmpty() &&
            !m_editor->hasUnsavedChanges())
            m_editor->showUser(m_editor->userId());
    });
    session->worker()->run(
        this, [](store::Store& s) { return s.userCount(); },
        [this](store::Result<std::int64_t> n) {
            if (n) {
                m_total = *n;
                updateFooter();
            }
        });
    loadKeySuggestions();
}

void UsersPage::loadKeySuggestions()
{
    if (!m_session)
        return;
    using Keys = std::vector<std::pair<store::MetadataField, QStringList>>;
    m_session->worker()->run(
        this,
        [](store::Store& s) -> store::Result<Keys> {
            Keys out;
            for (auto field : {store::MetadataField::Metadata, store::MetadataField::UserMetadata,
                               store::MetadataField::SsoAttributes}) {
                auto keys = s.metadataKeys(store::MetadataObject::User, field);
                if (!keys)
                    return keys.error();
                QStringList names;
                for (const store::MetadataKeyStats& k : *keys)
                    names << QString::fromStdString(k.key);
                out.emplace_back(field, names);
            }
            return out;
        },
        [this](store::Result<Keys> keys) {
            if (!keys)
                return;
            for (const auto& [field, names] : *keys) {
                m_filters->setKeySuggestions(field, names);
                if (field == store::MetadataField::Metadata)
                    m_knownKeys = names;
            }
        });
}

void UsersPage::applySearch()
{
    m_debounce->stop();
    if (!m_session)
        return;
    store::UserQuery q = m_model->query();
    const QString text = m_search->text().trimmed();
    q.text = text.toStdString();
    q.metadata = m_filterToggle->isChecked() ? m_filters->conditions()
                                             : std::vector<store::MetadataCondition>{};
    m_model->setExactMatch(text.toStdString());
    sizeFirstPage();
    m_model->setQuery(std::move(q));
    updateFooter();
}

void UsersPage::showCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const QString id = m_model->data(m_model->index(current.row(), 0), Qt::UserRole).toString();
    if (id.isEmpty() || id == m_editor->userId())
        return;
    if (!m_editor->hasUnsavedChanges()) {
        m_editor->showUser(id);
        return;
    }
    Prompter::instance().confirm(window(), tr("Unsaved Changes"),
                                 tr("The user you are editing has changes that are not saved. "
                                    "Discard them and open the other user?"),
                                 tr("Discard Changes"), [this, id](bool yes) {
                                     if (yes)
                                         m_editor->showUser(id);
                                 });
}

void UsersPage::chooseColumns(const QPoint& at)
{
    QMenu menu;
    menu.setTitle(tr("Metadata columns"));
    QStringList shown = m_model->metadataColumns();
    QStringList offered = m_knownKeys.mid(0, 25);
    for (const QString& key : shown) {
        if (!offered.contains(key))
            offered << key;
    }
    if (offered.isEmpty())
        menu.addAction(tr("No metadata keys in this store"))->setEnabled(false);
    for (const QString& key : offered) {
        QAction* a = menu.addAction(tr("Show metadata.%1").arg(key));
        a->setCheckable(true);
        a->setChecked(shown.contains(key));
        connect(a, &QAction::toggled, this, [this, key](bool on) {
            QStringList columns = m_model->metadataColumns();
            columns.removeAll(key);
            if (on)
                columns << key;
            m_model->setMetadataColumns(columns);
            Settings::set(settings::userColumns, columns);
        });
    }
    menu.exec(m_table->horizontalHeader()->mapToGlobal(at));
}

void UsersPage::sizeFirstPage()
{
    // A screenful and a row: more rows make the first ones wait (on a cold
    // file each is a disk read); the rest follow as the view asks.
    const int height = m_table->viewport()->height();
    const int row = m_table->verticalHeader()->defaultSectionSize();
    if (height >= 4 * row && row > 0)
        m_model->setFirstPageSize(height / row + 2);
}

void UsersPage::updateFooter()
{
    if (!m_session) {
        m_footer->clear();
        return;
    }
    const QLocale locale;
    const bool filtered = !m_search->text().trimmed().isEmpty() ||
                          (m_filterToggle->isChecked() && !m_filters->conditions().empty());
    const int rows = m_model->rowCount();
    if (!m_searchError.isEmpty()) {
        m_footer->setText(m_searchError);
        m_emptyState->setText(m_searchError);
        return;
    }
    m_emptyState->setText(filtered ? tr("No users match this search.")
                                   : tr("No users yet. Create one with Ctrl+N, or import them "
                                        "with claimsmith import."));
    QString text;
    if (!filtered && m_total >= 0)
        text = tr("%1 users").arg(locale.toString(m_total));
    else if (m_model->atEnd())
        text = tr("%n matching user(s)", nullptr, rows);
    else
        text = tr("%1+ matching users").arg(locale.toString(rows));
    if (m_model->loading())
        text += QStringLiteral(" · ") + tr("loading…");
    m_footer->setText(text);
}

void UsersPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void UsersPage::createNew()
{
    if (!m_session)
        return;
    auto start = [this] {
        m_table->clearSelection();
        m_editor->newUser();
    };
    if (!m_editor->hasUnsavedChanges()) {
        start();
        return;
    }
    Prompter::instance().confirm(window(), tr("Unsaved Changes"),
                                 tr("The user you are editing has changes that are not saved. "
                                    "Discard them and create a new user?"),
                                 tr("Discard Changes"), [start](bool yes) {
                                     if (yes)
                                         start();
                                 });
}

void UsersPage::refresh()
{
    m_model->reload();
    if (!m_editor->userId().isEmpty() && !m_editor->hasUnsavedChanges())
        m_editor->showUser(m_editor->userId());
}

QUndoStack* UsersPage::undoStack() const
{
    return m_editor->undoStack();
}

bool UsersPage::hasUnsavedChanges() const
{
    return m_editor->hasUnsavedChanges();
}

} // namespace claimsmith::ui
