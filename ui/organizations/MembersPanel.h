#pragma once

#include "model/Model.h"
#include "store/StoreError.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace claimsmith::ui {

class MembershipListModel;
class StoreSession;

// The Members tab: who belongs to the organization, with which roles and
// status. Below the list a form adds a member (by email or user id) or, when
// a member is selected, changes that member's roles and status. Every write
// goes to the store at once (these are not part of the organization's
// unsaved edits) and is announced with DataKind::Memberships.
class MembersPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MembersPanel(QWidget* parent = nullptr);

    void setSession(StoreSession* session);
    // The organization whose members to show; an empty id: none (a new
    // organization that is not saved yet).
    void setOrganization(const QString& id, const QString& name);
    void reload();

    MembershipListModel* model() const { return m_model; }

signals:
    void statusMessage(const QString& text);

private:
    void loadRoles();
    void updateListState();
    void startAdding();
    void showMember(int row);
    void submit();
    void addMember();
    void updateMember(model::Membership membership);
    void removeSelected();
    void showError(const store::Error& error);
    void clearMarks();
    std::vector<std::string> checkedRoles(const std::vector<std::string>& keepOrder) const;
    void checkRoles(const std::vector<std::string>& slugs);
    int selectedRow() const;

    StoreSession* m_session = nullptr;
    quint64 m_generation = 0;        // the session and the organization
    quint64 m_sessionGeneration = 0; // the session alone (the roles)
    QString m_organizationId;
    QString m_organizationName;
    std::vector<model::Role> m_roles;
    // The membership the form edits; empty id: the form adds a member.
    model::Membership m_editing;
    QString m_selectAfterLoad;

    MembershipListModel* m_model;
    QStackedWidget* m_listStack;
    QTableView* m_view;
    QLabel* m_listMessage;
    QPushButton* m_newMember;
    QPushButton* m_removeMember;
    QGroupBox* m_form;
    QLineEdit* m_user;
    QLabel* m_userError;
    QListWidget* m_rolesList;
    QLabel* m_rolesError;
    QComboBox* m_status;
    QLabel* m_statusError;
    QPushButton* m_submit;
    bool m_busy = false;
};

} // namespace claimsmith::ui
