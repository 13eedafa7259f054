#pragma once

#include "rollout/RolloutReport.h"

#include <QDialog>

#include <atomic>
#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QTreeWidget;

namespace claimsmith::rollout {
class RowSpill;
}

namespace claimsmith::ui {

class StoreSession;

// The rollout check before a version goes to production: renders the
// candidate and the production version for every user on the session's job
// worker (progress, cancel), then shows what changes, what fails and how
// large the tokens are, exports the report as JSON or CSV, and promotes —
// at once when the check is clean, after an explicit override otherwise
// (both written to the audit log with the figures).
class RolloutDialog : public QDialog
{
    Q_OBJECT

public:
    RolloutDialog(StoreSession* session, const QString& templateName, int candidateVersion,
                  QWidget* parent = nullptr);
    ~RolloutDialog() override;

    void start();
    void cancel();
    const std::optional<rollout::RolloutReport>& report() const { return m_report; }
    bool isClean() const;
    // The line written to the audit log with the promotion.
    QString auditNote(bool override) const;
    // JSON: the report. CSV: every changed claim and failed token of the
    // check, however many (streamed to a temporary file while it ran), not
    // only the rows the report keeps.
    bool exportTo(const QString& path, bool csv, QString* error = nullptr) const;

signals:
    // The check ended (report() is set), or failed with `error`.
    void finished(const QString& error);
    // The admin promotes; `note` goes to the audit log.
    void promoteRequested(const QString& note);

private:
    void showReport();
    void promote();
    void exportReport(bool csv);

    StoreSession* m_session;
    QString m_template;
    int m_candidate;
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
    std::optional<rollout::RolloutReport> m_report;
    std::shared_ptr<rollout::RowSpill> m_rows; // every CSV row of the last check
    bool m_running = false;

    QLabel* m_summary;
    QProgressBar* m_progress;
    QPushButton* m_cancelButton;
    QTabWidget* m_tabs;
    QTreeWidget* m_changes;
    QTreeWidget* m_failures;
    QTextBrowser* m_sizes;
    QPushButton* m_exportJson;
    QPushButton* m_exportCsv;
    QPushButton* m_promote;
};

} // namespace claimsmith::ui
