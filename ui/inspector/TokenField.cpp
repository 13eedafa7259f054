#include "TokenField.h"

#include "InspectorColors.h"
#include "common/Settings.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QStackedWidget>
#include <QTextEdit>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace claimsmith::ui::inspector {

namespace {

// How much of a large text the preview shows.
constexpr qsizetype kPreviewHead = 3000;
constexpr qsizetype kPreviewTail = 400;

} // namespace

// The editor, which hands a paste that would make the text too long to the
// field instead of laying it out.
class TokenField::Editor : public QPlainTextEdit
{
public:
    explicit Editor(TokenField* field)
        : m_field(field)
    {}

protected:
    void insertFromMimeData(const QMimeData* source) override
    {
        const QString pasted = source ? source->text() : QString();
        if (document()->characterCount() + pasted.size() <= kLargeText) {
            QPlainTextEdit::insertFromMimeData(source);
            return;
        }
        // The whole text as the paste would leave it.
        const QTextCursor cursor = textCursor();
        QString whole = toPlainText();
        whole.replace(cursor.selectionStart(), cursor.selectionEnd() - cursor.selectionStart(),
                      pasted);
        m_field->setText(whole);
    }

private:
    TokenField* m_field;
};

TokenField::TokenField(QWidget* parent)
    : QWidget(parent)
    , m_edit(new Editor(this))
    , m_highlighter(new TokenHighlighter(m_edit->document()))
    , m_stack(new QStackedWidget)
    , m_largeNote(new QLabel)
    , m_preview(new QTextEdit)
{
    m_edit->setObjectName(u"tokenEdit"_s);
    m_edit->setFont(Settings::get(settings::editorFont));
    m_edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_edit->setWordWrapMode(QTextOption::WrapAnywhere);
    m_edit->setTabChangesFocus(true);
    m_edit->setPlaceholderText(
        tr("Paste a token here (Ctrl+V): eyJhbGciOi…\n\nA “Bearer” prefix, quotes and line "
           "breaks are fine; they are left out and reported."));

    m_largeNote->setObjectName(u"largeTokenNote"_s);
    m_largeNote->setWordWrap(true);
    m_largeNote->setTextFormat(Qt::PlainText);
    m_preview->setObjectName(u"largeTokenPreview"_s);
    m_preview->setReadOnly(true);
    m_preview->setFont(Settings::get(settings::editorFont));
    m_preview->setWordWrapMode(QTextOption::WrapAnywhere);
    auto* large = new QWidget;
    auto* largeLayout = new QVBoxLayout(large);
    largeLayout->setContentsMargins(0, 0, 0, 0);
    largeLayout->setSpacing(6);
    largeLayout->addWidget(m_largeNote);
    largeLayout->addWidget(m_preview, 1);

    m_stack->addWidget(m_edit);
    m_stack->addWidget(large);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    setFocusProxy(m_edit);

    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        // Colouring the text again makes the editor report a change of it.
        if (!m_recolouring)
            emit textChanged();
    });
    applyColors();
}

QString TokenField::text() const
{
    return isLarge() ? m_large : m_edit->toPlainText();
}

void TokenField::setText(const QString& text)
{
    if (text.size() > kLargeText) {
        takeLarge(text);
        return;
    }
    const bool wasLarge = isLarge();
    m_large = QString();
    m_stack->setCurrentIndex(0);
    setFocusProxy(m_edit);
    if (wasLarge)
        m_preview->clear();
    m_edit->setPlainText(text);
}

void TokenField::takeLarge(const QString& text)
{
    m_large = text;
    {
        const QSignalBlocker blocker(m_edit);
        m_edit->clear();
    }
    m_stack->setCurrentIndex(1);
    setFocusProxy(m_preview);
    showLargePreview();
    emit textChanged();
}

bool TokenField::isEmpty() const
{
    return isLarge() ? m_large.isEmpty() : m_edit->document()->isEmpty();
}

qsizetype TokenField::size() const
{
    return isLarge() ? m_large.size() : m_edit->document()->characterCount() - 1;
}

void TokenField::setMarks(std::vector<TokenHighlighter::Mark> marks)
{
    if (isLarge())
        return;
    m_recolouring = true;
    m_highlighter->setMarks(std::move(marks));
    m_recolouring = false;
}

bool TokenField::select(qsizetype start, qsizetype length)
{
    if (isLarge())
        return false;
    QTextCursor cursor(m_edit->document());
    cursor.setPosition(static_cast<int>(start));
    cursor.setPosition(static_cast<int>(start + std::max<qsizetype>(length, 1)),
                       QTextCursor::KeepAnchor);
    m_edit->setTextCursor(cursor);
    m_edit->ensureCursorVisible();
    m_edit->setFocus(Qt::OtherFocusReason);
    return true;
}

void TokenField::focusAndSelectAll()
{
    if (isLarge()) {
        m_preview->setFocus(Qt::ShortcutFocusReason);
        return;
    }
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void TokenField::showLargePreview()
{
    const QLocale locale;
    m_largeNote->setText(
        tr("This text is %1 characters long: too long to edit here, so it is shown shortened. "
           "It is decoded and checked in full. Paste another token or clear the field to go "
           "on.")
            .arg(locale.toString(m_large.size())));
    // The start and the end, each character in its part's colour.
    const QPalette& p = palette();
    QString html = u"<div style=\"white-space: pre-wrap\">"_s;
    int part = 0;
    auto append = [&](qsizetype from, qsizetype to) {
        qsizetype start = from;
        for (qsizetype i = from; i <= to; ++i) {
            if (i < to && m_large[i] != u'.')
                continue;
            html += u"<span style=\"color:%1\">%2</span>"_s.arg(
                tokenPartColor(part, p).name(), m_large.mid(start, i - start).toHtmlEscaped());
            if (i < to) {
                html += u"<b>.</b>"_s;
                ++part;
            }
            start = i + 1;
        }
    };
    const qsizetype head = std::min(kPreviewHead, m_large.size());
    append(0, head);
    const qsizetype tailStart = std::max(head, m_large.size() - kPreviewTail);
    if (tailStart > head) {
        part += static_cast<int>(QStringView(m_large).sliced(head, tailStart - head).count(u'.'));
        html += u"<span style=\"color:%1\"> … %2 … </span>"_s.arg(
            p.color(QPalette::PlaceholderText).name(),
            tr("%1 characters not shown").arg(locale.toString(tailStart - head)).toHtmlEscaped());
    }
    append(tailStart, m_large.size());
    m_preview->setHtml(html + u"</div>"_s);
}

void TokenField::applyColors()
{
    m_recolouring = true;
    m_highlighter->setColors(palette());
    m_recolouring = false;
    if (isLarge())
        showLargePreview();
}

void TokenField::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColors();
}

} // namespace claimsmith::ui::inspector
