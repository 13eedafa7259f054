#include "MainWindow.h"

#include "ConnectDialog.h"
#include "ServerKeys.h"
#include "ServerWatch.h"
#include "WelcomePage.h"
#include "common/Page.h"
#include "common/Prompter.h"
#include "common/Settings.h"
#include "common/StoreSession.h"
#include "store/SqliteStore.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QUndoGroup>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace claimsmith::ui {

namespace {

StoreWorker::Opener sqliteOpener(const QString& path, bool create)
{
    return [path = path.toStdString(), create]() -> store::Result<std::unique_ptr<store::Store>> {
        store::SqliteStore::Options o;
        o.create = create;
        // Two connections (pages and jobs): a small cache each, and mapped
        // reads of 64 MiB, keep a million users within the window's budget.
        o.memory.cacheKiB = 16 * 1024;
        o.memory.mmapBytes = std::int64_t(64) << 20;
        auto s = store::SqliteStore::open(path, o);
        if (!s)
            return s.error();
        return std::unique_ptr<store::Store>(std::move(s.value()));
    };
}

struct OpenInfo
{
    model::LimitsProfile limits = model::LimitsProfile::Default;
};

const char* const kStoreFilter = QT_TRANSLATE_NOOP(
    "claimsmith::ui::MainWindow", "Claimsmith stores (*.claimsmith);;All files (*)");

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_entries(createPages())
    , m_sidebar(new QListWidget)
    , m_pages(new QStackedWidget)
    , m_central(new QStackedWidget)
    , m_welcome(new WelcomePage)
    , m_storeLabel(new QLabel)
    , m_connectionLabel(new QLabel)
    , m_countLabel(new QLabel)
    , m_busy(new QProgressBar)
    , m_jobLabel(new QLabel)
    , m_jobProgress(new QProgressBar)
    , m_jobCancel(new QToolButton)
{
    setWindowTitle(tr("Claimsmith"));
    m_sidebar->setObjectName(u"sidebar"_s);
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setFixedWidth(220);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setSpacing(1);
    m_sidebar->setStyleSheet(
        u"QListWidget#sidebar { padding: 8px 6px; }"
        "QListWidget#sidebar::item { padding: 7px 8px; border-radius: 5px; }"
        "QListWidget#sidebar::item:selected { background: palette(highlight);"
        " color: palette(highlighted-text); }"
        "QListWidget#sidebar::item:hover:!selected { background: palette(midlight); }"_s);
    for (const PageEntry& e : m_entries) {
        m_sidebar->addItem(new QListWidgetItem(QIcon(u":/icons/%1.svg"_s.arg(e.icon)), e.title));
        m_pages->addWidget(e.page);
        connect(e.page, &Page::statusMessage, this,
                [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    }
    connect(m_sidebar, &QListWidget::currentRowChanged, this, &MainWindow::showPage);

    auto* workspace = new QWidget;
    auto* layout = new QHBoxLayout(workspace);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_pages, 1);
    m_central->addWidget(m_welcome);
    m_central->addWidget(workspace);
    setCentralWidget(m_central);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::chooseStoreToOpen);
    connect(m_welcome, &WelcomePage::createRequested, this, &MainWindow::chooseStoreToCreate);
    connect(m_welcome, &WelcomePage::connectRequested, this, [this] { connectToServer({}); });
    connect(m_welcome, &WelcomePage::recentChosen, this,
            [this](const QString& p) { openStore(p); });

    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(80);
    m_busy->setMaximumHeight(14);
    m_busy->setToolTip(tr("Working with the store…"));
    m_busy->hide();
    m_jobProgress->setMaximumWidth(180);
    m_jobProgress->setMaximumHeight(14);
    m_jobCancel->setText(tr("Cancel"));
    m_jobCancel->setAutoRaise(true);
    for (QWidget* w : {static_cast<QWidget*>(m_jobLabel), static_cast<QWidget*>(m_jobProgress),
                       static_cast<QWidget*>(m_jobCancel)})
        w->hide();
    statusBar()->addPermanentWidget(m_jobLabel);
    statusBar()->addPermanentWidget(m_jobProgress);
    statusBar()->addPermanentWidget(m_jobCancel);
    statusBar()->addPermanentWidget(m_busy);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_connectionLabel);
    statusBar()->addPermanentWidget(m_storeLabel);
    m_connectionLabel->setObjectName(u"connection"_s);
    m_connectionLabel->setContentsMargins(8, 0, 8, 0);
    m_connectionLabel->hide();
    m_storeLabel->setObjectName(u"storeLocation"_s);
    m_storeLabel->setText(tr("No store open"));

