#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace claimsmith::ui {

class TemplateTextEdit;

// Find and replace in the template editor: a bar above the text. Matches are
// highlighted as the text is typed, "3 of 12" tells where the selection is;
// Enter finds the next, Shift+Enter the previous, Escape closes the bar.
// Replace All is one undo step.
class FindBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(TemplateTextEdit* edit, QWidget* parent = nullptr);

    // Shows the bar (with the replace row for openReplace), the selection's
    // text as what to find, and focuses the find field.
    void openFind();
    void openReplace();
    void close();

    bool findNext();
    bool findPrevious();
    // Replaces the selected match and goes to the next one.
    bool replaceCurrent();
    int replaceAll();

    QLineEdit* findField() const { return m_find; }
    QLineEdit* replaceField() const { return m_replace; }
    QCheckBox* matchCaseBox() const { return m_matchCase; }
    QString status() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void open(bool replace);
    // Searches from the selection; false when there is no match anywhere.
    bool find(bool forward, bool fromSelectionStart);
    int searchFlags() const;
    // Where the next match is in [from, to) (backwards when from > to), or -1.
    std::pair<int, int> search(int from, int to) const;
    void highlightAll();
    bool selectionMatches() const;

    TemplateTextEdit* m_edit;
    QLineEdit* m_find;
    QLineEdit* m_replace;
    QCheckBox* m_matchCase;
    QLabel* m_status;
    QToolButton* m_previous;
    QToolButton* m_next;
    QToolButton* m_close;
    QPushButton* m_replaceOne;
    QPushButton* m_replaceAll;
    QWidget* m_replaceRow;
    bool m_replacing = false;
};

} // namespace claimsmith::ui
