#pragma once

#include "template/Completion.h"

#include <QAbstractListModel>
#include <QFrame>

#include <vector>

class QLabel;
class QListView;

namespace claimsmith::ui {

// The suggestions of tmpl::complete, in the order it gives them.
class CompletionListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        DetailRole = Qt::UserRole + 1, // the detail line (type, count and kinds, signature)
        CountRole,                     // metadata keys: how many records hold the key
        KindRole,                      // tmpl::CompletionKind
        PrefixRole                     // what is typed of the word
    };

    using QAbstractListModel::QAbstractListModel;

    void setItems(std::vector<tmpl::CompletionItem> items, const QString& prefix);
    const std::vector<tmpl::CompletionItem>& items() const { return m_items; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

private:
    std::vector<tmpl::CompletionItem> m_items;
    QString m_prefix;
};

// The completion list: a small window under the caret that never takes the
// focus, so that typing goes on in the editor. Each row shows the kind, the
// label (the typed part in bold) and, on the right, the detail's first part;
// under the list the whole detail of the current row.
class CompletionPopup : public QFrame
{
    Q_OBJECT

public:
    explicit CompletionPopup(QWidget* owner);

    void setItems(std::vector<tmpl::CompletionItem> items, const QString& prefix);
    const std::vector<tmpl::CompletionItem>& items() const { return m_model->items(); }
    int count() const { return static_cast<int>(items().size()); }
    int currentRow() const;
    void setCurrentRow(int row);
    // Up and down wrap around at the ends; pages stop there.
    void moveCurrent(int delta, bool wrap);
    int pageSize() const;
    // Shows the list under `caret` (global coordinates of the caret's line
    // bottom), or above the line when the screen ends first.
    void showAt(const QPoint& caret, int lineHeight);

    QListView* listView() const { return m_view; }
    CompletionListModel* model() const { return m_model; }

signals:
    void activated(int row);

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateDetail();
    // Sizes the list for the items: up to ten rows, wide enough for their text.
    QSize fitToItems();

    QWidget* m_owner;
    CompletionListModel* m_model;
    QListView* m_view;
    QLabel* m_detail;
};

} // namespace claimsmith::ui
