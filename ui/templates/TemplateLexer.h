#pragma once

#include "template/Token.h"

#include <QColor>
#include <QFont>
#include <Qsci/qscilexercustom.h>

#include <vector>

class QPalette;

namespace claimsmith::ui {

// Colours of the template editor, derived from the palette so that they read
// on light and dark backgrounds alike.
struct TemplateColors
{
    QColor text;
    QColor paper;
    QColor muted;       // punctuation, operators
    QColor memberName;  // blue
    QColor string;      // green
    QColor number;      // orange
    QColor literal;     // purple
    QColor hole;        // {{ }} and roots: teal
    QColor filter;      // amber
    QColor error;       // red: text, squiggles, markers
    QColor warning;     // amber: squiggles, markers
    QColor holePaper;   // the background of a hole's expression
    QColor highlight;   // a range shown for the preview
    QColor braceMatch;  // matching braces
    QColor findMatch;   // find results
    QColor caretLine;   // the line that holds the caret
    QColor marginPaper; // line numbers and markers
    QColor marginText;

    static TemplateColors of(const QPalette& palette);
    static bool isDark(const QPalette& palette);
};

// Styles template text for QScintilla from the engine's own tokens
// (tmpl::tokenize): each token kind maps to one style; there is no second
// tokenizer here. Also sets the fold levels of JSON objects and arrays. The
// tokens of the current text are kept until the text changes, so brace
// matching shares them.
class TemplateLexer : public QsciLexerCustom
{
    Q_OBJECT

public:
    enum Style
    {
        Default,
        Punctuation,   // { } [ ] : ,
        MemberName,    // "name" before ':'
        String,        // strings, and the text parts of strings with holes
        Number,        // JSON numbers
        Literal,       // true false null
        HoleDelimiter, // {{ }}
        Root,          // user, organization, …
        Path,          // .field, .0, [ ]
        Filter,        // filter names
        Operator,      // | || : ,
        ExprString,    // 'text' in a hole
        ExprNumber,
        ExprLiteral,
        HoleSpace, // spaces between {{ and }}
        Error,     // a character or word that belongs nowhere
        ErrorInHole,
        StyleCount
    };

    explicit TemplateLexer(QObject* parent = nullptr);

    const char* language() const override;
    QString description(int style) const override;
    void styleText(int start, int end) override;
    void setEditor(QsciScintilla* editor) override;

    // Colours and fonts for the palette and the editor font (every style).
    void applyPalette(const QPalette& palette);
    void applyFont(const QFont& font);

    // The tokens of the editor's current text.
    const std::vector<tmpl::Token>& tokens();
    static Style styleOf(const tmpl::Token& token);

private:
    void invalidate() { m_stale = true; }
    void setFoldLevels(int startLine, int endLine);

    std::vector<tmpl::Token> m_tokens;
    bool m_stale = true;
};

} // namespace claimsmith::ui
