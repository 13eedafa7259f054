#include "CompletionPopup.h"

#include "TemplateLexer.h"

#include <QApplication>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QScreen>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace claimsmith::ui {

using tmpl::CompletionKind;

namespace {

constexpr int kVisibleRows = 10;

QString shortDetail(const QString& detail)
{
    const qsizetype dash = detail.indexOf(u" — "_s);
    return dash < 0 ? detail : detail.left(dash);
}

QChar kindLetter(CompletionKind kind)
{
    switch (kind) {
    case CompletionKind::Root:
        return u'R';
    case CompletionKind::Field:
        return u'F';
    case CompletionKind::MetadataKey:
        return u'K';
    case CompletionKind::Index:
        return u'#';
    case CompletionKind::Filter:
        return u'ƒ';
    case CompletionKind::Role:
        return u'@';
    case CompletionKind::Permission:
        return u'P';
    }
    return u'?';
}

QColor kindColor(CompletionKind kind, const TemplateColors& c)
{
    switch (kind) {
    case CompletionKind::Root:
        return c.hole;
    case CompletionKind::Field:
        return c.memberName;
    case CompletionKind::MetadataKey:
        return c.string;
    case CompletionKind::Index:
        return c.number;
    case CompletionKind::Filter:
        return c.filter;
    case CompletionKind::Role:
    case CompletionKind::Permission:
        return c.literal;
    }
    return c.text;
}

class CompletionDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override
    {
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        background.text.clear();
        background.icon = QIcon();
        const QWidget* widget = option.widget;
        QStyle* style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

        const bool selected = option.state & QStyle::State_Selected;
        const TemplateColors colors = TemplateColors::of(option.palette);
        const QColor text =
            option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        const QColor muted = selected ? text : colors.muted;
        const auto kind =
            static_cast<CompletionKind>(index.data(CompletionListModel::KindRole).toInt());

        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const QRect r = option.rect.adjusted(6, 0, -8, 0);
        const int badge = std::min(r.height() - 6, option.fontMetrics.height());
        const QRect badgeRect(r.left(), r.top() + (r.height() - badge) / 2, badge, badge);
        const QColor kc = kindColor(kind, colors);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(kc.red(), kc.green(), kc.blue(), 46));
        painter->drawRoundedRect(badgeRect, 3, 3);
        QFont small = option.font;
        small.setBold(true);
        small.setPointSizeF(option.font.pointSizeF() * 0.8);
        painter->setFont(small);
        painter->setPen(selected ? text : kc);
        painter->drawText(badgeRect, Qt::AlignCenter, QString(kindLetter(kind)));

        // The label, with the typed part in bold.
        const QString label = index.data(Qt::DisplayRole).toString();
        const QString prefix = index.data(CompletionListModel::PrefixRole).toString();
        const qsizetype match =
            prefix.isEmpty() ? -1 : label.indexOf(prefix, 0, Qt::CaseInsensitive);
        QFont bold = option.font;
        bold.setBold(true);
        const QFontMetrics plainMetrics(option.font);
        const QFontMetrics boldMetrics(bold);
        int x = badgeRect.right() + 8;
        const QString detail = shortDetail(index.data(CompletionListModel::DetailRole).toString());
        // The detail takes what the label leaves, and at least a third of the row.
        const int room = r.right() - x - boldMetrics.horizontalAdvance(label) - 16;
        const int detailWidth =
            std::min(plainMetrics.horizontalAdvance(detail) + 2, std::max(room, r.width() / 3));
        const int labelRight = r.right() - detailWidth - 12;
        auto drawPart = [&](const QString& part, const QFont& font, const QFontMetrics& fm) {
            if (part.isEmpty() || x >= labelRight)
                return;
            const QString shown = fm.elidedText(part, Qt::ElideRight, labelRight - x);
            painter->setFont(font);
            painter->setPen(text);
            painter->drawText(QRect(x, r.top(), labelRight - x, r.height()),
                              Qt::AlignVCenter | Qt::AlignLeft, shown);
            x += fm.horizontalAdvance(shown);
        };
        if (match >= 0) {
            drawPart(label.left(match), option.font, plainMetrics);
            drawPart(label.mid(match, prefix.size()), bold, boldMetrics);
            drawPart(label.mid(match + prefix.size()), option.font, plainMetrics);
        } else {
            drawPart(label, option.font, plainMetrics);
        }
        if (!detail.isEmpty()) {
            painter->setFont(option.font);
            painter->setPen(muted);
            const QRect detailRect(r.right() - detailWidth, r.top(), detailWidth, r.height());
            painter->drawText(detailRect, Qt::AlignVCenter | Qt::AlignRight,
                              plainMetrics.elidedText(detail, Qt::ElideRight, detailWidth));
        }
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const QFontMetrics fm(option.font);
        const QString label = index.data(Qt::DisplayRole).toString();
        const QString detail = shortDetail(index.data(CompletionListModel::DetailRole).toString());
        QFont bold = option.font;
        bold.setBold(true);
        // Margins, the kind badge and gaps as paint() lays them out, with some air.
        const int width = 6 + fm.height() + 8 + QFontMetrics(bold).horizontalAdvance(label) + 16 +
                          fm.horizontalAdvance(detail) + 8 + 24;
        return {width, fm.height() + 6};
    }
};

} // namespace

