#include "Reader.h"

#include "Utf8.h"

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

// Builds a Value from RapidJSON's SAX events.
class Builder
{
public:
    explicit Builder(const ParseOptions& o)
        : m_options(o)
    {}

    bool Null() { return add(Value()); }
    bool Bool(bool b) { return add(Value(b)); }
    bool Int(int i) { return add(Value(i)); }
    bool Uint(unsigned u) { return add(Value(u)); }
    bool Int64(std::int64_t i) { return add(Value(static_cast<long long>(i))); }
    bool Uint64(std::uint64_t u) { return add(Value(static_cast<unsigned long long>(u))); }
    bool Double(double d) { return add(Value::fromDouble(d)); }
    bool RawNumber(const char* s, rapidjson::SizeType len, bool)
    {
        Value v;
        Value::fromNumberText(std::string_view(s, len), v);
        return add(std::move(v));
    }
    bool String(const char* s, rapidjson::SizeType len, bool)
    {
        return add(Value(std::string(s, len)));
    }
    bool StartObject() { return open(Value(Object{})); }
    bool Key(const char* s, rapidjson::SizeType len, bool)
    {
        Frame& f = m_stack.back();
        std::string key(s, len);
        if (!m_options.allowDuplicateKeys && isDuplicate(f, key)) {
            m_error = "duplicate member name \"" + utf8::sanitized(key) + "\"";
            return false;
        }
        f.key = std::move(key);
        return true;
    }
    bool EndObject(rapidjson::SizeType) { return close(); }
    bool StartArray() { return open(Value(Array{})); }
    bool EndArray(rapidjson::SizeType) { return close(); }

    Value takeRoot() { return std::move(m_root); }
    const std::string& error() const { return m_error; }

private:
    struct Frame
    {
        Value container;
        std::string key;
        std::unordered_set<std::string> keys; // only for large objects
    };

    bool isDuplicate(Frame& f, const std::string& key)
    {
        const Object& members = f.container.object();
        if (members.size() < kLinearDuplicateCheck) {
            for (const Member& m : members) {
                if (m.key == key)
                    return true;
            }
            return false;
        }
        if (f.keys.empty()) {
            for (const Member& m : members)
                f.keys.insert(m.key);
        }
        return !f.keys.insert(key).second;
    }

    bool add(Value v)
    {
        if (m_stack.empty()) {
            m_root = std::move(v);
            return true;
        }
        Frame& f = m_stack.back();
        if (f.container.isArray())
            f.container.array().push_back(std::move(v));
        else
            f.container.object().push_back(Member{std::move(f.key), std::move(v)});
        return true;
    }

    bool open(Value container)
    {
        if (static_cast<int>(m_stack.size()) >= m_options.maxDepth) {
            m_error = "nesting deeper than " + std::to_string(m_options.maxDepth) + " levels";
            return false;
        }
        m_stack.push_back(Frame{std::move(container), {}, {}});
        return true;
    }

    bool close()
    {
        Value v = std::move(m_stack.back().container);
        m_stack.pop_back();
        return add(std::move(v));
    }

    const ParseOptions& m_options;
    std::vector<Frame> m_stack;
    Value m_root;
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
