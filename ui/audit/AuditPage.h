#pragma once

#include "common/Page.h"

class QLabel;
class QSplitter;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace claimsmith::ui {

class AuditDiffView;
class AuditEventModel;
class AuditFilterBar;

// Audit Log: every change, who made it and what changed. A lazy table of
// events (newest first) under filters, and the selected event's diff.
class AuditPage : public Page
{
    Q_OBJECT

public:
    explicit AuditPage(QWidget* parent = nullptr);
    void setSession(StoreSession* session) override;
    void focusSearch() override;
    void refresh() override;

    AuditEventModel* eventModel() const { return m_model; }
    AuditFilterBar* filterBar() const { return m_filters; }
    AuditDiffView* diffView() const { return m_diff; }
    QTableView* table() const { return m_table; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void applyFilters();
    void updateState();
    void showSelected();

    StoreSession* m_session = nullptr;
    AuditEventModel* m_model;
    AuditFilterBar* m_filters;
    QTableView* m_table;
    QStackedWidget* m_listStack;
    QLabel* m_listMessage;
    QLabel* m_count;
    QToolButton* m_refresh;
    AuditDiffView* m_diff;
    QSplitter* m_splitter;
    // Another page wrote while this one was hidden: refresh when shown.
    bool m_stale = false;
};

} // namespace claimsmith::ui
