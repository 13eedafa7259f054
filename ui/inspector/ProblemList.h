#pragma once

#include "InspectionReport.h"

#include <QWidget>

#include <vector>

class QVBoxLayout;

namespace claimsmith::ui::inspector {

// Every problem with a token, one row each: an icon for its severity, the
// claim it concerns, the message in plain words and, for a broken part,
// where it is with a button that selects it in the token field.
class ProblemList : public QWidget
{
    Q_OBJECT

public:
    explicit ProblemList(QWidget* parent = nullptr);

    void setProblems(const std::vector<ListedProblem>& problems);
    int count() const { return static_cast<int>(m_problems.size()); }
    // "error: [exp] The token expired … — Part 2 …", one per row, for tests
    // and for copying.
    QStringList texts() const;

signals:
    // The admin asked to see where a problem is (text positions).
    void locateRequested(qsizetype start, qsizetype length);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();

    QVBoxLayout* m_layout;
    std::vector<ListedProblem> m_problems;
    std::vector<QWidget*> m_rows;
    bool m_rebuilding = false;
};

} // namespace claimsmith::ui::inspector