    createActions();
    setSession(nullptr);
    resize(1280, 820);
    restoreGeometry(Settings::get(settings::windowGeometry));
    restoreState(Settings::get(settings::windowState));
}

MainWindow::~MainWindow()
{
    // Pages first: they hold references to the session's workers.
    for (const PageEntry& e : m_entries)
        e.page->setSession(nullptr);
}

Page* MainWindow::page(int index) const
{
    return m_entries.at(static_cast<std::size_t>(index)).page;
}

QString MainWindow::pageKey(int index) const
{
    return m_entries.at(static_cast<std::size_t>(index)).icon;
}

void MainWindow::showPage(int index)
{
    if (index < 0 || index >= pageCount())
        return;
    if (m_sidebar->currentRow() != index)
        m_sidebar->setCurrentRow(index);
    m_pages->setCurrentIndex(index);
    auto* group = findChild<QUndoGroup*>();
    if (QUndoStack* stack = page(index)->undoStack()) {
        group->addStack(stack);
        group->setActiveStack(stack);
    } else {
        group->setActiveStack(nullptr);
    }
}

void MainWindow::createActions()
{
    auto* group = new QUndoGroup(this);
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* create = file->addAction(tr("&New Store…"), this, &MainWindow::chooseStoreToCreate);
    create->setShortcut(QKeySequence(u"Ctrl+Shift+N"_s));
    QAction* open = file->addAction(QIcon::fromTheme(u"document-open"_s), tr("&Open Store…"), this,
                                    &MainWindow::chooseStoreToOpen);
    open->setShortcut(QKeySequence::Open);
    QAction* connectAction =
        file->addAction(QIcon::fromTheme(u"network-server"_s), tr("Connect to &Server…"), this,
                        [this] { showConnectDialog(); });
    connectAction->setObjectName(u"connectToServer"_s);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    QAction* close = file->addAction(tr("&Close Store"), this, &MainWindow::closeStore);
    close->setShortcut(QKeySequence(u"Ctrl+W"_s));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    rebuildRecentMenu();

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    // "Undo <what>" as Qt words (and translates) it.
    QAction* undo = group->createUndoAction(this);
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(QIcon::fromTheme(u"edit-undo"_s));
    QAction* redo = group->createRedoAction(this);
    redo->setShortcut(QKeySequence::Redo);
    redo->setIcon(QIcon::fromTheme(u"edit-redo"_s));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* newRecord = edit->addAction(QIcon::fromTheme(u"list-add"_s), tr("&New Record"), this,
                                         [this] { page(m_pages->currentIndex())->createNew(); });
    newRecord->setShortcut(QKeySequence::New);
    QAction* find = edit->addAction(QIcon::fromTheme(u"edit-find"_s), tr("&Find"), this,
                                    [this] { page(m_pages->currentIndex())->focusSearch(); });
    find->setShortcut(QKeySequence::Find);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* refresh = view->addAction(QIcon::fromTheme(u"view-refresh"_s), tr("&Refresh"), this,
                                       [this] { page(m_pages->currentIndex())->refresh(); });
    refresh->setShortcut(QKeySequence::Refresh);
    view->addSeparator();
    for (int i = 0; i < pageCount(); ++i) {
        QAction* a = view->addAction(m_entries[static_cast<std::size_t>(i)].title, this,
                                     [this, i] { showPage(i); });
        a->setShortcut(QKeySequence(u"Ctrl+%1"_s.arg(i + 1)));
    }

    QMenu* settingsMenu = menuBar()->addMenu(tr("&Settings"));
    QMenu* language = settingsMenu->addMenu(tr("&Language"));
    const std::pair<QString, QString> languages[] = {
        {QString(), tr("System")}, {u"en"_s, u"English"_s}, {u"de"_s, u"Deutsch"_s}};
    auto* languageGroup = new QActionGroup(this);
    for (const auto& [code, name] : languages) {
        QAction* a = language->addAction(name);
        a->setCheckable(true);
        a->setChecked(Settings::get(settings::language) == code);
        languageGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = code] {
            Settings::set(settings::language, code);
            statusBar()->showMessage(tr("The language changes when Claimsmith starts again."),
                                     8000);
        });
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Claimsmith"), this, [this] {
        QMessageBox::about(this, tr("About Claimsmith"),
                           tr("<b>Claimsmith %1</b><p>Users, organizations, metadata and the JWT "
                              "templates that turn them into token claims.</p>")
                               .arg(QApplication::applicationVersion()));
    });

    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(u"mainToolBar"_s);
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(open);
    bar->addSeparator();
    bar->addAction(newRecord);
    bar->addAction(undo);
    bar->addAction(redo);
    bar->addAction(refresh);
    bar->addAction(find);
    for (QAction* a : {newRecord, find, refresh, close})
        a->setProperty("needsStore", true);
}

