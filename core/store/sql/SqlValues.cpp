#include "SqlValues.h"

#include <algorithm>

namespace claimsmith::store::sql {

std::string fold(std::string_view s)
{
    bool ascii = true;
    for (char c : s) {
        if (static_cast<unsigned char>(c) >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii) {
        std::string out(s);
        for (char& c : out) {
            if (c >= 'A' && c <= 'Z')
                c = static_cast<char>(c - 'A' + 'a');
        }
        return out;
    }
    return qs(s).toCaseFolded().toStdString();
}

std::string nameKey(std::string_view s)
{
    const bool ascii = std::all_of(s.begin(), s.end(),
                                   [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    if (ascii)
        return fold(s);
    const QString decomposed = qs(s).normalized(QString::NormalizationForm_KD);
    QString bare;
    bare.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            bare += c;
    }
    return bare.toCaseFolded().toStdString();
}

} // namespace claimsmith::store::sql
