#pragma once

#include "InspectionReport.h"

#include <QWidget>

#include <cstdint>

class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace claimsmith::ui::inspector {

class ClaimTimesView;
class JsonHighlighter;
class ProblemList;
class VerdictBanner;

// What the inspector found out about a token: the verdict banner, every
// problem, the decoded header and payload with buttons to copy them, and
// the time claims in words.
class InspectionView : public QWidget
{
    Q_OBJECT

public:
    explicit InspectionView(QWidget* parent = nullptr);

    // Shows `report`; `claimsChecked` says whether an audience or an issuer
    // was expected, `now` is the time the words of the times are relative to.
    void showReport(const InspectionReport& report, bool claimsChecked, std::int64_t now);
    void clear();
    // Updates the words of the times ("expires in 4 minutes").
    void setNow(std::int64_t now);

    void copyHeader();
    void copyPayload();

    QString bannerTitle() const;
    QString bannerDetail() const;
    QStringList problemTexts() const;
    QString headerText() const;
    QString payloadText() const;
    QStringList timeTexts() const;

signals:
    // A problem's "Show" was clicked (text positions in the token field).
    void locateRequested(qsizetype start, qsizetype length);
    // A line for the status bar.
    void statusMessage(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void showVerdict(const InspectionReport& report, bool claimsChecked);
    void fitHeaderView();

    VerdictBanner* m_banner;
    QLabel* m_problemsTitle;
    ProblemList* m_problems;
    QPlainTextEdit* m_headerView;
    JsonHighlighter* m_headerHighlighter;
    QLabel* m_headerNote;
    QToolButton* m_copyHeader;
    QPlainTextEdit* m_payloadView;
    JsonHighlighter* m_payloadHighlighter;
    QLabel* m_payloadNote;
    QToolButton* m_copyPayload;
    QLabel* m_timesTitle;
    ClaimTimesView* m_times;
    // Whole, for the copy buttons (the views may show them cut).
    QString m_headerText;
    QString m_payloadText;
    bool m_payloadIsJson = false;
};

} // namespace claimsmith::ui::inspector
