#pragma once

#include "TemplateTextEdit.h"
#include "template/Completion.h"
#include "template/Vocabulary.h"

#include <QObject>
#include <QString>

#include <memory>

namespace claimsmith::ui {

class CompletionPopup;

// Completion and call tips for the template editor, fed by tmpl::complete
// alone: roots after '{{ ', fields after '.', metadata keys of the store
// (most frequent first, with counts and value kinds), filters after '| ',
// role and permission slugs in string literals, and the signature of the
// filter whose arguments are being typed. The list opens by itself after
// '.', '{{ ', '| ' and '|| ', and on request; typing narrows it, Up/Down
// move, Enter and Tab accept, Escape closes.
class TemplateCompleter : public QObject, public KeyAssist
{
    Q_OBJECT

public:
    explicit TemplateCompleter(TemplateTextEdit* edit);
    ~TemplateCompleter() override;

    void setVocabulary(std::shared_ptr<const tmpl::Vocabulary> vocabulary);

    // Opens the list at the caret (Ctrl+Space); false when nothing fits.
    bool showCompletion();
    void hide();
    bool isVisible() const;
    CompletionPopup* popup() const { return m_popup; }
    // Accepts the current row of the list.
    void acceptCurrent();

    // The call tip shown now ("" when none), and its highlighted argument.
    QString callTip() const;
    QString callTipArgument() const { return m_tipArgument; }

    bool beforeKey(QKeyEvent* event) override;
    void afterKey(QKeyEvent* event) override;

signals:
    // The list was shown or changed (its items are in popup()).
    void completionShown();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    tmpl::Completion completeAtCaret() const;
    void charAdded(int ch);
    // Recomputes the list; `open` shows it when it is hidden.
    void refresh(bool open);
    void show(tmpl::Completion completion);
    void accept(int row);
    // For a slug chosen in an unclosed string literal: where the replaced
    // range ends, and the closing quote added to `insert`.
    std::uint32_t closeStringLiteral(std::uint32_t start, std::uint32_t end,
                                     std::string& insert) const;
    void updateCallTip(const tmpl::Completion& completion, bool closeOutsideArguments);
    void cancelCallTip();

    TemplateTextEdit* m_edit;
    CompletionPopup* m_popup;
    std::shared_ptr<const tmpl::Vocabulary> m_vocabulary;
    const tmpl::FilterInfo* m_tipFilter = nullptr;
    QString m_tipText;
    QString m_tipArgument;
};

} // namespace claimsmith::ui
