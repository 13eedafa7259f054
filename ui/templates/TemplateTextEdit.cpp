#include "TemplateTextEdit.h"

#include "Brackets.h"
#include "DiagnosticIcons.h"
#include "TemplateLexer.h"
#include "common/Settings.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <Qsci/qscicommand.h>
#include <Qsci/qscicommandset.h>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace claimsmith::ui {

using tmpl::Token;
using tmpl::TokenKind;

namespace {

const QString kErrorIndicator = u"diagnostic.error"_s;
const QString kWarningIndicator = u"diagnostic.warning"_s;
const QString kBraceIndicator = u"brace"_s;
const QString kBadBraceIndicator = u"brace.bad"_s;

} // namespace

TemplateTextEdit::TemplateTextEdit(QWidget* parent)
    : QsciScintilla(parent)
{
    setObjectName(u"templateTextEdit"_s);
    setUtf8(true);
    setEolMode(EolUnix);
    m_lexer = new TemplateLexer(this);
    setEditorFont(Settings::get(settings::editorFont));
    m_lexer->applyPalette(palette());
    setLexer(m_lexer);

    setAutoCompletionSource(AcsNone);
    setCallTipsStyle(CallTipsNone);
    setBraceMatching(NoBraceMatch);
    setAutoIndent(false);
    setIndentationsUseTabs(false);
    setIndentationWidth(2);
    setTabWidth(2);
    setCaretLineVisible(true);
    setWrapMode(WrapNone);
    SendScintilla(SCI_SETSCROLLWIDTH, 1UL);
    SendScintilla(SCI_SETSCROLLWIDTHTRACKING, 1UL);
    SendScintilla(SCI_CALLTIPSETPOSITION, 1UL); // above the line: the list goes below

    setMarginType(LineNumberMargin, NumberMargin);
    setMarginType(SeverityMargin, SymbolMargin);
    setMarginWidth(SeverityMargin, 16);
    setMarginMarkerMask(SeverityMargin, (1 << ErrorMarker) | (1 << WarningMarker));
    setMarginSensitivity(SeverityMargin, true);
    setMarginType(FixMargin, SymbolMargin);
    setMarginWidth(FixMargin, 16);
    setMarginMarkerMask(FixMargin, 1 << FixMarker);
    setMarginSensitivity(FixMargin, true);
    setFolding(BoxedTreeFoldStyle, FoldMargin);
    updateLineNumberWidth();

    // The editor's own actions own these keys, not QScintilla's key map.
    const QKeyCombination owned[] = {Qt::CTRL | Qt::Key_F,
                                     Qt::CTRL | Qt::Key_H,
                                     Qt::Key_F3,
                                     Qt::SHIFT | Qt::Key_F3,
                                     Qt::CTRL | Qt::Key_Space,
                                     Qt::CTRL | Qt::Key_Period,
                                     Qt::CTRL | Qt::SHIFT | Qt::Key_I};
    for (const QKeyCombination combination : owned) {
        const int key = combination.toCombined();
        if (QsciCommand* command = standardCommands()->boundTo(key)) {
            if (command->key() == key)
                command->setKey(0);
            else
                command->setAlternateKey(0);
        }
    }

    applyPalette();
    viewport()->installEventFilter(this);
    viewport()->setMouseTracking(true); // hovered()

    connect(this, &QsciScintillaBase::SCN_CHARADDED, this, [this](int ch) {
        if (ch == '\n')
            indentNewLine();
        else if (ch == '}' || ch == ']')
            dedentClosingBrace(caretPosition() - 1);
    });
    connect(this, &QsciScintillaBase::SCN_UPDATEUI, this, [this](int updated) {
        if (updated & (SC_UPDATE_CONTENT | SC_UPDATE_SELECTION))
            updateBraceMatch();
    });
    connect(this, &QsciScintilla::linesChanged, this, &TemplateTextEdit::updateLineNumberWidth);
}

TemplateTextEdit::~TemplateTextEdit() = default;

std::string_view TemplateTextEdit::bytes() const
{
    const auto length = static_cast<std::size_t>(SendScintilla(SCI_GETLENGTH));
    const auto* text = static_cast<const char*>(SendScintillaPtrResult(SCI_GETCHARACTERPOINTER));
    return text ? std::string_view(text, length) : std::string_view();
}

