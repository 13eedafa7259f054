#pragma once

#include "common/Page.h"

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;

namespace claimsmith::ui {

class OrganizationEditor;
class OrganizationListModel;

// Organizations: the list with its search on the left, the selected
// organization's details, metadata and members on the right.
class OrganizationsPage : public Page
{
    Q_OBJECT

public:
    explicit OrganizationsPage(QWidget* parent = nullptr);
    void setSession(StoreSession* session) override;
    void focusSearch() override;
    void createNew() override;
    void refresh() override;
    QUndoStack* undoStack() const override;
    bool hasUnsavedChanges() const override;

    OrganizationListModel* listModel() const { return m_model; }
    OrganizationEditor* editor() const { return m_editor; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateListState();
    void onSelectionChanged();
    // Selects the row of `id` without loading it again (or none).
    void selectId(const QString& id);
    int selectedRow() const;
    // Runs `then` once nothing unsaved is in the way: at once, or after the
    // admin agreed to discard it (else `otherwise`).
    void whenDiscarded(const std::function<void()>& then,
                       const std::function<void()>& otherwise = {});
    void deleteCurrent();

    StoreSession* m_session = nullptr;
    quint64 m_generation = 0;
    QString m_selectAfterLoad;
    bool m_selecting = false;

    OrganizationListModel* m_model;
    QLineEdit* m_search;
    QTimer* m_searchTimer;
    QPushButton* m_new;
    QStackedWidget* m_listStack;
    QTableView* m_view;
    QLabel* m_listMessage;
    QLabel* m_footer;
    QSplitter* m_splitter;
    OrganizationEditor* m_editor;
};

} // namespace claimsmith::ui
