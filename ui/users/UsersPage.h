#pragma once

#include "common/Page.h"

#include <QPointer>

class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace claimsmith::ui {

class MetadataFilterBuilder;
class UserEditor;
class UserListModel;

// Users: a lazy, store-sorted and store-filtered table of every user, a
// search field (email or name prefix, id, external id), a metadata filter
// builder, metadata keys as optional columns, and the selected user's editor.
class UsersPage : public Page
{
    Q_OBJECT

public:
    explicit UsersPage(QWidget* parent = nullptr);
    ~UsersPage() override;

    void setSession(StoreSession* session) override;
    void focusSearch() override;
    void createNew() override;
    void refresh() override;
    QUndoStack* undoStack() const override;
    bool hasUnsavedChanges() const override;

    UserListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    UserEditor* editor() const { return m_editor; }
    MetadataFilterBuilder* filters() const { return m_filters; }

signals:
    // A search was applied and its first rows arrived (the benchmark waits
    // for this).
    void firstRowsShown();

private:
    void applySearch();
    void showCurrent();
    void chooseColumns(const QPoint& at);
    void loadKeySuggestions();
    void updateFooter();
    void sizeFirstPage();

    QPointer<StoreSession> m_session;
    QLineEdit* m_search;
    QToolButton* m_filterToggle;
    MetadataFilterBuilder* m_filters;
    QWidget* m_filterPanel;
    QStackedWidget* m_listStack;
    QTableView* m_table;
    QLabel* m_emptyState;
    QLabel* m_footer;
    UserListModel* m_model;
    UserEditor* m_editor;
    QSplitter* m_splitter;
    QTimer* m_debounce;
    QString m_searchError;
    QString m_pendingSelection;
    QStringList m_knownKeys;
    qint64 m_total = -1;
};

} // namespace claimsmith::ui
