#pragma once

#include "template/Diagnostic.h"

#include <QHash>
#include <QList>
#include <Qsci/qsciscintilla.h>

#include <string_view>
#include <vector>

class QAction;

namespace claimsmith::ui {

class TemplateLexer;

// Keys that an assistant (completion) sees before and after the editor.
class KeyAssist
{
public:
    virtual ~KeyAssist() = default;
    // True when the key was consumed and the editor must not see it.
    virtual bool beforeKey(QKeyEvent* event) = 0;
    virtual void afterKey(QKeyEvent* event) = 0;
};

// The QScintilla view of a template: the lexer, margins (line numbers,
// diagnostic markers, quick-fix light bulbs, folding), indicators allocated
// by name, brace matching of JSON brackets and {{ }}, indentation, and the
// diagnostics drawn as squiggles and markers. Positions are UTF-8 byte
// offsets, the same as the template engine's spans.
class TemplateTextEdit : public QsciScintilla
{
    Q_OBJECT

public:
    enum Margin
    {
        LineNumberMargin = 0,
        SeverityMargin = 1,
        FixMargin = 2,
        FoldMargin = 3
    };
    enum Marker
    {
        WarningMarker = 0, // drawn first: an error on the same line covers it
        ErrorMarker = 1,
        FixMarker = 2
    };

    explicit TemplateTextEdit(QWidget* parent = nullptr);
    ~TemplateTextEdit() override;

    TemplateLexer* templateLexer() const { return m_lexer; }

    // The document as UTF-8, valid until the next change.
    std::string_view bytes() const;
    int caretPosition() const;
    void setCaretPosition(int position);
    void selectBytes(int start, int end);
    // Replaces [start, end) by `text` as one undo step; the caret goes after it.
    void replaceBytes(int start, int end, std::string_view text);
    QPoint caretPoint() const; // viewport coordinates of the caret's line bottom
    QPoint pointOf(int position) const;
    int lineHeight() const;

    // Indicator numbers by name, allocated once from the container range.
    int indicator(const QString& name);
    void fillIndicator(const QString& name, int start, int end);
    void clearIndicator(const QString& name);

    // Squiggles over each range (errors red, warnings amber), severity markers
    // and light bulbs where a diagnostic carries a fix.
    void setDiagnostics(const std::vector<tmpl::Diagnostic>& diagnostics);
    // The range a diagnostic is drawn over: its span, or one character for
    // an empty one.
    std::pair<int, int> visibleRange(tmpl::Span span) const;

    void setKeyAssist(KeyAssist* assist) { m_assist = assist; }
    void setEditorFont(const QFont& font);
    // Extra entries for the context menu.
    void setContextActions(const QList<QAction*>& actions) { m_contextActions = actions; }

    // Recolours everything from the palette (also done on PaletteChange).
    void applyPalette();

signals:
    // Escape that nothing in the editor used (no completion, no call tip).
    void escapePressed();
    // A tooltip is asked for at `position` (-1 in a margin, then `line`).
    void toolTipRequested(int position, int line, const QPoint& globalPos);
    // The mouse is over the text at `position` (-1: over no character, or gone).
    void hovered(int position);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void defineMarkers();
    void updateBraceMatch();
    void indentNewLine();
    void dedentClosingBrace(int position);
    void updateLineNumberWidth();

    TemplateLexer* m_lexer = nullptr;
    KeyAssist* m_assist = nullptr;
    QHash<QString, int> m_indicators;
    QList<QAction*> m_contextActions;
    int m_lineDigits = 0;
};

} // namespace claimsmith::ui