int TemplateTextEdit::caretPosition() const
{
    return static_cast<int>(SendScintilla(SCI_GETCURRENTPOS));
}

void TemplateTextEdit::setCaretPosition(int position)
{
    SendScintilla(SCI_GOTOPOS, static_cast<unsigned long>(position));
}

void TemplateTextEdit::selectBytes(int start, int end)
{
    // Unfold and scroll so that the whole range shows, then select it.
    const auto first = static_cast<unsigned long>(
        SendScintilla(SCI_LINEFROMPOSITION, static_cast<unsigned long>(start)));
    const auto last = static_cast<unsigned long>(
        SendScintilla(SCI_LINEFROMPOSITION, static_cast<unsigned long>(end)));
    for (unsigned long line = first; line <= last; ++line)
        SendScintilla(SCI_ENSUREVISIBLE, line);
    SendScintilla(SCI_SETSEL, static_cast<unsigned long>(start), static_cast<long>(end));
    SendScintilla(SCI_SCROLLRANGE, static_cast<unsigned long>(start), static_cast<long>(end));
}

void TemplateTextEdit::replaceBytes(int start, int end, std::string_view text)
{
    beginUndoAction();
    SendScintilla(SCI_SETTARGETRANGE, static_cast<unsigned long>(start), static_cast<long>(end));
    SendScintilla(SCI_REPLACETARGET, static_cast<unsigned long>(text.size()),
                  std::string(text).c_str());
    endUndoAction();
    setCaretPosition(start + static_cast<int>(text.size()));
}

QPoint TemplateTextEdit::pointOf(int position) const
{
    const auto pos = static_cast<long>(position);
    return {static_cast<int>(SendScintilla(SCI_POINTXFROMPOSITION, 0UL, pos)),
            static_cast<int>(SendScintilla(SCI_POINTYFROMPOSITION, 0UL, pos))};
}

QPoint TemplateTextEdit::caretPoint() const
{
    return pointOf(caretPosition()) + QPoint(0, lineHeight());
}

int TemplateTextEdit::lineHeight() const
{
    return static_cast<int>(SendScintilla(SCI_TEXTHEIGHT, 0UL));
}

int TemplateTextEdit::indicator(const QString& name)
{
    auto it = m_indicators.constFind(name);
    if (it != m_indicators.constEnd())
        return *it;
    const int number = INDIC_CONTAINER + static_cast<int>(m_indicators.size());
    Q_ASSERT(number < INDIC_IME);
    m_indicators.insert(name, number);
    return number;
}

void TemplateTextEdit::fillIndicator(const QString& name, int start, int end)
{
    if (end <= start)
        return;
    SendScintilla(SCI_SETINDICATORCURRENT, static_cast<unsigned long>(indicator(name)));
    SendScintilla(SCI_INDICATORFILLRANGE, static_cast<unsigned long>(start),
                  static_cast<long>(end - start));
}

void TemplateTextEdit::clearIndicator(const QString& name)
{
    SendScintilla(SCI_SETINDICATORCURRENT, static_cast<unsigned long>(indicator(name)));
    SendScintilla(SCI_INDICATORCLEARRANGE, 0UL, SendScintilla(SCI_GETLENGTH));
}

std::pair<int, int> TemplateTextEdit::visibleRange(tmpl::Span span) const
{
    const auto length = static_cast<std::uint32_t>(SendScintilla(SCI_GETLENGTH));
    const std::string_view text = bytes();
    const auto start = static_cast<int>(std::min(span.start, length));
    const auto end = static_cast<int>(std::min(span.end, length));
    if (end > start)
        return {start, end};
    auto isBreak = [&](int pos) { return text[pos] == '\n' || text[pos] == '\r'; };
    // An empty range shows on the character at it, or on the one before it
    // at the end of a line.
    if (static_cast<std::uint32_t>(start) < length && !isBreak(start))
        return {start, static_cast<int>(
                           SendScintilla(SCI_POSITIONAFTER, static_cast<unsigned long>(start)))};
    if (start > 0) {
        const auto before =
            static_cast<int>(SendScintilla(SCI_POSITIONBEFORE, static_cast<unsigned long>(start)));
        if (!isBreak(before))
            return {before, start};
    }
    return {start, start};
}

