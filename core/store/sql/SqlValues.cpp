#include "SqlValues.h"

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

} // namespace claimsmith::store::sql
