#pragma once

#include "InspectionReport.h"
#include "LatestTask.h"
#include "common/Page.h"

#include <QTimer>

#include <memory>

class QAction;
class QLabel;
class QPushButton;
class QScrollArea;
class QSplitter;
class QStackedWidget;

namespace claimsmith::ui {

namespace inspector {
class InspectionView;
class TokenField;
class VerificationPanel;
} // namespace inspector

// Token Inspector: paste a token to see it coloured by part, its header and
// claims decoded (member order kept, times as local dates that count down),
// its signature checked against the store's keys or a pasted key, and every
// problem in plain words with where it is. Decoding and verifying run off
// the GUI thread; the result for text that has changed since is dropped.
class InspectorPage : public Page
{
    Q_OBJECT

public:
    explicit InspectorPage(QWidget* parent = nullptr);

    void setSession(StoreSession* session) override;
    // Ctrl+F: the token field, with its text selected (a paste replaces it).
    void focusSearch() override;
    // F5: reads the store's keys again and checks the token again.
    void refresh() override;

    void setTokenText(const QString& text);
    QString tokenText() const;
    void clear();
    // Replaces the token with the clipboard's text.
    void pasteToken();
    void copyHeader();
    void copyPayload();

    inspector::VerificationPanel* verification() const { return m_verification; }
    // Whether a decode or a key read is waiting or running.
    bool isBusy() const;
    // The report shown, or nullptr when the page is empty.
    std::shared_ptr<const inspector::InspectionReport> report() const { return m_report; }
    inspector::Verdict verdict() const;
    // What the page shows about the report.
    inspector::InspectionView* view() const { return m_view; }

signals:
    // A report was shown (a new token, key or option).
    void reportShown();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QWidget* buildTokenSide();
    QWidget* buildResultSide();
    QWidget* buildEmptyState();
    void tokenChanged();
    void scheduleInspection();
    void inspectNow();
    void showReport(std::shared_ptr<const inspector::InspectionReport> report);
    void showEmpty();
    void showLegend(const inspector::InspectionReport& report);
    void tick();
    void applyColors();
    void updateOrientation();
    void locate(qsizetype start, qsizetype length);
    std::int64_t currentTime() const;

    StoreSession* m_session = nullptr;
    inspector::LatestTask<std::shared_ptr<const inspector::InspectionReport>> m_task;
    std::shared_ptr<const inspector::InspectionReport> m_report;
    QAction* m_pasteAction;
    QTimer m_debounce;
    QTimer m_clock;
    bool m_waitingForKeys = false;

    QScrollArea* m_outer;
    QWidget* m_content;
    QSplitter* m_splitter;
    inspector::TokenField* m_token;
    QPushButton* m_pasteButton;
    QPushButton* m_clearButton;
    QLabel* m_legend;
    QLabel* m_busy;
    inspector::VerificationPanel* m_verification;
    QStackedWidget* m_resultStack;
    QLabel* m_sample;
    inspector::InspectionView* m_view;
};

} // namespace claimsmith::ui