void TemplateTextEdit::setDiagnostics(const std::vector<tmpl::Diagnostic>& diagnostics)
{
    clearIndicator(kErrorIndicator);
    clearIndicator(kWarningIndicator);
    markerDeleteAll(ErrorMarker);
    markerDeleteAll(WarningMarker);
    markerDeleteAll(FixMarker);
    for (const tmpl::Diagnostic& d : diagnostics) {
        const bool error = d.severity == tmpl::Severity::Error;
        const auto [start, end] = visibleRange(d.span);
        fillIndicator(error ? kErrorIndicator : kWarningIndicator, start, end);
        const auto line = static_cast<int>(
            SendScintilla(SCI_LINEFROMPOSITION, static_cast<unsigned long>(start)));
        markerAdd(line, error ? ErrorMarker : WarningMarker);
        if (d.fix)
            markerAdd(line, FixMarker);
    }
}

void TemplateTextEdit::setEditorFont(const QFont& font)
{
    m_lexer->applyFont(font);
    QWidget::setFont(font); // QsciScintilla::setFont() leaves a widget with a lexer alone
    SendScintilla(SCI_STYLESETFONT, static_cast<unsigned long>(STYLE_DEFAULT),
                  font.family().toUtf8().constData());
    SendScintilla(
        SCI_STYLESETSIZEFRACTIONAL, static_cast<unsigned long>(STYLE_DEFAULT),
        static_cast<long>(font.pointSizeF() * static_cast<double>(SC_FONT_SIZE_MULTIPLIER)));
    setMarginsFont(font);
    m_lineDigits = 0;
    updateLineNumberWidth();
    defineMarkers(); // sized to the line height
}

void TemplateTextEdit::applyPalette()
{
    const QPalette pal = palette();
    const TemplateColors c = TemplateColors::of(pal);
    m_lexer->applyPalette(pal);
    // The paper below the last line and behind the margins' gaps.
    SendScintilla(SCI_STYLESETBACK, static_cast<unsigned long>(STYLE_DEFAULT), c.paper);
    SendScintilla(SCI_STYLESETFORE, static_cast<unsigned long>(STYLE_DEFAULT), c.text);
    setCaretForegroundColor(c.text);
    setCaretLineBackgroundColor(c.caretLine);
    setMarginsBackgroundColor(c.marginPaper);
    setMarginsForegroundColor(c.marginText);
    setFoldMarginColors(c.marginPaper, c.marginPaper);
    for (int marker = SC_MARKNUM_FOLDEREND; marker <= static_cast<int>(SC_MARKNUM_FOLDEROPEN);
         ++marker) {
        setMarkerForegroundColor(c.marginPaper, marker);
        setMarkerBackgroundColor(c.marginText, marker);
    }
    setSelectionBackgroundColor(
        QColor::fromRgbF((c.paper.redF() + pal.color(QPalette::Highlight).redF()) / 2,
                         (c.paper.greenF() + pal.color(QPalette::Highlight).greenF()) / 2,
                         (c.paper.blueF() + pal.color(QPalette::Highlight).blueF()) / 2));
    resetSelectionForegroundColor();
    setIndentationGuidesForegroundColor(c.muted);

    // Call tips in the tooltip's colours, the current argument in the accent colour.
    QPalette tipPalette = pal;
    tipPalette.setColor(QPalette::Base, pal.color(QPalette::ToolTipBase));
    tipPalette.setColor(QPalette::Text, pal.color(QPalette::ToolTipText));
    const TemplateColors tip = TemplateColors::of(tipPalette);
    setCallTipsBackgroundColor(tip.paper);
    setCallTipsForegroundColor(tip.text);
    setCallTipsHighlightColor(tip.memberName);

    struct IndicatorLook
    {
        QString name;
        int style;
        QColor color;
        bool under;
        int alpha;
    };
    const IndicatorLook looks[] = {
        {kErrorIndicator, INDIC_SQUIGGLEPIXMAP, c.error, false, 255},
        {kWarningIndicator, INDIC_SQUIGGLEPIXMAP, c.warning, false, 255},
        {kBraceIndicator, INDIC_FULLBOX, c.braceMatch, true, 255},
        {kBadBraceIndicator, INDIC_BOX, c.error, false, 255},
        {u"highlight"_s, INDIC_FULLBOX, c.highlight, true, 255},
        {u"find"_s, INDIC_FULLBOX, c.findMatch, true, 255},
    };
    for (const IndicatorLook& look : looks) {
        const auto number = static_cast<unsigned long>(indicator(look.name));
        SendScintilla(SCI_INDICSETSTYLE, number, static_cast<long>(look.style));
        SendScintilla(SCI_INDICSETFORE, number, look.color);
        SendScintilla(SCI_INDICSETUNDER, number, static_cast<long>(look.under));
        SendScintilla(SCI_INDICSETALPHA, number, static_cast<long>(look.alpha));
        SendScintilla(SCI_INDICSETOUTLINEALPHA, number, static_cast<long>(look.alpha));
    }
    defineMarkers();
}

