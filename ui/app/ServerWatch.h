#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

namespace claimsmith::ui {

class StoreSession;

// Watches the server of a session on a Claimsmith server. When a call finds
// it not answering (store::Cause::Unreachable), the watch says so and when
// it will look again; it then checks (GET /healthz, on the session's worker,
// never on the GUI thread) after 1 s, then 2, 4 … up to 30 s between checks,
// until the server answers. Then it says so and emits cameBack(), on which
// the main window reloads the current page (a page's reload keeps what is
// typed and not saved).
class ServerWatch final : public QObject
{
    Q_OBJECT

public:
    explicit ServerWatch(StoreSession* session, QObject* parent = nullptr);

    bool reachable() const { return m_reachable; }
    // One line for the status bar: "Connected", or that the server does not
    // answer and when it is checked again.
    QString text() const;
    // What the last failed call or check said (where, and what to do).
    const QString& detail() const { return m_detail; }

    static constexpr int kFirstDelayMs = 1000;
    static constexpr int kMaxDelayMs = 30000;

signals:
    // text() or detail() changed.
    void changed();
    // The server answers again after it did not.
    void cameBack();

private:
    void lost(const QString& message);
    void scheduleCheck();
    void check();

    StoreSession* m_session;
    bool m_reachable = true;
    bool m_checking = false;
    int m_delayMs = 0;       // before the next check
    QElapsedTimer m_waiting; // since the next check was scheduled
    QTimer m_checkTimer;     // the next check
    QTimer m_tick;           // the countdown in text(), once a second
    QString m_detail;
};

} // namespace claimsmith::ui
