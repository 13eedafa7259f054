#include "JsonHighlighter.h"

#include "InspectorColors.h"

#include <QTextDocument>

namespace claimsmith::ui::inspector {

JsonHighlighter::JsonHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
{}

void JsonHighlighter::setColors(const QPalette& palette)
{
    m_palette = palette;
    rehighlight();
}

void JsonHighlighter::setEnabled(bool enabled)
{
    m_enabled = enabled;
}

void JsonHighlighter::highlightBlock(const QString& text)
{
    if (!m_enabled || document()->characterCount() > kMaxCharacters)
        return;
    const JsonColors colors = JsonColors::of(m_palette);
    const auto color = [this](int start, int length, const QColor& c, bool bold = false) {
        QTextCharFormat f;
        f.setForeground(c);
        if (bold)
            f.setFontWeight(QFont::DemiBold);
        setFormat(start, length, f);
    };
    const int n = static_cast<int>(text.size());
    int i = 0;
    while (i < n) {
        const QChar c = text[i];
        if (c == u'"') {
            int j = i + 1;
            while (j < n && text[j] != u'"')
                j += text[j] == u'\\' ? 2 : 1;
            j = j < n ? j + 1 : n;
            int k = j;
            while (k < n && text[k].isSpace())
                ++k;
            const bool key = k < n && text[k] == u':';
            color(i, j - i, key ? colors.key : colors.string, key);
            i = j;
        } else if (c == u'-' || c.isDigit()) {
            int j = i + 1;
            while (j < n && (text[j].isDigit() || text[j] == u'.' || text[j] == u'e' ||
                             text[j] == u'E' || text[j] == u'+' || text[j] == u'-'))
                ++j;
            color(i, j - i, colors.number);
            i = j;
        } else if (c.isLetter()) {
            int j = i + 1;
            while (j < n && text[j].isLetter())
                ++j;
            color(i, j - i, colors.literal);
            i = j;
        } else {
            if (!c.isSpace())
                color(i, 1, colors.punctuation);
            ++i;
        }
    }
}

} // namespace claimsmith::ui::inspector
