#pragma once

#include "model/Model.h"

#include <QColor>
#include <QStyledItemDelegate>

class QLabel;

namespace claimsmith::ui {

// The colours of a key's state, the same in the table and the detail pane:
// active green and next blue (filled, white text, readable on light and dark
// palettes); retired takes the palette's muted text with an outline.
struct KeyStateColors
{
    QColor fill; // invalid: no fill
    QColor text;
    QColor outline; // invalid: no outline

    static KeyStateColors of(model::KeyState state, const QPalette& palette);
};

// Paints the state column as a rounded badge.
class KeyStateDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

// Shows `state` on a label as the same badge (a style sheet on the label).
void showStateBadge(QLabel* label, model::KeyState state);

} // namespace claimsmith::ui
