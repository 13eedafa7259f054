#include "TemplateLexer.h"

#include <QPalette>
#include <Qsci/qsciscintilla.h>

#include <algorithm>
#include <cstring>

namespace claimsmith::ui {

using tmpl::Token;
using tmpl::TokenKind;

namespace {

QColor mix(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(static_cast<float>(a.redF() * (1 - t) + b.redF() * t),
                            static_cast<float>(a.greenF() * (1 - t) + b.greenF() * t),
                            static_cast<float>(a.blueF() * (1 - t) + b.blueF() * t));
}

bool inHoleAfter(const Token& t)
{
    return t.kind == TokenKind::HoleOpen ||
           ((t.flags & tmpl::InHole) && t.kind != TokenKind::HoleClose);
}

} // namespace

bool TemplateColors::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

TemplateColors TemplateColors::of(const QPalette& palette)
{
    const bool dark = isDark(palette);
    // One lightness for every hue: dark enough on white, light enough on black.
    const int lightness = dark ? 178 : 82;
    auto tone = [&](int hue, int saturation, int shift = 0) {
        return QColor::fromHsl(hue, saturation, std::clamp(lightness + shift, 0, 255));
    };
    TemplateColors c;
    c.text = palette.color(QPalette::Text);
    c.paper = palette.color(QPalette::Base);
    c.muted = mix(c.text, c.paper, 0.42);
    c.memberName = tone(212, 170);
    c.string = tone(132, 130, dark ? -8 : -6);
    c.number = tone(22, 190, dark ? 0 : 10);
    c.literal = tone(282, 130, dark ? 8 : 10);
    c.hole = tone(182, 200, dark ? -10 : -10);
    c.filter = tone(40, 210, dark ? -12 : -10);
    c.error = tone(0, 200, dark ? -10 : 28);
    c.warning = tone(38, 230, dark ? -30 : 20);
    const QColor accent = palette.color(QPalette::Highlight);
    c.holePaper = mix(c.paper, accent, dark ? 0.16 : 0.07);
    c.highlight = mix(c.paper, c.warning, dark ? 0.38 : 0.30);
    c.braceMatch = mix(c.paper, c.hole, dark ? 0.35 : 0.25);
    c.findMatch = mix(c.paper, c.warning, dark ? 0.45 : 0.40);
    c.caretLine = mix(c.paper, c.text, dark ? 0.07 : 0.045);
    c.marginPaper = mix(c.paper, c.text, dark ? 0.04 : 0.025);
    c.marginText = mix(c.text, c.paper, 0.5);
    return c;
}

TemplateLexer::TemplateLexer(QObject* parent)
    : QsciLexerCustom(parent)
{}

const char* TemplateLexer::language() const
{
    return "Claim template";
}

QString TemplateLexer::description(int style) const
{
    switch (style) {
    case Default:
        return tr("Default");
    case Punctuation:
        return tr("JSON punctuation");
    case MemberName:
        return tr("Member name");
    case String:
        return tr("String");
    case Number:
        return tr("Number");
    case Literal:
        return tr("Literal");
    case HoleDelimiter:
        return tr("Hole delimiter");
    case Root:
        return tr("Root");
    case Path:
        return tr("Path");
    case Filter:
        return tr("Filter");
    case Operator:
        return tr("Operator");
    case ExprString:
        return tr("String in an expression");
    case ExprNumber:
        return tr("Number in an expression");
    case ExprLiteral:
        return tr("Literal in an expression");
    case HoleSpace:
        return tr("Space in an expression");
    case Error:
        return tr("Error");
    case ErrorInHole:
        return tr("Error in an expression");
    default:
        return {};
    }
}

TemplateLexer::Style TemplateLexer::styleOf(const Token& t)
{
    switch (t.kind) {
    case TokenKind::LBrace:
    case TokenKind::RBrace:
    case TokenKind::LBracket:
    case TokenKind::RBracket:
    case TokenKind::Colon:
    case TokenKind::Comma:
        return Punctuation;
    case TokenKind::MemberName:
        return MemberName;
    case TokenKind::String:
    case TokenKind::TemplateHead:
    case TokenKind::TemplateMiddle:
    case TokenKind::TemplateTail:
        return String;
    case TokenKind::Number:
        return Number;
    case TokenKind::Keyword:
        return Literal;
    case TokenKind::HoleOpen:
    case TokenKind::HoleClose:
        return HoleDelimiter;
    case TokenKind::Root:
        return Root;
    case TokenKind::Field:
    case TokenKind::Index:
    case TokenKind::Dot:
    case TokenKind::ExprLBracket:
    case TokenKind::ExprRBracket:
        return Path;
    case TokenKind::FilterName:
        return Filter;
    case TokenKind::Pipe:
    case TokenKind::OrOr:
    case TokenKind::ExprColon:
    case TokenKind::ExprComma:
        return Operator;
    case TokenKind::ExprString:
        return ExprString;
    case TokenKind::ExprNumber:
        return ExprNumber;
    case TokenKind::ExprKeyword:
        return ExprLiteral;
    case TokenKind::Identifier:
    case TokenKind::Invalid:
        return (t.flags & tmpl::InHole) ? ErrorInHole : Error;
    }
    return Default;
}

void TemplateLexer::setEditor(QsciScintilla* editor)
{
    if (QsciScintilla* old = this->editor())
        disconnect(old, nullptr, this, nullptr);
    QsciLexerCustom::setEditor(editor);
    invalidate();
    if (editor) {
        connect(editor, &QsciScintillaBase::SCN_MODIFIED, this,
                [this](int, int type, const char*, int, int, int, int, int, int, int) {
                    if (type & (QsciScintillaBase::SC_MOD_INSERTTEXT |
                                QsciScintillaBase::SC_MOD_DELETETEXT))
                        invalidate();
                });
    }
}

const std::vector<Token>& TemplateLexer::tokens()
{
    if (m_stale) {
        m_stale = false;
        m_tokens.clear();
        if (QsciScintilla* ed = editor()) {
            const auto length =
                static_cast<std::size_t>(ed->SendScintilla(QsciScintilla::SCI_GETLENGTH));
            const auto* text = static_cast<const char*>(
                ed->SendScintillaPtrResult(QsciScintilla::SCI_GETCHARACTERPOINTER));
            if (text && length)
                m_tokens = tmpl::tokenize(std::string_view(text, length));
        }
    }
    return m_tokens;
}

void TemplateLexer::styleText(int start, int end)
{
    QsciScintilla* ed = editor();
    if (!ed || start >= end)
        return;
    const std::vector<Token>& toks = tokens();
    const auto* text = static_cast<const char*>(
        ed->SendScintillaPtrResult(QsciScintilla::SCI_GETCHARACTERPOINTER));
    const auto ustart = static_cast<std::uint32_t>(start);
    const auto uend = static_cast<std::uint32_t>(end);
    auto it = std::upper_bound(toks.begin(), toks.end(), ustart,
                               [](std::uint32_t pos, const Token& t) { return pos < t.span.end; });
    startStyling(start);
    std::uint32_t pos = ustart;
    // Styles the space before `next` (or up to `end`): tinted inside a hole.
    auto gap = [&](std::uint32_t to) {
        if (to <= pos)
            return;
        Style style = Default;
        if (it != toks.begin() && inHoleAfter(*(it - 1)) &&
            !std::memchr(text + pos, '\n', to - pos))
            style = HoleSpace;
        setStyling(static_cast<int>(to - pos), style);
        pos = to;
    };
    while (pos < uend) {
        if (it == toks.end() || it->span.start >= uend) {
            gap(uend);
            break;
        }
        gap(it->span.start);
        const std::uint32_t tokenEnd = std::min(it->span.end, uend);
        if (tokenEnd > pos) {
            setStyling(static_cast<int>(tokenEnd - pos), styleOf(*it));
            pos = tokenEnd;
        }
        ++it;
    }
    const auto line = [&](int position) {
        return static_cast<int>(ed->SendScintilla(QsciScintilla::SCI_LINEFROMPOSITION,
                                                  static_cast<unsigned long>(position)));
    };
    setFoldLevels(line(start), line(end));
}

void TemplateLexer::setFoldLevels(int startLine, int endLine)
{
    QsciScintilla* ed = editor();
    const std::vector<Token>& toks = tokens();
    const auto length = static_cast<std::uint32_t>(ed->SendScintilla(QsciScintilla::SCI_GETLENGTH));
    const auto lineCount = static_cast<int>(ed->SendScintilla(QsciScintilla::SCI_GETLINECOUNT));
    endLine = std::min(endLine, lineCount - 1);
    int depth = 0;
    std::size_t k = 0;
    for (int line = 0; line <= endLine; ++line) {
        const std::uint32_t lineEnd =
            line + 1 < lineCount
                ? static_cast<std::uint32_t>(ed->SendScintilla(
                      QsciScintilla::SCI_POSITIONFROMLINE, static_cast<unsigned long>(line + 1)))
                : length;
        const int before = depth;
        bool blank = true;
        for (; k < toks.size() && toks[k].span.start < lineEnd; ++k) {
            blank = false;
            switch (toks[k].kind) {
            case TokenKind::LBrace:
            case TokenKind::LBracket:
                ++depth;
                break;
            case TokenKind::RBrace:
            case TokenKind::RBracket:
                depth = std::max(0, depth - 1);
                break;
            default:
                break;
            }
        }
        if (line < startLine)
            continue;
        int level = QsciScintilla::SC_FOLDLEVELBASE + std::min(before, 0xFFF);
        if (depth > before)
            level |= QsciScintilla::SC_FOLDLEVELHEADERFLAG;
        if (blank)
            level |= QsciScintilla::SC_FOLDLEVELWHITEFLAG;
        ed->SendScintilla(QsciScintilla::SCI_SETFOLDLEVEL, static_cast<unsigned long>(line),
                          static_cast<long>(level));
    }
}

void TemplateLexer::applyPalette(const QPalette& palette)
{
    const TemplateColors c = TemplateColors::of(palette);
    setDefaultColor(c.text);
    setDefaultPaper(c.paper);
    const std::pair<Style, QColor> colors[] = {
        {Default, c.text},       {Punctuation, c.muted},   {MemberName, c.memberName},
        {String, c.string},      {Number, c.number},       {Literal, c.literal},
        {HoleDelimiter, c.hole}, {Root, c.hole},           {Path, c.text},
        {Filter, c.filter},      {Operator, c.muted},      {ExprString, c.string},
        {ExprNumber, c.number},  {ExprLiteral, c.literal}, {HoleSpace, c.text},
        {Error, c.error},        {ErrorInHole, c.error},
    };
    for (const auto& [style, color] : colors) {
        setColor(color, style);
        const bool inHole = style >= HoleDelimiter && style != Error;
        setPaper(inHole ? c.holePaper : c.paper, style);
    }
}

void TemplateLexer::applyFont(const QFont& font)
{
    setDefaultFont(font);
    setFont(font, -1);
    QFont bold = font;
    bold.setBold(true);
    setFont(bold, HoleDelimiter);
    setFont(bold, Root);
}

} // namespace claimsmith::ui
