#include "DiagnosticIcons.h"

#include "TemplateLexer.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace claimsmith::ui {

QImage markImage(MarkSymbol symbol, int size, const QPalette& palette)
{
    const TemplateColors colors = TemplateColors::of(palette);
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const double s = size;
    const double m = s * 0.1; // margin
    switch (symbol) {
    case MarkSymbol::Error: {
        p.setPen(Qt::NoPen);
        p.setBrush(colors.error);
        p.drawEllipse(QRectF(m, m, s - 2 * m, s - 2 * m));
        QPen pen(Qt::white, s / 8.0, Qt::SolidLine, Qt::RoundCap);
        p.setPen(pen);
        const double a = s * 0.34;
        const double b = s - a;
        p.drawLine(QPointF(a, a), QPointF(b, b));
        p.drawLine(QPointF(a, b), QPointF(b, a));
        break;
    }
    case MarkSymbol::Warning: {
        QPainterPath triangle;
        triangle.moveTo(s / 2, m);
        triangle.lineTo(s - m * 0.6, s - m);
        triangle.lineTo(m * 0.6, s - m);
        triangle.closeSubpath();
        p.setPen(QPen(colors.warning, s / 14.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(colors.warning);
        p.drawPath(triangle);
        const QColor ink(0x20, 0x1a, 0x05);
        p.setPen(QPen(ink, s / 8.5, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(s / 2, s * 0.38), QPointF(s / 2, s * 0.62));
        p.drawPoint(QPointF(s / 2, s * 0.77));
        break;
    }
    case MarkSymbol::Fix: {
        const QColor glass(0xf5, 0xc2, 0x2b);
        const QColor outline(0x9a, 0x6d, 0x00);
        p.setPen(QPen(outline, s / 16.0));
        p.setBrush(glass);
        QPainterPath bulb;
        const QRectF head(s * 0.2, s * 0.06, s * 0.6, s * 0.6);
        bulb.addEllipse(head);
        QPainterPath neck;
        neck.moveTo(s * 0.36, s * 0.58);
        neck.lineTo(s * 0.64, s * 0.58);
        neck.lineTo(s * 0.6, s * 0.74);
        neck.lineTo(s * 0.4, s * 0.74);
        neck.closeSubpath();
        p.drawPath(bulb.united(neck));
        p.setPen(Qt::NoPen);
        p.setBrush(colors.muted);
        p.drawRoundedRect(QRectF(s * 0.38, s * 0.77, s * 0.24, s * 0.15), s * 0.04, s * 0.04);
        p.setPen(QPen(QColor(255, 255, 255, 200), s / 14.0, Qt::SolidLine, Qt::RoundCap));
        p.drawArc(QRectF(s * 0.3, s * 0.16, s * 0.3, s * 0.3), 100 * 16, 70 * 16);
        break;
    }
    }
    return image;
}

QIcon markIcon(MarkSymbol symbol, const QPalette& palette)
{
    QIcon icon;
    for (int size : {16, 32})
        icon.addPixmap(QPixmap::fromImage(markImage(symbol, size, palette)));
    return icon;
}

} // namespace claimsmith::ui
