#pragma once

#include "InspectionReport.h"

#include <QWidget>

#include <cstdint>
#include <vector>

class QGridLayout;
class QLabel;

namespace claimsmith::ui::inspector {

// The time claims of a token as local dates, each with how long ago or how
// soon it is ("expires in 5 minutes"), and the token's lifetime.
class ClaimTimesView : public QWidget
{
    Q_OBJECT

public:
    explicit ClaimTimesView(QWidget* parent = nullptr);

    // Shows `times` as seen at `now` (Unix seconds), with `leeway` for the
    // colour of the expiry.
    void setTimes(const std::vector<TimeClaim>& times, std::int64_t now, std::int64_t leeway);
    // Updates the words to a new "now" (the page ticks every second).
    void setNow(std::int64_t now);
    // The relative texts shown, in order ("exp: expires in 5 minutes").
    QStringList relativeTexts() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Row
    {
        TimeClaim claim;
        QLabel* relative;
    };
    void clearRows();
    void paintRelative(const Row& row);

    QGridLayout* m_grid;
    std::vector<Row> m_rows;
    std::vector<QWidget*> m_widgets;
    std::int64_t m_now = 0;
    std::int64_t m_leeway = 0;
};

} // namespace claimsmith::ui::inspector