void TemplateTextEdit::defineMarkers()
{
    const QPalette pal = palette();
    const int size = std::clamp(lineHeight() - 3, 11, 16);
    markerDefine(markImage(MarkSymbol::Error, size, pal), ErrorMarker);
    markerDefine(markImage(MarkSymbol::Warning, size, pal), WarningMarker);
    markerDefine(markImage(MarkSymbol::Fix, size, pal), FixMarker);
}

void TemplateTextEdit::updateLineNumberWidth()
{
    int digits = 1;
    for (int n = std::max(lines(), 1); n >= 10; n /= 10)
        ++digits;
    digits = std::max(digits, 2);
    if (digits == m_lineDigits)
        return;
    m_lineDigits = digits;
    setMarginWidth(LineNumberMargin, u"9"_s.repeated(digits + 1));
}

void TemplateTextEdit::updateBraceMatch()
{
    clearIndicator(kBraceIndicator);
    clearIndicator(kBadBraceIndicator);
    const std::vector<Token>& tokens = m_lexer->tokens();
    const std::ptrdiff_t at = brackets::at(tokens, static_cast<std::uint32_t>(caretPosition()));
    if (at < 0)
        return;
    const Token& self = tokens[static_cast<std::size_t>(at)];
    const std::ptrdiff_t other = brackets::partner(tokens, static_cast<std::size_t>(at));
    if (other < 0) {
        fillIndicator(kBadBraceIndicator, static_cast<int>(self.span.start),
                      static_cast<int>(self.span.end));
        return;
    }
    const Token& partner = tokens[static_cast<std::size_t>(other)];
    fillIndicator(kBraceIndicator, static_cast<int>(self.span.start),
                  static_cast<int>(self.span.end));
    fillIndicator(kBraceIndicator, static_cast<int>(partner.span.start),
                  static_cast<int>(partner.span.end));
}

void TemplateTextEdit::indentNewLine()
{
    const int caret = caretPosition();
    const auto line = static_cast<unsigned long>(
        SendScintilla(SCI_LINEFROMPOSITION, static_cast<unsigned long>(caret)));
    if (line == 0)
        return;
    const std::string_view text = bytes();
    const auto prevStart = static_cast<std::size_t>(SendScintilla(SCI_POSITIONFROMLINE, line - 1));
    auto prevEnd = static_cast<std::size_t>(SendScintilla(SCI_GETLINEENDPOSITION, line - 1));
    while (prevEnd > prevStart && (text[prevEnd - 1] == ' ' || text[prevEnd - 1] == '\t'))
        --prevEnd;
    int indent = static_cast<int>(SendScintilla(SCI_GETLINEINDENTATION, line - 1));
    const bool opens = prevEnd > prevStart &&
                       (text[prevEnd - 1] == '{' || text[prevEnd - 1] == '[') &&
                       !(prevEnd - prevStart >= 2 && text[prevEnd - 2] == '{');
    if (opens)
        indent += 2;
    // What follows the caret on its new line: a closing bracket goes one line further down.
    const auto lineEnd = static_cast<std::size_t>(SendScintilla(SCI_GETLINEENDPOSITION, line));
    std::size_t next = static_cast<std::size_t>(caret);
    while (next < lineEnd && (text[next] == ' ' || text[next] == '\t'))
        ++next;
    const bool closes = opens && next < lineEnd && (text[next] == '}' || text[next] == ']');
    SendScintilla(SCI_SETLINEINDENTATION, line, static_cast<long>(indent));
    const auto indentEnd = static_cast<int>(SendScintilla(SCI_GETLINEINDENTPOSITION, line));
    if (closes) {
        // Remove the spaces before the bracket, then put it on a line of its own.
        const int bracket = indentEnd + static_cast<int>(next - static_cast<std::size_t>(caret));
        SendScintilla(SCI_DELETERANGE, static_cast<unsigned long>(indentEnd),
                      static_cast<long>(bracket - indentEnd));
        const std::string insert =
            "\n" + std::string(static_cast<std::size_t>(std::max(indent - 2, 0)), ' ');
        SendScintilla(SCI_INSERTTEXT, static_cast<unsigned long>(indentEnd), insert.c_str());
    }
    setCaretPosition(indentEnd);
}

