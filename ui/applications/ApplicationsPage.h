#pragma once

#include "common/Page.h"

namespace claimsmith::ui {

class ApplicationsPanel;

// Applications: the list, and the form of the selected application.
class ApplicationsPage : public Page
{
    Q_OBJECT

public:
    explicit ApplicationsPage(QWidget* parent = nullptr);
    void setSession(StoreSession* session) override;

    void focusSearch() override;
    void createNew() override;
    void refresh() override;
    QUndoStack* undoStack() const override;
    bool hasUnsavedChanges() const override;

    ApplicationsPanel* panel() const { return m_panel; }

private:
    StoreSession* m_session = nullptr;
    ApplicationsPanel* m_panel;
};

} // namespace claimsmith::ui
