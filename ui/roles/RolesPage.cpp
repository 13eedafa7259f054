#include "RolesPage.h"

#include "PermissionsPanel.h"
#include "RolesPanel.h"

#include <QTabWidget>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace claimsmith::ui {

RolesPage::RolesPage(QWidget* parent)
    : Page(parent)
    , m_tabs(new QTabWidget)
    , m_roles(new RolesPanel)
    , m_permissions(new PermissionsPanel)
{
    m_tabs->setObjectName(u"rolesTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_roles, tr("&Roles"));
    m_tabs->addTab(m_permissions, tr("&Permissions"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_tabs);

    for (RecordPanel* panel :
         {static_cast<RecordPanel*>(m_roles), static_cast<RecordPanel*>(m_permissions)})
        connect(panel, &RecordPanel::statusMessage, this, &Page::statusMessage);
    connect(m_tabs, &QTabWidget::currentChanged, this, &RolesPage::tabChanged);
}

void RolesPage::setSession(StoreSession* session)
{
    m_session = session;
    m_roles->setSession(session);
    m_permissions->setSession(session);
}

RecordPanel* RolesPage::current() const
{
    return m_tabs->currentWidget() == m_permissions ? static_cast<RecordPanel*>(m_permissions)
                                                    : static_cast<RecordPanel*>(m_roles);
}

void RolesPage::tabChanged()
{
    // The main window put the stack of the tab that was visible into its undo
    // group; the visible tab's stack takes over there.
    QUndoStack* now = current()->undoStack();
    QUndoStack* other =
        now == m_roles->undoStack() ? m_permissions->undoStack() : m_roles->undoStack();
    // The window's undo group (there is one main window; the group has no
    // accessor on the stack).
    auto* group = window()->findChild<QUndoGroup*>();
    if (group && group->activeStack() == other) {
        group->addStack(now);
        group->setActiveStack(now);
    }
}

void RolesPage::focusSearch()
{
    current()->focusSearch();
}

void RolesPage::createNew()
{
    current()->createNew();
}

void RolesPage::refresh()
{
    m_roles->refresh();
    m_permissions->refresh();
}

QUndoStack* RolesPage::undoStack() const
{
    return current()->undoStack();
}

bool RolesPage::hasUnsavedChanges() const
{
    return m_roles->hasUnsavedChanges() || m_permissions->hasUnsavedChanges();
}

} // namespace claimsmith::ui