void TemplateTextEdit::dedentClosingBrace(int position)
{
    const std::vector<Token>& tokens = m_lexer->tokens();
    auto it = std::find_if(tokens.begin(), tokens.end(), [&](const Token& t) {
        return t.span.start == static_cast<std::uint32_t>(position);
    });
    if (it == tokens.end() || (it->kind != TokenKind::RBrace && it->kind != TokenKind::RBracket))
        return;
    const auto line = static_cast<unsigned long>(
        SendScintilla(SCI_LINEFROMPOSITION, static_cast<unsigned long>(position)));
    if (SendScintilla(SCI_GETLINEINDENTPOSITION, line) != position)
        return; // not the first thing on its line
    const std::ptrdiff_t open =
        brackets::partner(tokens, static_cast<std::size_t>(it - tokens.begin()));
    if (open < 0)
        return;
    const auto openLine = static_cast<unsigned long>(SendScintilla(
        SCI_LINEFROMPOSITION,
        static_cast<unsigned long>(tokens[static_cast<std::size_t>(open)].span.start)));
    const long indent = SendScintilla(SCI_GETLINEINDENTATION, openLine);
    SendScintilla(SCI_SETLINEINDENTATION, line, indent);
    setCaretPosition(static_cast<int>(SendScintilla(SCI_GETLINEINDENTPOSITION, line)) + 1);
}

void TemplateTextEdit::keyPressEvent(QKeyEvent* event)
{
    if (m_assist && m_assist->beforeKey(event))
        return;
    const bool escape = event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier;
    const bool callTipShown = SendScintilla(SCI_CALLTIPACTIVE) != 0;
    QsciScintilla::keyPressEvent(event);
    if (escape && !callTipShown)
        emit escapePressed();
    if (m_assist)
        m_assist->afterKey(event);
}

void TemplateTextEdit::changeEvent(QEvent* event)
{
    QsciScintilla::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void TemplateTextEdit::contextMenuEvent(QContextMenuEvent* event)
{
    if (!contextMenuNeeded(event->pos().x(), event->pos().y()))
        return;
    std::unique_ptr<QMenu> menu(createStandardContextMenu());
    if (!menu)
        return;
    if (!m_contextActions.isEmpty()) {
        menu->addSeparator();
        menu->addActions(m_contextActions);
    }
    menu->exec(event->globalPos());
}

bool TemplateTextEdit::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == viewport() && event->type() == QEvent::MouseMove) {
        const QPoint p = static_cast<QMouseEvent*>(event)->position().toPoint();
        emit hovered(static_cast<int>(SendScintilla(SCI_POSITIONFROMPOINTCLOSE,
                                                    static_cast<unsigned long>(p.x()),
                                                    static_cast<long>(p.y()))));
    } else if (watched == viewport() && event->type() == QEvent::Leave) {
        emit hovered(-1);
    }
    if (watched == viewport() && event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        int margins = 0;
        for (int m = LineNumberMargin; m <= FoldMargin; ++m)
            margins += marginWidth(m);
        const QPoint p = help->pos();
        if (p.x() < margins) {
            const long pos =
                SendScintilla(SCI_POSITIONFROMPOINT, static_cast<unsigned long>(margins),
                              static_cast<long>(p.y()));
            const auto line = static_cast<int>(
                SendScintilla(SCI_LINEFROMPOSITION, static_cast<unsigned long>(pos)));
            emit toolTipRequested(-1, line, help->globalPos());
        } else {
            const auto pos = static_cast<int>(SendScintilla(SCI_POSITIONFROMPOINTCLOSE,
                                                            static_cast<unsigned long>(p.x()),
                                                            static_cast<long>(p.y())));
            const int line = pos < 0 ? -1
                                     : static_cast<int>(SendScintilla(
                                           SCI_LINEFROMPOSITION, static_cast<unsigned long>(pos)));
            emit toolTipRequested(pos, line, help->globalPos());
        }
        return true;
    }
    return QsciScintilla::eventFilter(watched, event);
}

} // namespace claimsmith::ui
