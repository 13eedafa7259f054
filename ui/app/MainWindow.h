#pragma once

#include "Pages.h"
#include "common/StoreWorker.h"

#include <QMainWindow>

#include <functional>
#include <memory>
#include <vector>

class QLabel;
class QListWidget;
class QMenu;
class QProgressBar;
class QStackedWidget;
class QToolButton;

namespace claimsmith::ui {

class StoreSession;
class WelcomePage;

// Hosts the pages and the actions that apply to all of them, and opens and
// closes stores; the pages do everything else.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a store file (on the worker: the window never waits). With
    // `create`, a missing file is made. Errors are shown to the admin.
    void openStore(const QString& path, bool create = false);
    // Connects to a Claimsmith server. Without `key`, the key kept for the
    // URL (ServerKeys) is used; without one, the connect dialog asks for it.
    void connectToServer(const QString& url, const QString& key = {});
    // "Connect to Server…", filled with `url` when given.
    void showConnectDialog(const QString& url = {});
    void closeStore();
    StoreSession* session() const { return m_session; }
    Page* page(int index) const;
    int pageCount() const { return static_cast<int>(m_entries.size()); }
    // The page's short name ("users", "keys", …), as its icon is named.
    QString pageKey(int index) const;
    void showPage(int index);

signals:
    // The store opened (or failed to); tests wait for these.
    void storeOpened(const QString& path);
    void storeFailed(const QString& message);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void chooseStoreToOpen();
    void chooseStoreToCreate();
    void rebuildRecentMenu();
    void updateCount();
    void setSession(StoreSession* session);
    // For a session on a server: the status bar follows whether it answers,
    // and the current page reloads when it answers again.
    void watchServer(StoreSession* session);
    void openServer(const QString& url, const QString& key);
    // Opens a session with `opener` on `location`; `opened` runs when it is open.
    void startOpening(const StoreWorker::Opener& opener, const QString& location,
                      const std::function<void()>& opened);
    // Runs `then` at once, or after the admin agreed to lose unsaved changes.
    void whenNothingUnsaved(const QString& action, const std::function<void()>& then);
    void whenNothingUnsavedOrConfirmed();

    std::vector<PageEntry> m_entries;
    QListWidget* m_sidebar;
    QStackedWidget* m_pages;
    QStackedWidget* m_central;
    WelcomePage* m_welcome;
    QMenu* m_recentMenu = nullptr;
    QLabel* m_storeLabel;
    QLabel* m_connectionLabel; // a server's: connected, or when it is checked again
    QLabel* m_countLabel;
    QProgressBar* m_busy;
    QLabel* m_jobLabel;
    QProgressBar* m_jobProgress;
    QToolButton* m_jobCancel;
    quint64 m_jobId = 0;
    StoreSession* m_session = nullptr;
    StoreSession* m_opening = nullptr;
    bool m_quitConfirmed = false;
};

} // namespace claimsmith::ui