void MainWindow::rebuildRecentMenu()
{
    const QStringList recent = Settings::get(settings::recentStores);
    const QStringList servers = Settings::get(settings::recentServers);
    m_recentMenu->clear();
    for (const QString& path : recent)
        m_recentMenu->addAction(path, this, [this, path] { openStore(path); });
    if (!recent.isEmpty() && !servers.isEmpty())
        m_recentMenu->addSeparator();
    for (const QString& url : servers)
        m_recentMenu->addAction(QIcon::fromTheme(u"network-server"_s), url, this,
                                [this, url] { connectToServer(url); });
    m_recentMenu->setEnabled(!recent.isEmpty() || !servers.isEmpty());
    m_welcome->setRecentStores(recent);
}

void MainWindow::chooseStoreToOpen()
{
    auto* dialog = new QFileDialog(this, tr("Open Store"), QString(), tr(kStoreFilter));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& p) { openStore(p); });
    dialog->open();
}

void MainWindow::chooseStoreToCreate()
{
    auto* dialog = new QFileDialog(this, tr("New Store"), QString(), tr(kStoreFilter));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"claimsmith"_s);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& p) {
        if (QFileInfo::exists(p)) {
            Prompter::instance().error(
                this, tr("New Store"),
                tr("%1 exists already. Open it with File → Open Store, or choose another name.")
                    .arg(p));
            return;
        }
        openStore(p, true);
    });
    dialog->open();
}

void MainWindow::openStore(const QString& path, bool create)
{
    whenNothingUnsaved(tr("Open another store"), [this, path, create] {
        // A file by its absolute path; a PostgreSQL database by its URL.
        const QString absolute = store::SqliteStore::isPostgresLocation(path.toStdString())
                                     ? path
                                     : QFileInfo(path).absoluteFilePath();
        startOpening(sqliteOpener(absolute, create), absolute, [this, absolute] {
            Settings::addRecentStore(absolute);
            rebuildRecentMenu();
        });
    });
}

void MainWindow::connectToServer(const QString& url, const QString& key)
{
    if (!key.isEmpty()) {
        openServer(url, key);
        return;
    }
    ServerKeys::instance().read(url, this, [this, url](const QString& kept, const QString&) {
        if (kept.isEmpty())
            showConnectDialog(url);
        else
            openServer(url, kept);
    });
}

void MainWindow::showConnectDialog(const QString& url)
{
    auto* dialog = new ConnectDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!url.isEmpty())
        dialog->setUrl(url);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { openServer(dialog->url(), dialog->apiKey()); });
    dialog->open();
}

