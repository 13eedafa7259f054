#pragma once

#include "model/Model.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QStackedWidget;
class QTableView;

namespace claimsmith::ui {

class AuditDiffModel;

// The selected audit event: what it was (action, target, actor, time) and
// what it changed, member by member (AuditDiffModel), with a toggle for the
// members it left unchanged.
class AuditDiffView : public QWidget
{
    Q_OBJECT

public:
    explicit AuditDiffView(QWidget* parent = nullptr);

    // nullptr: nothing selected.
    void setEvent(const model::AuditEvent* event);

    AuditDiffModel* diffModel() const { return m_model; }
    QTableView* table() const { return m_table; }
    QString summaryText() const;

private:
    void updateColumns();

    AuditDiffModel* m_model;
    QStackedWidget* m_stack;
    QLabel* m_title;
    QLabel* m_summary;
    QCheckBox* m_showUnchanged;
    QTableView* m_table;
    QLabel* m_nothingChanged;
};

} // namespace claimsmith::ui
