#include "TemplateCompleter.h"

#include "CompletionPopup.h"
#include "TemplateLexer.h"
#include "template/Filters.h"

#include <QKeyEvent>
#include <QListView>
#include <QScrollBar>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace claimsmith::ui {

namespace {

QString fromView(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

// True when `text` before `end` is `{{` or a filter pipe `|` / `||`, spaces aside.
bool afterOpenerOrPipe(std::string_view text, std::size_t end)
{
    while (end > 0 && text[end - 1] == ' ')
        --end;
    if (end == 0)
        return false;
    if (text[end - 1] == '|')
        return true;
    return end >= 2 && text[end - 1] == '{' && text[end - 2] == '{';
}

} // namespace

TemplateCompleter::TemplateCompleter(TemplateTextEdit* edit)
    : QObject(edit)
    , m_edit(edit)
    , m_popup(new CompletionPopup(edit))
{
    m_edit->setKeyAssist(this);
    m_edit->installEventFilter(this);
    m_edit->viewport()->installEventFilter(this);
    connect(m_edit, &QsciScintillaBase::SCN_CHARADDED, this, &TemplateCompleter::charAdded);
    connect(m_popup, &CompletionPopup::activated, this, &TemplateCompleter::accept);
    connect(m_edit->verticalScrollBar(), &QScrollBar::valueChanged, this, &TemplateCompleter::hide);
    connect(m_edit->horizontalScrollBar(), &QScrollBar::valueChanged, this,
            &TemplateCompleter::hide);
}

TemplateCompleter::~TemplateCompleter()
{
    m_edit->setKeyAssist(nullptr);
}

void TemplateCompleter::setVocabulary(std::shared_ptr<const tmpl::Vocabulary> vocabulary)
{
    m_vocabulary = std::move(vocabulary);
    if (isVisible())
        refresh(false);
}

tmpl::Completion TemplateCompleter::completeAtCaret() const
{
    return tmpl::complete(m_edit->bytes(), static_cast<std::uint32_t>(m_edit->caretPosition()),
                          m_vocabulary.get());
}

bool TemplateCompleter::showCompletion()
{
    tmpl::Completion c = completeAtCaret();
    updateCallTip(c, false);
    show(std::move(c));
    return isVisible();
}

void TemplateCompleter::hide()
{
    m_popup->hide();
}

bool TemplateCompleter::isVisible() const
{
    return m_popup->isVisible();
}

void TemplateCompleter::charAdded(int ch)
{
    const bool visible = isVisible();
    const bool tip = m_edit->SendScintilla(QsciScintillaBase::SCI_CALLTIPACTIVE) != 0;
    const auto caret = static_cast<std::size_t>(m_edit->caretPosition());
    const std::string_view text = m_edit->bytes();
    bool open = false;
    bool argument = false;
    switch (ch) {
    case '.':
    case '[':
    case '\'':
    case '"':
        open = true;
        break;
    case ' ':
        open = caret >= 1 && afterOpenerOrPipe(text, caret - 1) &&
               !(caret >= 2 && text[caret - 2] == ' '); // only the first space
        break;
    case ':':
    case ',':
        argument = true;
        break;
    default:
        break;
    }
    if (!visible && !open && !argument && !tip)
        return;
    tmpl::Completion c = completeAtCaret();
    updateCallTip(c, ch == '|');
    if (argument && !visible) {
        // After ':' or ',' the list opens only for keys of the elements (map: 'slug').
        const bool keys = std::any_of(c.items.begin(), c.items.end(), [](const auto& i) {
            return i.kind != tmpl::CompletionKind::Root;
        });
        if (!keys)
            return;
    }
    if (visible || open || argument)
        show(std::move(c));
}

void TemplateCompleter::refresh(bool open)
{
    if (!open && !isVisible())
        return;
    show(completeAtCaret());
}

void TemplateCompleter::show(tmpl::Completion c)
{
    if (!c.inHole || c.items.empty()) {
        hide();
        return;
    }
    const auto anchor = static_cast<int>(c.replace.start);
    m_popup->setItems(std::move(c.items), QString::fromStdString(c.prefix));
    // The labels line up with the word being completed.
    const int indent = 1 + 6 + QFontMetrics(m_popup->listView()->font()).height() + 8;
    const QPoint below = m_edit->pointOf(anchor) + QPoint(-indent, m_edit->lineHeight());
    m_popup->showAt(m_edit->viewport()->mapToGlobal(below), m_edit->lineHeight());
    emit completionShown();
}

void TemplateCompleter::acceptCurrent()
{
    if (isVisible() && m_popup->currentRow() >= 0)
        accept(m_popup->currentRow());
}

void TemplateCompleter::accept(int row)
{
    if (row < 0 || row >= m_popup->count())
        return;
    const tmpl::CompletionItem item = m_popup->items()[static_cast<std::size_t>(row)];
    hide();
    std::string insert = item.insertText;
    bool arguments = false;
    if (item.kind == tmpl::CompletionKind::Filter) {
        // A filter that needs arguments gets its ':' and shows their call tip.
        const tmpl::FilterInfo* f = tmpl::findFilter(item.label);
        const std::string_view text = m_edit->bytes();
        std::size_t next = item.replace.end;
        while (next < text.size() && text[next] == ' ')
            ++next;
        if (f && f->minArgs > 0 && (next >= text.size() || text[next] != ':')) {
            insert += ": ";
            arguments = true;
        }
    }
    std::uint32_t end = item.replace.end;
    if (item.kind == tmpl::CompletionKind::Role || item.kind == tmpl::CompletionKind::Permission)
        end = closeStringLiteral(item.replace.start, end, insert);
    m_edit->replaceBytes(static_cast<int>(item.replace.start), static_cast<int>(end), insert);
    if (arguments)
        updateCallTip(completeAtCaret(), false);
}

std::uint32_t TemplateCompleter::closeStringLiteral(std::uint32_t start, std::uint32_t end,
                                                    std::string& insert) const
{
    // A literal still being typed ('adm) runs to the end of the line: replace only
    // the slug at the caret and close the quote.
    const std::vector<tmpl::Token>& tokens = m_edit->templateLexer()->tokens();
    const std::string_view text = m_edit->bytes();
    for (const tmpl::Token& t : tokens) {
        if (t.kind != tmpl::TokenKind::ExprString || !t.unterminated() || t.span.start >= start ||
            start > t.span.end)
            continue;
        const bool escaped = text[t.span.start] == '\\'; // \" inside a JSON string
        auto caret = static_cast<std::uint32_t>(m_edit->caretPosition());
        while (caret < end && caret < text.size() && text[caret] != ' ' && text[caret] != '}' &&
               text[caret] != ',' && text[caret] != '|')
            ++caret;
        insert += text.substr(t.span.start, escaped ? 2 : 1);
        return caret;
    }
    return end;
}

QString TemplateCompleter::callTip() const
{
    return m_edit->SendScintilla(QsciScintillaBase::SCI_CALLTIPACTIVE) ? m_tipText : QString();
}

void TemplateCompleter::updateCallTip(const tmpl::Completion& c, bool close)
{
    const bool active = m_edit->SendScintilla(QsciScintillaBase::SCI_CALLTIPACTIVE) != 0;
    if (!c.filter) {
        if (active && (close || !c.inHole))
            cancelCallTip();
        return;
    }
    const tmpl::FilterInfo* f = c.filter;
    const QString signature = fromView(f->signature);
    const QString text = signature + u'\n' + fromView(f->description);
    // The arguments of "replace: search, replacement" and the one being typed.
    const qsizetype colon = signature.indexOf(u": "_s);
    QStringList arguments = colon < 0 ? QStringList() : signature.mid(colon + 2).split(u", "_s);
    int highlightStart = 0;
    int highlightEnd = 0;
    m_tipArgument.clear();
    if (!arguments.isEmpty()) {
        const int i = std::clamp(c.argumentIndex, 0, static_cast<int>(arguments.size()) - 1);
        qsizetype at = colon + 2;
        for (int k = 0; k < i; ++k)
            at += arguments[k].size() + 2;
        m_tipArgument = arguments[i];
        highlightStart = static_cast<int>(signature.left(at).toUtf8().size());
        highlightEnd = highlightStart + static_cast<int>(m_tipArgument.toUtf8().size());
    }
    // The tip stands at the filter's name.
    int position = m_edit->caretPosition();
    const std::vector<tmpl::Token>& tokens = m_edit->templateLexer()->tokens();
    const std::string_view source = m_edit->bytes();
    for (auto it = tokens.rbegin(); it != tokens.rend(); ++it) {
        if (it->span.start < static_cast<std::uint32_t>(position) &&
            it->kind == tmpl::TokenKind::FilterName && it->text(source) == f->name) {
            position = static_cast<int>(it->span.start);
            break;
        }
    }
    if (!active || m_tipFilter != f || m_tipText != text) {
        m_edit->SendScintilla(QsciScintillaBase::SCI_CALLTIPSHOW,
                              static_cast<unsigned long>(position), text.toUtf8().constData());
    }
    m_edit->SendScintilla(QsciScintillaBase::SCI_CALLTIPSETHLT,
                          static_cast<unsigned long>(highlightStart),
                          static_cast<long>(highlightEnd));
    m_tipFilter = f;
    m_tipText = text;
}

void TemplateCompleter::cancelCallTip()
{
    m_edit->SendScintilla(QsciScintillaBase::SCI_CALLTIPCANCEL);
    m_tipFilter = nullptr;
    m_tipText.clear();
    m_tipArgument.clear();
}

bool TemplateCompleter::beforeKey(QKeyEvent* event)
{
    if (!isVisible())
        return false;
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    switch (event->key()) {
    case Qt::Key_Up:
        m_popup->moveCurrent(-1, true);
        return true;
    case Qt::Key_Down:
        m_popup->moveCurrent(1, true);
        return true;
    case Qt::Key_PageUp:
        m_popup->moveCurrent(-m_popup->pageSize(), false);
        return true;
    case Qt::Key_PageDown:
        m_popup->moveCurrent(m_popup->pageSize(), false);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Tab:
        acceptCurrent();
        return true;
    case Qt::Key_Escape:
        hide();
        return true;
    default:
        return false;
    }
}

void TemplateCompleter::afterKey(QKeyEvent* event)
{
    // Typed characters were handled as they were added (SCN_CHARADDED).
    if (!event->text().isEmpty() && event->text().at(0).isPrint())
        return;
    const bool tip = m_edit->SendScintilla(QsciScintillaBase::SCI_CALLTIPACTIVE) != 0;
    if (!isVisible() && !tip)
        return;
    tmpl::Completion c = completeAtCaret();
    updateCallTip(c, false);
    if (isVisible())
        show(std::move(c));
}

bool TemplateCompleter::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::FocusOut:
    case QEvent::Hide:
        if (watched == m_edit)
            hide();
        break;
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
        if (watched == m_edit->viewport())
            hide();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace claimsmith::ui
