#pragma once

#include <QPalette>
#include <QSyntaxHighlighter>

namespace claimsmith::ui::inspector {

// Colours pretty-printed JSON (one member per line, as json::toString writes
// it): member names, strings, numbers, literals and punctuation. Text that is
// not JSON is left plain (setEnabled(false)).
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    // Larger documents are left plain, so that showing them stays quick.
    static constexpr int kMaxCharacters = 400000;

    explicit JsonHighlighter(QTextDocument* document);

    void setColors(const QPalette& palette);
    void setEnabled(bool enabled);

protected:
    void highlightBlock(const QString& text) override;

private:
    QPalette m_palette;
    bool m_enabled = true;
};

} // namespace claimsmith::ui::inspector
