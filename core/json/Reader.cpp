#include "Reader.h"

#include "Utf8.h"

#include <cstring>
#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>
#include <unordered_set>

namespace claimsmith::json {

namespace {

constexpr unsigned kFlags = rapidjson::kParseValidateEncodingFlag | rapidjson::kParseIterativeFlag |
                            rapidjson::kParseNumbersAsStringsFlag;
// Objects with more members than this get a hash set for the duplicate check.
constexpr std::size_t kLinearDuplicateCheck = 24;

// RapidJSON refuses a \u escape of the first half of a surrogate pair
// without the second, but reads the second half alone (RFC 8259 §8.2 allows
// both) as the three bytes UTF-8 would have for it, which are not UTF-8.
// Such a half becomes U+FFFD, as the writer would write it anyway, so that
// every string read is UTF-8 and writes back the same.
std::string withoutLoneSurrogates(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto b = static_cast<unsigned char>(s[i]);
        const auto next = i + 1 < s.size() ? static_cast<unsigned char>(s[i + 1]) : 0;
        if (b == 0xED && next >= 0xA0 && next <= 0xBF && i + 2 < s.size()) {
            out += "\xEF\xBF\xBD";
            i += 2;
        } else {
            out += s[i];
        }
    }
    return out;
}

std::string textOf(const char* s, rapidjson::SizeType len)
{
    // (Every such half starts with 0xED, which is rare in text.)
    const std::string_view text(s, len);
    if (!std::memchr(s, 0xED, len) || utf8::isValid(text))
        return std::string(text);
    return withoutLoneSurrogates(text);
}

// "100,000".
std::string withThousands(std::size_t n)
{
    std::string digits = std::to_string(n);
    for (std::size_t i = digits.size(); i > 3; i -= 3)
        digits.insert(i - 3, 1, ',');
    return digits;
}

// Builds a Value from RapidJSON's SAX events. Values and keys collect on
// scratch stacks shared by all levels; a container is made at its end with
// exactly the size RapidJSON reports, so that nothing grows member by member.
class Builder
{
public:
    explicit Builder(const ParseOptions& o)
        : m_options(o)
    {
        m_values.reserve(64);
        m_keys.reserve(32);
    }

    bool Null() { return emplace(); }
    bool Bool(bool b) { return emplace(b); }
    bool Int(int i) { return emplace(i); }
    bool Uint(unsigned u) { return emplace(u); }
    bool Int64(std::int64_t i) { return emplace(static_cast<long long>(i)); }
    bool Uint64(std::uint64_t u) { return emplace(static_cast<unsigned long long>(u)); }
    bool Double(double d) { return emplace(Value::fromDouble(d)); }
    bool RawNumber(const char* s, rapidjson::SizeType len, bool)
    {
        Value::fromNumberText(std::string_view(s, len), m_values.emplace_back());
        return counted();
    }
    bool String(const char* s, rapidjson::SizeType len, bool) { return emplace(textOf(s, len)); }
    bool StartObject() { return open(true); }
    bool Key(const char* s, rapidjson::SizeType len, bool)
    {
        std::string text = textOf(s, len);
        const std::string_view key(text);
        if (m_keys.size() - m_frames.back().keys >= m_options.maxMembers) {
            m_error = "an object has more than " + withThousands(m_options.maxMembers) +
                      " members, the limit for one object";
            return false;
        }
        if (!m_options.allowDuplicateKeys && isDuplicate(key)) {
            m_error = "duplicate member name \"" + utf8::sanitized(key) + "\"";
            return false;
        }
        m_keys.push_back(std::move(text));
        return true;
    }
    bool EndObject(rapidjson::SizeType count)
    {
        const Frame f = m_frames.back();
        m_frames.pop_back();
        Object members;
        members.reserve(count);
        for (std::size_t i = 0; i < count; ++i)
            members.push_back(
                Member{std::move(m_keys[f.keys + i]), std::move(m_values[f.values + i])});
        m_keys.resize(f.keys);
        m_values.resize(f.values);
        return emplace(std::move(members));
    }
    bool StartArray() { return open(false); }
    bool EndArray(rapidjson::SizeType count)
    {
        const Frame f = m_frames.back();
        m_frames.pop_back();
        Array elements(
            std::make_move_iterator(m_values.begin() + static_cast<std::ptrdiff_t>(f.values)),
            std::make_move_iterator(m_values.begin() +
                                    static_cast<std::ptrdiff_t>(f.values + count)));
        m_values.resize(f.values);
        return emplace(std::move(elements));
    }

