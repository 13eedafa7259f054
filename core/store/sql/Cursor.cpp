#include "Cursor.h"

#include "SqlValues.h"
#include "json/Base64.h"

namespace claimsmith::store::sql {

std::string Cursor::encode() const
{
    json::Value v{json::Array{}};
    if (sortValue.typeId() == QMetaType::QString)
        v.push_back(json::Value(sortValue.toString().toStdString()));
    else
        v.push_back(json::Value(static_cast<long long>(sortValue.toLongLong())));
    if (id.empty())
        v.push_back(json::Value(static_cast<long long>(rid)));
    else
        v.push_back(json::Value(id));
    return base64::encodeUrl(json::toString(v));
}

Result<Cursor> Cursor::decode(const std::string& text, bool byId)
{
    const Error bad =
        Error::make(ErrorKind::Invalid,
                    "the cursor \"" + text.substr(0, 40) +
                        "\" is not one this store gave out; start from the first page",
                    "after");
    std::string raw;
    if (!base64::decodeUrlStrict(text, raw))
        return bad;
    const json::ParseResult p = json::parse(raw);
    if (!p.ok || !p.value.isArray() || p.value.size() != 2)
        return bad;
    const json::Value& tiebreak = p.value.array()[1];
    if (byId ? !(tiebreak.isString() && !tiebreak.string().empty()) : !tiebreak.isInteger())
        return bad;
    Cursor c;
    const json::Value& s = p.value.array()[0];
    if (s.isString())
        c.sortValue = qs(s.string());
    else if (s.isInteger())
        c.sortValue = static_cast<qlonglong>(s.toInt64());
    else
        return bad;
    if (tiebreak.isInteger())
        c.rid = tiebreak.toInt64();
    else
        c.id = tiebreak.string();
    return c;
}

} // namespace claimsmith::store::sql
