#pragma once

#include "template/LintProfile.h"
#include "template/Template.h"
#include "template/Vocabulary.h"

#include <QMenu>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>
#include <string>
#include <string_view>

class QAction;
class QLabel;
class QSplitter;
class QTreeView;

namespace claimsmith::ui {

class CompletionPopup;
class DiagnosticListModel;
class FindBar;
class TemplateCompleter;
class TemplateTextEdit;

// The code editor of claim templates: the text (QScintilla, styled from the
// engine's tokens), completion and call tips from the engine's completion
// API and the store's vocabulary, diagnostics as squiggles, margin markers,
// tooltips and a list under the text, quick fixes (Ctrl+.), Format
// (Ctrl+Shift+I), find and replace (Ctrl+F, Ctrl+H, F3, Shift+F3).
//
// A widget that holds the text view, its find bar and the diagnostics list,
// so that a page embeds one self-contained editor; the text view itself is
// reachable through textEdit() for what this class does not wrap.
//
// Offsets and spans are UTF-8 byte offsets into text(), the same as the
// engine's (tmpl::Span, Template::claims()).
class TemplateCodeEditor : public QWidget
{
    Q_OBJECT

public:
    explicit TemplateCodeEditor(QWidget* parent = nullptr);
    ~TemplateCodeEditor() override;

    // The text. setText() loads: no undo step, not modified, compiled at once.
    QString text() const;
    std::string_view utf8Text() const; // valid until the next change
    void setText(const QString& text);
    bool isModified() const;
    void setModified(bool modified);
    void setReadOnly(bool readOnly);
    bool isReadOnly() const;
    void setEditorFont(const QFont& font);

    // What the store holds: metadata keys, roles and permissions for
    // completion and T103. None: no store-based completion or T103.
    void setVocabulary(std::shared_ptr<const tmpl::Vocabulary> vocabulary);
    std::shared_ptr<const tmpl::Vocabulary> vocabulary() const { return m_vocabulary; }
    void setLintProfile(const tmpl::LintProfile& profile);

    // The template compiled from the current text (edits are compiled a
    // moment after they happen; this compiles a pending edit first).
    tmpl::Template compiledTemplate();
    // The compiled template's diagnostics (valid until the next compile).
    const std::vector<tmpl::Diagnostic>& diagnostics();
    // Compiles the current text now (normally done after each edit).
    void compileNow();

    // Shows a range, such as the hole that produced a claim in the preview,
    // without moving the caret. clearHighlight() removes it.
    void highlightRange(tmpl::Span span);
    void clearHighlight();
    // The range highlightRange() shows; none after clearHighlight().
    std::optional<tmpl::Span> highlightedRange() const { return m_highlight; }
    // The top-level claim whose member holds the mouse; "" when none.
    QString hoveredClaim() const { return m_hoveredClaim; }
    // The top-level claim whose member (name or value) holds the caret; "" when none.
    QString currentClaim() const { return m_currentClaim; }

    // Selects a range and shows it (the diagnostics list does this).
    void revealRange(tmpl::Span span);

    // Pretty-prints the template (tmpl::format) as one undo step. False when
    // the template has syntax errors (nothing changes then).
    bool formatTemplate();
    // Applies a diagnostic's fix as one undo step; false when the text has
    // changed since it was reported or it has no fix.
    bool applyFix(const tmpl::Diagnostic& diagnostic);
    // Opens the menu of fixes for the diagnostics at the caret (Ctrl+.).
    void showQuickFixes();
    // Opens the completion list at the caret (Ctrl+Space).
    bool showCompletion();

    // Parts, for pages and tests.
    TemplateTextEdit* textEdit() const { return m_edit; }
    FindBar* findBar() const { return m_findBar; }
    QTreeView* diagnosticsView() const { return m_diagnosticsView; }
    DiagnosticListModel* diagnosticsModel() const { return m_diagnosticsModel; }
    CompletionPopup* completionPopup() const;
    TemplateCompleter* completer() const { return m_completer; }
    QMenu* quickFixMenu() const { return m_quickFixMenu; }
    QString callTip() const;

    QAction* formatAction() const { return m_formatAction; }
    QAction* quickFixAction() const { return m_quickFixAction; }
    QAction* completeAction() const { return m_completeAction; }
    QAction* findAction() const { return m_findAction; }
    QAction* replaceAction() const { return m_replaceAction; }

signals:
    // Once per edit, after it is complete (and before diagnosticsChanged()).
    void textChanged();
    void modificationChanged(bool modified);
    // After each compile: diagnostics() and compiledTemplate() are new.
    void diagnosticsChanged();
    void cursorClaimChanged(const QString& claimName);
    // The mouse moved onto another top-level claim's member ("" when none).
    void hoveredClaimChanged(const QString& claimName);

protected:
    void changeEvent(QEvent* event) override;

private:
    void createActions();
    void scheduleCompile();
    void updateCursorClaim();
    QString claimAt(int position) const;
    void updateProblemsLabel();
    void showToolTip(int position, int line, const QPoint& globalPos);
    void goToDiagnostic(int row);
    void applyPalette();
    std::vector<const tmpl::Diagnostic*> fixesAt(int position) const;

    TemplateTextEdit* m_edit;
    TemplateCompleter* m_completer;
    FindBar* m_findBar;
    QSplitter* m_splitter;
    QLabel* m_problemsLabel;
    QTreeView* m_diagnosticsView;
    DiagnosticListModel* m_diagnosticsModel;
    QPointer<QMenu> m_quickFixMenu;

    QAction* m_formatAction = nullptr;
    QAction* m_quickFixAction = nullptr;
    QAction* m_completeAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_replaceAction = nullptr;
    QAction* m_findNextAction = nullptr;
    QAction* m_findPreviousAction = nullptr;

    std::shared_ptr<const tmpl::Vocabulary> m_vocabulary;
    tmpl::LintProfile m_profile;
    tmpl::Template m_template;
    QTimer m_compileTimer;
    bool m_compilePending = false;
    bool m_textChangePending = false;
    bool m_loading = false;
    QString m_currentClaim;
    QString m_hoveredClaim;
    std::optional<tmpl::Span> m_highlight;
    QString m_formatProblem;
};

} // namespace claimsmith::ui