void MainWindow::openServer(const QString& url, const QString& key)
{
    whenNothingUnsaved(tr("Connect to another store"), [this, url, key] {
        startOpening(ConnectDialog::opener(url, key), url, [this, url, key] {
            Settings::addRecentServer(url);
            rebuildRecentMenu();
            ServerKeys::instance().keep(
                url, key, this, [this](bool inKeychain, const QString& why) {
                    if (inKeychain)
                        return;
                    statusBar()->showMessage(
                        why.isEmpty() ? tr("The API key is kept for this session only: there is no "
                                           "system keychain.")
                                      : tr("The API key is kept for this session only: the system "
                                           "keychain refused it (%1).")
                                            .arg(why),
                        12000);
                });
        });
    });
}

void MainWindow::startOpening(const StoreWorker::Opener& opener, const QString& location,
                              const std::function<void()>& opened)
{
    const QString absolute = location;
    delete m_opening;
    m_opening = new StoreSession(opener, absolute, this);
    StoreSession* opening = m_opening;
    m_storeLabel->setText(tr("Opening %1…").arg(absolute));
    opening->worker()->run(
        opening,
        [](store::Store& s) -> store::Result<OpenInfo> {
            store::Result<std::string> profile = s.limitsProfile();
            if (!profile)
                return profile.error();
            OpenInfo info;
            info.limits =
                model::limitsProfileFromName(*profile).value_or(model::LimitsProfile::Default);
            return info;
        },
        [this, opening, absolute, opened](store::Result<OpenInfo> info) {
            m_opening = nullptr;
            if (!info) {
                const bool server = absolute.contains(u"://"_s);
                const QString message = server ? ConnectDialog::advice(info.error())
                                               : QString::fromStdString(info.error().message);
                opening->deleteLater();
                m_storeLabel->setText(m_session ? m_session->location() : tr("No store open"));
                Prompter::instance().error(
                    this, server ? tr("Cannot Connect to Server") : tr("Cannot Open Store"),
                    message);
                emit storeFailed(message);
                // A key that no longer works: ask for another.
                if (server && info.error().kind == store::ErrorKind::Unauthorized)
                    showConnectDialog(absolute);
                return;
            }
            opening->setLimits(info->limits);
            opened();
            setSession(opening);
            emit storeOpened(absolute);
        });
}

void MainWindow::closeStore()
{
    whenNothingUnsaved(tr("Close the store"), [this] { setSession(nullptr); });
}

void MainWindow::whenNothingUnsaved(const QString& action, const std::function<void()>& then)
{
    for (const PageEntry& e : m_entries) {
        if (e.page->hasUnsavedChanges()) {
            Prompter::instance().confirm(
                this, tr("Unsaved Changes"),
                tr("%1 has changes that are not saved. %2 and lose them?").arg(e.title, action),
                tr("Discard Changes"), [then](bool yes) {
                    if (yes)
                        then();
                });
            return;
        }
    }
    then();
}

