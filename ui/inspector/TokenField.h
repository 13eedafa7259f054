#pragma once

#include "TokenHighlighter.h"

#include <QPlainTextEdit>
#include <QWidget>

#include <vector>

class QLabel;
class QStackedWidget;
class QTextEdit;

namespace claimsmith::ui::inspector {

// The token's text field: monospace, coloured by part as it is typed, with
// the places problems point at marked. A text too long to edit smoothly (a
// megabyte pasted by mistake or on purpose) is held aside instead and shown
// as its start and end: laying out one line that long takes seconds on every
// keystroke, and nobody edits such a token by hand.
class TokenField : public QWidget
{
    Q_OBJECT

public:
    // Longer texts are held aside rather than put in the editor.
    static constexpr qsizetype kLargeText = 50000;

    explicit TokenField(QWidget* parent = nullptr);

    QString text() const;
    void setText(const QString& text);
    bool isEmpty() const;
    // Whether the text is held aside (too long to edit).
    bool isLarge() const { return !m_large.isNull(); }
    qsizetype size() const;

    // Marks these text positions (problems); none clears the marks.
    void setMarks(std::vector<TokenHighlighter::Mark> marks);
    // Selects [start, start + length) in the editor; false for a large text.
    bool select(qsizetype start, qsizetype length);
    // Puts the cursor in the field with everything selected.
    void focusAndSelectAll();

signals:
    // The text changed (not its colours).
    void textChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    class Editor;
    void takeLarge(const QString& text);
    void showLargePreview();
    void applyColors();

    Editor* m_edit;
    TokenHighlighter* m_highlighter;
    QStackedWidget* m_stack;
    QLabel* m_largeNote;
    QTextEdit* m_preview;
    QString m_large;
    bool m_recolouring = false;
};

} // namespace claimsmith::ui::inspector
