#include "KeyStateBadge.h"

#include "SigningKeyModel.h"

#include <QApplication>
#include <QLabel>
#include <QPainter>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace claimsmith::ui {

KeyStateColors KeyStateColors::of(model::KeyState state, const QPalette& palette)
{
    switch (state) {
    case model::KeyState::Active:
        return {QColor(0x23, 0x86, 0x3e), QColor(Qt::white), QColor()};
    case model::KeyState::Next:
        return {QColor(0x1f, 0x6f, 0xc5), QColor(Qt::white), QColor()};
    case model::KeyState::Retired:
        break;
    }
    return {QColor(), palette.color(QPalette::PlaceholderText), palette.color(QPalette::Mid)};
}

void KeyStateDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const
{
    const QVariant stateValue = index.data(SigningKeyModel::StateRole);
    if (!stateValue.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The row's selection background first, without the text.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const auto state = static_cast<model::KeyState>(stateValue.toInt());
    const KeyStateColors colors = KeyStateColors::of(state, option.palette);
    const QString text = index.data(Qt::DisplayRole).toString();
    QFont font = option.font;
    font.setBold(true);
    const QFontMetrics metrics(font);
    const int width = metrics.horizontalAdvance(text) + 18;
    const int height = metrics.height() + 4;
    QRect badge(0, 0, std::min(width, option.rect.width() - 4),
                std::min(height, option.rect.height() - 2));
    badge.moveCenter(option.rect.center());

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(colors.outline.isValid() ? QPen(colors.outline, 1) : QPen(Qt::NoPen));
    painter->setBrush(colors.fill.isValid() ? QBrush(colors.fill) : QBrush(Qt::NoBrush));
    painter->drawRoundedRect(QRectF(badge).adjusted(0.5, 0.5, -0.5, -0.5), height / 2.0,
                             height / 2.0);
    painter->setFont(font);
    painter->setPen(colors.text);
    painter->drawText(badge, Qt::AlignCenter, text);
    painter->restore();
}

QSize KeyStateDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    QFont font = option.font;
    font.setBold(true);
    const QFontMetrics metrics(font);
    size.setWidth(std::max(size.width(), metrics.horizontalAdvance(index.data().toString()) + 30));
    size.setHeight(std::max(size.height(), metrics.height() + 8));
    return size;
}

void showStateBadge(QLabel* label, model::KeyState state)
{
    const KeyStateColors colors = KeyStateColors::of(state, label->palette());
    label->setText(SigningKeyModel::stateText(state));
    label->setStyleSheet(
        u"QLabel { font-weight: bold; padding: 2px 10px; border-radius: 9px; color: %1; "
        "background: %2; border: 1px solid %3; }"_s.arg(
            colors.text.name(), colors.fill.isValid() ? colors.fill.name() : u"transparent"_s,
            colors.outline.isValid()
                ? colors.outline.name()
                : (colors.fill.isValid() ? colors.fill.name() : u"transparent"_s)));
}

} // namespace claimsmith::ui