    Value takeRoot() { return std::move(m_values.front()); }
    const std::string& error() const { return m_error; }

private:
    struct Frame
    {
        std::size_t values; // where this container's values start in m_values
        std::size_t keys;   // where its keys start in m_keys
        std::size_t hashed; // keys already in m_keySet (large objects only)
        bool object;
    };

    bool isDuplicate(std::string_view key)
    {
        Frame& f = m_frames.back();
        const std::size_t n = m_keys.size() - f.keys;
        if (n < kLinearDuplicateCheck) {
            for (std::size_t i = f.keys; i < m_keys.size(); ++i) {
                if (m_keys[i] == key)
                    return true;
            }
            return false;
        }
        // A large object: hash its keys (one object at a time needs this).
        if (f.hashed == 0)
            m_keySet.clear();
        for (; f.hashed < n; ++f.hashed)
            m_keySet.insert(m_keys[f.keys + f.hashed]);
        return m_keySet.count(std::string(key)) > 0;
    }

    template <typename... Args>
    bool emplace(Args&&... args)
    {
        m_values.emplace_back(std::forward<Args>(args)...);
        return counted();
    }

    // After a value is added: whether the array it is in is still within the limit.
    bool counted()
    {
        if (m_frames.empty() || m_frames.back().object ||
            m_values.size() - m_frames.back().values <= m_options.maxElements)
            return true;
        m_error = "an array has more than " + withThousands(m_options.maxElements) +
                  " elements, the limit for one array";
        return false;
    }

    bool open(bool object)
    {
        if (static_cast<int>(m_frames.size()) >= m_options.maxDepth) {
            m_error = "nesting deeper than " + std::to_string(m_options.maxDepth) + " levels";
            return false;
        }
        // A nested large object invalidates the key set of its parent.
        if (!m_frames.empty())
            m_frames.back().hashed = 0;
        m_frames.push_back(Frame{m_values.size(), m_keys.size(), 0, object});
        return true;
    }

    const ParseOptions& m_options;
    std::vector<Value> m_values;
    std::vector<std::string> m_keys;
    std::vector<Frame> m_frames;
    std::unordered_set<std::string> m_keySet;
    std::string m_error;
};

} // namespace

std::string ParseError::toString() const
{
    return std::to_string(line) + ":" + std::to_string(column) + ": " + message;
}

void lineColumn(std::string_view text, std::size_t offset, int& line, int& column)
{
    if (offset > text.size())
        offset = text.size();
    line = 1;
    std::size_t lineStart = 0;
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    column = static_cast<int>(utf8::length(text.substr(lineStart, offset - lineStart))) + 1;
}

ParseResult parse(std::string_view text, const ParseOptions& options)
{
    ParseResult result;
    Builder builder(options);
    rapidjson::MemoryStream ms(text.data(), text.size());
    rapidjson::Reader reader;
    const rapidjson::ParseResult r = reader.Parse<kFlags>(ms, builder);
    if (r && ms.Tell() < text.size()) {
        // MemoryStream reads a NUL byte as the end of input: anything after it is junk.
        result.error.offset = ms.Tell();
        result.error.message = "unexpected NUL byte";
        lineColumn(text, result.error.offset, result.error.line, result.error.column);
        return result;
    }
    if (r) {
        result.ok = true;
        result.value = builder.takeRoot();
        return result;
    }
    result.error.offset = r.Offset();
    if (r.Code() == rapidjson::kParseErrorTermination && !builder.error().empty()) {
        result.error.message = builder.error();
    } else {
        std::string message = rapidjson::GetParseError_En(r.Code());
        // RapidJSON's messages end with a period and start with a capital.
        if (!message.empty() && message.back() == '.')
            message.pop_back();
        if (!message.empty() && message[0] >= 'A' && message[0] <= 'Z')
            message[0] = static_cast<char>(message[0] - 'A' + 'a');
        result.error.message = message;
    }
    lineColumn(text, result.error.offset, result.error.line, result.error.column);
    return result;
}

} // namespace claimsmith::json
