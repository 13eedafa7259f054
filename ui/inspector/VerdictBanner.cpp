#include "VerdictBanner.h"

#include "InspectorColors.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace claimsmith::ui::inspector {

VerdictBanner::VerdictBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel)
    , m_title(new QLabel)
    , m_detail(new QLabel)
{
    setObjectName(u"verdictBanner"_s);
    m_title->setObjectName(u"verdictTitle"_s);
    m_detail->setObjectName(u"verdictDetail"_s);
    // The texts quote the token (a kid, a claim): never read as rich text.
    for (QLabel* l : {m_title, m_detail}) {
        l->setTextFormat(Qt::PlainText);
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_title->setFont(big);
    // The title wraps; a word too long for the width is shortened instead of
    // widening the page (fitTitle).
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_title->setMinimumWidth(40);
    m_detail->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_detail->setMinimumWidth(40);
    m_icon->setFixedSize(28, 28);
    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

    auto* texts = new QVBoxLayout;
    texts->setSpacing(2);
    texts->addWidget(m_title);
    texts->addWidget(m_detail);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 9, 12, 9);
    layout->setSpacing(10);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(texts, 1);
    applyTone();
}

void VerdictBanner::setVerdict(Tone tone, const QString& title, const QString& detail,
                               const QString& longWord)
{
    m_tone = tone;
    m_fullTitle = title;
    m_longWord = longWord;
    m_title->setToolTip(longWord.isEmpty() ? QString() : title);
    fitTitle();
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    applyTone();
}

QString VerdictBanner::detail() const
{
    return m_detail->text();
}

void VerdictBanner::resizeEvent(QResizeEvent* event)
{
    QFrame::resizeEvent(event);
    fitTitle();
}

void VerdictBanner::fitTitle()
{
    QString shown = m_fullTitle;
    const QFontMetrics metrics(m_title->font());
    const int room = m_title->width();
    if (!m_longWord.isEmpty() && room > 0 && metrics.horizontalAdvance(m_longWord) > room)
        shown.replace(m_longWord, metrics.elidedText(m_longWord, Qt::ElideMiddle, room));
    if (m_title->text() != shown)
        m_title->setText(shown);
}

void VerdictBanner::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyTone();
}

QColor VerdictBanner::accent() const
{
    switch (m_tone) {
    case Tone::Good:
        return goodColor(palette());
    case Tone::Bad:
        return severityColor(jose::Severity::Error, palette());
    case Tone::Caution:
        return severityColor(jose::Severity::Warning, palette());
    case Tone::Neutral:
        break;
    }
    return palette().color(QPalette::Mid);
}

void VerdictBanner::applyTone()
{
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    switch (m_tone) {
    case Tone::Good:
        icon = QStyle::SP_DialogApplyButton;
        break;
    case Tone::Bad:
        icon = QStyle::SP_MessageBoxCritical;
        break;
    case Tone::Caution:
        icon = QStyle::SP_MessageBoxWarning;
        break;
    case Tone::Neutral:
        break;
    }
    const QColor titleColor =
        m_tone == Tone::Neutral ? palette().color(QPalette::WindowText) : accent();
    if (m_title->palette().color(QPalette::WindowText) != titleColor) {
        QPalette titlePalette = m_title->palette();
        titlePalette.setColor(QPalette::WindowText, titleColor);
        m_title->setPalette(titlePalette);
    }
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(24, 24));
    update();
}

void VerdictBanner::paintEvent(QPaintEvent*)
{
    // A tint of the tone over the window colour, a thin border and a bar on
    // the left: readable on light and dark palettes alike.
    const QColor line = accent();
    QColor tint = line;
    tint.setAlpha(isDark(palette()) ? 46 : 30);
    QColor border = line;
    border.setAlpha(110);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(QPen(border, 1));
    painter.setBrush(tint);
    painter.drawRoundedRect(box, 6, 6);
    QPainterPath clip;
    clip.addRoundedRect(box, 6, 6);
    painter.setClipPath(clip);
    painter.fillRect(QRectF(box.left(), box.top(), 5, box.height()), line);
}

} // namespace claimsmith::ui::inspector
