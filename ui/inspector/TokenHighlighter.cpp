#include "TokenHighlighter.h"

#include "InspectorColors.h"
#include "jose/Problem.h"

#include <QRegularExpression>
#include <QTextDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace claimsmith::ui::inspector {

TokenHighlighter::TokenHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
{}

void TokenHighlighter::setColors(const QPalette& palette)
{
    m_palette = palette;
    rehighlight();
}

void TokenHighlighter::setMarks(std::vector<Mark> marks)
{
    if (marks.empty() && m_marks.empty())
        return;
    m_marks = std::move(marks);
    rehighlight();
}

void TokenHighlighter::highlightBlock(const QString& text)
{
    if (document()->characterCount() > kMaxCharacters)
        return;
    const int previous = previousBlockState();
    int part = previous < 0 ? 0 : previous;
    qsizetype pos = 0;
    QTextCharFormat muted;
    muted.setForeground(m_palette.color(QPalette::PlaceholderText));
    if (previous < 0) {
        // The first line: an Authorization header name, "Bearer", a quote.
        static const QRegularExpression prefix(u"^\\s*(authorization:\\s*)?(bearer\\s+)?[\"']?"_s,
                                               QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch m = prefix.match(text);
        pos = m.capturedLength();
        setFormat(0, static_cast<int>(pos), muted);
    }
    const qsizetype length = text.size();
    while (pos <= length) {
        const qsizetype dot = text.indexOf(u'.', pos);
        const qsizetype end = dot < 0 ? length : dot;
        QTextCharFormat f;
        f.setForeground(tokenPartColor(part, m_palette));
        setFormat(static_cast<int>(pos), static_cast<int>(end - pos), f);
        if (dot < 0)
            break;
        QTextCharFormat dotFormat;
        dotFormat.setForeground(m_palette.color(QPalette::WindowText));
        dotFormat.setFontWeight(QFont::Bold);
        setFormat(static_cast<int>(dot), 1, dotFormat);
        ++part;
        pos = dot + 1;
    }
    setCurrentBlockState(std::min(part, 1000));

    if (m_marks.empty())
        return;
    const qsizetype blockStart = currentBlock().position();
    const qsizetype blockEnd = blockStart + length;
    const QColor red = severityColor(jose::Severity::Error, m_palette);
    QColor tint = red;
    tint.setAlpha(70);
    for (const Mark& mark : m_marks) {
        const qsizetype start = std::max(mark.start, blockStart);
        const qsizetype end = std::min(mark.start + std::max<qsizetype>(mark.length, 1), blockEnd);
        for (qsizetype i = start; i < end; ++i) {
            QTextCharFormat f = format(static_cast<int>(i - blockStart));
            f.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            f.setUnderlineColor(red);
            f.setBackground(tint);
            setFormat(static_cast<int>(i - blockStart), 1, f);
        }
    }
}

} // namespace claimsmith::ui::inspector
