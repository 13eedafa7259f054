#include "JsonHtml.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace claimsmith::ui {

namespace {

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QString span(const QString& colour, const QString& text)
{
    return u"<span style=\"color:%1\">%2</span>"_s.arg(colour, text.toHtmlEscaped());
}

// One line of pretty JSON, coloured token by token.
QString colourLine(const QString& line, bool dark)
{
    const QString name = dark ? u"#9cdcfe"_s : u"#0451a5"_s;
    const QString string = dark ? u"#ce9178"_s : u"#a31515"_s;
    const QString number = dark ? u"#b5cea8"_s : u"#098658"_s;
    const QString literal = dark ? u"#569cd6"_s : u"#0000ff"_s;
    QString out;
    qsizetype i = 0;
    while (i < line.size()) {
        const QChar c = line[i];
        if (c == u'"') {
            qsizetype j = i + 1;
            while (j < line.size() && line[j] != u'"')
                j += line[j] == u'\\' ? 2 : 1;
            j = std::min(j + 1, line.size());
            const QString text = line.mid(i, j - i);
            const bool isName = line.mid(j).trimmed().startsWith(u':');
            out += span(isName ? name : string, text);
            i = j;
        } else if (c.isDigit() || c == u'-') {
            qsizetype j = i;
            while (j < line.size() &&
                   (line[j].isDigit() || QStringView(u".eE+-").contains(line[j])))
                ++j;
            out += span(number, line.mid(i, j - i));
            i = j;
        } else if (c.isLetter()) {
            qsizetype j = i;
            while (j < line.size() && line[j].isLetter())
                ++j;
            out += span(literal, line.mid(i, j - i));
            i = j;
        } else {
            out += QString(c).toHtmlEscaped();
            ++i;
        }
    }
    return out;
}

} // namespace

QString jsonHtml(const QString& prettyJson, const QPalette& palette, const QString& highlight)
{
    const bool dark = isDark(palette);
    const QString background = dark ? u"#3a3d41"_s : u"#fff3c4"_s;
    const QString marker = u"  \"%1\":"_s.arg(highlight);
    QString html = u"<pre style=\"margin:0\">"_s;
    bool inHighlight = false;
    const QStringList lines = prettyJson.split(u'\n');
    for (const QString& line : lines) {
        if (line.startsWith(u"  \""_s) || line == u"}"_s)
            inHighlight = !highlight.isEmpty() && line.startsWith(marker);
        const QString coloured = colourLine(line, dark);
        html += inHighlight ? u"<span style=\"background:%1\">%2</span>"_s.arg(background, coloured)
                            : coloured;
        html += u'\n';
    }
    html += u"</pre>"_s;
    return html;
}

QString tokenHtml(const QString& token)
{
    static const QString colours[] = {u"#fb015b"_s, u"#d63aff"_s, u"#00b9f1"_s};
    const QStringList parts = token.split(u'.');
    QString html = u"<p style=\"margin:0\">"_s;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i > 0)
            html += u"."_s;
        html += span(colours[std::min<qsizetype>(i, 2)], parts[i]);
    }
    return html + u"</p>"_s;
}

} // namespace claimsmith::ui
