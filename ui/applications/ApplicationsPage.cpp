#include "ApplicationsPage.h"

#include "ApplicationsPanel.h"

#include <QVBoxLayout>

namespace claimsmith::ui {

ApplicationsPage::ApplicationsPage(QWidget* parent)
    : Page(parent)
    , m_panel(new ApplicationsPanel)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_panel);
    connect(m_panel, &RecordPanel::statusMessage, this, &Page::statusMessage);
}

void ApplicationsPage::setSession(StoreSession* session)
{
    m_session = session;
    m_panel->setSession(session);
}

void ApplicationsPage::focusSearch()
{
    m_panel->focusSearch();
}

void ApplicationsPage::createNew()
{
    m_panel->createNew();
}

void ApplicationsPage::refresh()
{
    m_panel->refresh();
}

QUndoStack* ApplicationsPage::undoStack() const
{
    return m_panel->undoStack();
}

bool ApplicationsPage::hasUnsavedChanges() const
{
    return m_panel->hasUnsavedChanges();
}

} // namespace claimsmith::ui
