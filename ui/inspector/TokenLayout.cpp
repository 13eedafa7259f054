#include "TokenLayout.h"

#include "json/Base64.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace claimsmith::ui::inspector {

namespace {

bool isBase64Url(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '-' ||
           u == '_';
}

// Skips `word` (case-insensitive) at `pos` when whitespace follows it (or, for
// a word ending in ':', anything); returns the position after the whitespace,
// or `pos` when the word is not there.
qsizetype skipWord(QStringView text, qsizetype pos, qsizetype end, QStringView word)
{
    if (end - pos < word.size() ||
        text.sliced(pos, word.size()).compare(word, Qt::CaseInsensitive) != 0)
        return pos;
    qsizetype after = pos + word.size();
    const bool needsSpace = !word.endsWith(u':');
    if (needsSpace && (after >= end || !text[after].isSpace()))
        return pos;
    while (after < end && text[after].isSpace())
        ++after;
    return after;
}

} // namespace

TokenLayout TokenLayout::of(QStringView text)
{
    TokenLayout layout;
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && text[begin].isSpace())
        ++begin;
    while (end > begin && text[end - 1].isSpace())
        --end;
    if (begin == end)
        return layout;
    const bool surroundingSpace = begin > 0 || end < text.size();

    // An Authorization header as copied from a request or a browser's tools.
    const qsizetype afterHeaderName = skipWord(text, begin, end, u"Authorization:");
    const qsizetype afterBearer = skipWord(text, afterHeaderName, end, u"Bearer");
    if (afterBearer != afterHeaderName) {
        layout.m_notes.push_back(
            {jose::Severity::Info,
             afterHeaderName != begin
                 ? tr("The “Authorization: Bearer” prefix of an HTTP header was left out; the "
                      "token is what follows it.")
                 : tr("The “Bearer” prefix was left out; the token is what follows it.")});
        begin = afterBearer;
    }
    // Quotes from a JSON document or a shell command.
    if (end - begin >= 2) {
        const QChar open = text[begin];
        const QChar close = text[end - 1];
        if ((open == u'"' || open == u'\'') && close == open) {
            layout.m_notes.push_back(
                {jose::Severity::Info, tr("The quotes around the token were left out.")});
            ++begin;
            --end;
        }
    }

    qsizetype gaps = 0;
    qsizetype firstGap = -1;
    qsizetype pos = begin;
    layout.m_token.reserve(end - begin);
    while (pos < end) {
        const qsizetype start = pos;
        while (pos < end && !text[pos].isSpace())
            ++pos;
        if (pos > start) {
            layout.m_spans.push_back({layout.m_token.size(), start, pos - start});
            layout.m_token.append(text.sliced(start, pos - start));
        }
        if (pos < end) {
            if (firstGap < 0)
                firstGap = pos;
            ++gaps;
            while (pos < end && text[pos].isSpace())
                ++pos;
        }
    }
    if (gaps > 0)
        layout.m_notes.push_back(
            {jose::Severity::Warning,
             tr("The token had whitespace inside it (%1, the first at character %2); it was "
                "removed before decoding. A service that receives the token as pasted would "
                "reject it, so check where the line breaks came from.")
                 .arg(gaps == 1 ? tr("one place") : tr("%1 places").arg(gaps))
                 .arg(firstGap + 1)});
    else if (surroundingSpace && layout.m_notes.empty())
        layout.m_notes.push_back(
            {jose::Severity::Info, tr("Whitespace around the token was left out.")});

    for (qsizetype i = 0; i < layout.m_token.size(); ++i) {
        if (layout.m_token[i] == u'.')
            layout.m_dots.push_back(i);
    }
    return layout;
}

qsizetype TokenLayout::textPosition(qsizetype tokenPosition) const
{
    if (m_spans.empty())
        return 0;
    // The last span that starts at or before the position.
    auto it =
        std::upper_bound(m_spans.begin(), m_spans.end(), tokenPosition,
                         [](qsizetype value, const Span& span) { return value < span.tokenStart; });
    if (it == m_spans.begin())
        return m_spans.front().textStart;
    --it;
    return it->textStart + (tokenPosition - it->tokenStart);
}

qsizetype TokenLayout::partStart(int index) const
{
    if (index <= 0)
        return 0;
    const auto i = static_cast<std::size_t>(index - 1);
    return i < m_dots.size() ? m_dots[i] + 1 : m_token.size();
}

qsizetype TokenLayout::partEnd(int index) const
{
    const auto i = static_cast<std::size_t>(index < 0 ? 0 : index);
    return i < m_dots.size() ? m_dots[i] : m_token.size();
}

QStringView TokenLayout::part(int index) const
{
    const qsizetype start = partStart(index);
    return QStringView(m_token).sliced(start, std::max<qsizetype>(0, partEnd(index) - start));
}

qsizetype TokenLayout::firstBadPosition(int index) const
{
    const QStringView s = part(index);
    const qsizetype start = partStart(index);
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (!isBase64Url(s[i]))
            return start + i;
    }
    if (s.isEmpty())
        return -1;
    std::string decoded;
    if (s.size() % 4 == 1 || !base64::decodeUrlStrict(s.toLatin1().toStdString(), decoded))
        return start + s.size() - 1;
    return -1;
}

} // namespace claimsmith::ui::inspector
