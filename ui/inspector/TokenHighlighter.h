#pragma once

#include <QPalette>
#include <QSyntaxHighlighter>

#include <vector>

namespace claimsmith::ui::inspector {

// Colours the token field as it is typed: each part its own colour, the dots
// and a "Bearer" prefix muted, and the characters a problem points at
// underlined in red. Parts are counted across lines (a token pasted with
// line breaks), so the colouring never waits for the decoder.
class TokenHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    // Beyond this many characters the field is left plain: colouring a
    // megabyte on every keystroke would make typing lag.
    static constexpr int kMaxCharacters = 200000;

    explicit TokenHighlighter(QTextDocument* document);

    void setColors(const QPalette& palette);
    // Text positions [start, start + length) to mark; rehighlights.
    struct Mark
    {
        qsizetype start;
        qsizetype length;
    };
    void setMarks(std::vector<Mark> marks);
    const std::vector<Mark>& marks() const { return m_marks; }

protected:
    void highlightBlock(const QString& text) override;

private:
    QPalette m_palette;
    std::vector<Mark> m_marks;
};

} // namespace claimsmith::ui::inspector