void CompletionListModel::setItems(std::vector<tmpl::CompletionItem> items, const QString& prefix)
{
    beginResetModel();
    m_items = std::move(items);
    m_prefix = prefix;
    endResetModel();
}

int CompletionListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

QVariant CompletionListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const tmpl::CompletionItem& item = m_items[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return QString::fromStdString(item.label);
    case Qt::ToolTipRole:
    case DetailRole:
        return QString::fromStdString(item.detail);
    case CountRole:
        return static_cast<qlonglong>(item.count);
    case KindRole:
        return static_cast<int>(item.kind);
    case PrefixRole:
        return m_prefix;
    default:
        return {};
    }
}

CompletionPopup::CompletionPopup(QWidget* owner)
    : QFrame(owner, Qt::ToolTip | Qt::FramelessWindowHint)
    , m_owner(owner)
    , m_model(new CompletionListModel(this))
    , m_view(new QListView(this))
    , m_detail(new QLabel(this))
{
    setObjectName(u"completionPopup"_s);
    setAttribute(Qt::WA_ShowWithoutActivating);
    setFocusPolicy(Qt::NoFocus);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);

    m_view->setObjectName(u"completionList"_s);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new CompletionDelegate(m_view));
    m_view->setUniformItemSizes(true);
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setMouseTracking(true);
    m_view->setFont(owner->font());

    m_detail->setObjectName(u"completionDetail"_s);
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setContentsMargins(8, 3, 8, 4);
    m_detail->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->setSpacing(0);
    layout->addWidget(m_view);
    layout->addWidget(m_detail);

    connect(m_view, &QListView::clicked, this,
            [this](const QModelIndex& i) { emit activated(i.row()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CompletionPopup::updateDetail);
}

void CompletionPopup::setItems(std::vector<tmpl::CompletionItem> items, const QString& prefix)
{
    m_model->setItems(std::move(items), prefix);
    setCurrentRow(count() > 0 ? 0 : -1);
}

int CompletionPopup::currentRow() const
{
    return m_view->currentIndex().row();
}

void CompletionPopup::setCurrentRow(int row)
{
    if (row < 0 || row >= count()) {
        m_view->setCurrentIndex({});
        updateDetail();
        return;
    }
    const QModelIndex index = m_model->index(row);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    updateDetail();
}

void CompletionPopup::moveCurrent(int delta, bool wrap)
{
    const int n = count();
    if (n == 0)
        return;
    int row = currentRow() + delta;
    if (wrap)
        row = ((row % n) + n) % n;
    else
        row = std::clamp(row, 0, n - 1);
    setCurrentRow(row);
}

int CompletionPopup::pageSize() const
{
    return std::max(1, std::min(count(), kVisibleRows) - 1);
}

void CompletionPopup::updateDetail()
{
    const QModelIndex index = m_view->currentIndex();
    const QString detail =
        index.isValid() ? index.data(CompletionListModel::DetailRole).toString() : QString();
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
}

QSize CompletionPopup::fitToItems()
{
    QStyleOptionViewItem option;
    option.initFrom(m_view);
    option.font = m_view->font();
    option.fontMetrics = QFontMetrics(option.font);
    auto* delegate = m_view->itemDelegate();
    int width = 360;
    // Enough rows to judge the width; long lists are not measured to the end.
    for (int row = 0; row < std::min(count(), 50); ++row)
        width = std::max(width, delegate->sizeHint(option, m_model->index(row)).width());
    const int rowHeight = delegate->sizeHint(option, m_model->index(0)).height();
    const int rows = std::clamp(count(), 1, kVisibleRows);
    const int scrollBar =
        count() > kVisibleRows ? m_view->verticalScrollBar()->sizeHint().width() : 0;
    width = std::min(width + scrollBar + 2 * frameWidth() + 2, 720);
    m_view->setFixedHeight(rows * rowHeight);
    int height = rows * rowHeight + 2;
    if (!m_detail->isHidden())
        height += m_detail->heightForWidth(width - 2);
    return {width, height};
}

void CompletionPopup::showAt(const QPoint& caret, int lineHeight)
{
    const QSize size = fitToItems();
    QRect geometry(caret, size);
    if (const QScreen* screen = m_owner->screen()) {
        const QRect available = screen->availableGeometry();
        if (geometry.bottom() > available.bottom())
            geometry.moveBottom(caret.y() - lineHeight - 1);
        if (geometry.right() > available.right())
            geometry.moveRight(available.right());
        geometry.moveLeft(std::max(geometry.left(), available.left()));
    }
    setGeometry(geometry);
    if (!isVisible())
        show();
}

void CompletionPopup::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_view->viewport()->update();
}

} // namespace claimsmith::ui
