#pragma once

#include "jose/Problem.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <string>
#include <vector>

namespace claimsmith::ui::inspector {

// A note about what was removed from the pasted text before it was decoded.
struct PasteNote
{
    jose::Severity severity = jose::Severity::Info;
    QString message;
};

// The pasted text taken apart: what is decoded (the token, without a
// "Bearer " prefix, surrounding quotes or whitespace) and where each of its
// characters sits in the text, so that problems can be pointed at in the
// editor. Positions are QString (UTF-16) indexes; "token" positions index
// the cleaned token, "text" positions the pasted text.
class TokenLayout
{
    Q_DECLARE_TR_FUNCTIONS(TokenLayout)

public:
    // Takes the text apart. Pure and safe to call from any thread.
    static TokenLayout of(QStringView text);

    // Whether the text holds anything but whitespace.
    bool isEmpty() const { return m_token.isEmpty(); }
    const QString& token() const { return m_token; }
    // The token as UTF-8, for core.
    std::string tokenUtf8() const { return m_token.toStdString(); }
    const std::vector<PasteNote>& notes() const { return m_notes; }

    // The text position of a token position (token.size() maps past the end).
    qsizetype textPosition(qsizetype tokenPosition) const;
    // Token positions of the dots that separate the parts.
    const std::vector<qsizetype>& dots() const { return m_dots; }
    int partCount() const { return static_cast<int>(m_dots.size()) + 1; }
    // The token range [start, end) of part `index` (0-based).
    qsizetype partStart(int index) const;
    qsizetype partEnd(int index) const;
    QStringView part(int index) const;

    // The first position in part `index` that keeps it from being strict
    // base64url: a character outside the alphabet, the first '=', or the last
    // character when the length or the trailing bits are wrong. -1 when the
    // part decodes.
    qsizetype firstBadPosition(int index) const;

private:
    // A run of kept characters: text[textStart, textStart+length) is
    // token[tokenStart, tokenStart+length).
    struct Span
    {
        qsizetype tokenStart;
        qsizetype textStart;
        qsizetype length;
    };

    QString m_token;
    std::vector<Span> m_spans;
    std::vector<qsizetype> m_dots;
    std::vector<PasteNote> m_notes;
};

} // namespace claimsmith::ui::inspector