void MainWindow::setSession(StoreSession* session)
{
    StoreSession* old = m_session;
    m_session = session;
    for (const PageEntry& e : m_entries)
        e.page->setSession(session);
    delete old;
    const bool open = session != nullptr;
    for (QAction* a : findChildren<QAction*>()) {
        if (a->property("needsStore").toBool())
            a->setEnabled(open);
    }
    m_central->setCurrentIndex(open ? 1 : 0);
    m_connectionLabel->hide();
    if (!open) {
        setWindowTitle(tr("Claimsmith"));
        m_storeLabel->setText(tr("No store open"));
        m_countLabel->clear();
        m_busy->hide();
        return;
    }
    if (session->location().contains(u"://"_s))
        watchServer(session);
    setWindowTitle(tr("Claimsmith — %1").arg(session->displayName()));
    m_storeLabel->setText(session->location());
    m_storeLabel->setToolTip(session->location());
    showPage(std::max(0, m_sidebar->currentRow()));
    connect(session, &StoreSession::dataChanged, this, [this](DataKind kind) {
        if (kind == DataKind::Users || kind == DataKind::Organizations)
            updateCount();
    });
    for (StoreWorker* w : {session->worker(), session->jobs()}) {
        connect(w, &StoreWorker::pendingChanged, this, [this, session] {
            m_busy->setVisible(session->worker()->pending() + session->jobs()->pending() > 0);
        });
        connect(w, &StoreWorker::jobStarted, this, [this, w](quint64 id, const QString& title) {
            m_jobId = id;
            m_jobLabel->setText(title);
            m_jobProgress->setRange(0, 0);
            for (QWidget* x :
                 {static_cast<QWidget*>(m_jobLabel), static_cast<QWidget*>(m_jobProgress),
                  static_cast<QWidget*>(m_jobCancel)})
                x->show();
            m_jobCancel->disconnect();
            connect(m_jobCancel, &QToolButton::clicked, w, [w, id] { w->cancelJob(id); });
        });
        connect(w, &StoreWorker::jobProgress, this,
                [this](quint64 id, qint64 done, qint64 total, const QString& text) {
                    if (id != m_jobId)
                        return;
                    m_jobProgress->setRange(0, total > 0 ? 1000 : 0);
                    if (total > 0)
                        m_jobProgress->setValue(static_cast<int>(done * 1000 / total));
                    if (!text.isEmpty())
                        m_jobLabel->setText(text);
                });
        connect(w, &StoreWorker::jobFinished, this, [this](quint64 id) {
            if (id != m_jobId)
                return;
            for (QWidget* x :
                 {static_cast<QWidget*>(m_jobLabel), static_cast<QWidget*>(m_jobProgress),
                  static_cast<QWidget*>(m_jobCancel)})
                x->hide();
        });
    }
    updateCount();
}

void MainWindow::watchServer(StoreSession* session)
{
    auto* watch = new ServerWatch(session, session);
    const auto show = [this, watch] {
        m_connectionLabel->setText(watch->text());
        m_connectionLabel->setToolTip(watch->detail());
        m_connectionLabel->setStyleSheet(
            watch->reachable() ? QString() : u"QLabel { color: #c62828; font-weight: 600; }"_s);
    };
    connect(watch, &ServerWatch::changed, this, show);
    connect(watch, &ServerWatch::cameBack, this, [this, session] {
        if (m_session != session)
            return;
        statusBar()->showMessage(
            tr("The server at %1 answers again; the page is reloaded.").arg(session->location()),
            8000);
        if (Page* p = page(m_pages->currentIndex()))
            p->refresh();
        updateCount();
    });
    show();
    m_connectionLabel->show();
}

void MainWindow::updateCount()
{
    if (!m_session)
        return;
    m_session->worker()->run(
        this,
        [](store::Store& s) -> store::Result<std::pair<std::int64_t, std::int64_t>> {
            auto users = s.userCount();
            if (!users)
                return users.error();
            auto orgs = s.organizationCount();
            if (!orgs)
                return orgs.error();
            return std::make_pair(*users, *orgs);
        },
        [this](store::Result<std::pair<std::int64_t, std::int64_t>> n) {
            if (!n)
                return;
            const QLocale locale;
            m_countLabel->setText(tr("%1 users · %2 organizations")
                                      .arg(locale.toString(static_cast<qlonglong>(n->first)),
                                           locale.toString(static_cast<qlonglong>(n->second))));
        });
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_quitConfirmed) {
        bool unsaved = false;
        for (const PageEntry& e : m_entries)
            unsaved = unsaved || e.page->hasUnsavedChanges();
        if (unsaved) {
            event->ignore();
            whenNothingUnsavedOrConfirmed();
            return;
        }
    }
    Settings::set(settings::windowGeometry, saveGeometry());
    for (const PageEntry& e : m_entries)
        e.page->setSession(nullptr);
    Settings::set(settings::windowState, saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::whenNothingUnsavedOrConfirmed()
{
    whenNothingUnsaved(tr("Quit"), [this] {
        m_quitConfirmed = true;
        close();
    });
}

} // namespace claimsmith::ui
