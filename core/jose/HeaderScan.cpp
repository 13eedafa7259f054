#include "HeaderScan.h"

#include <algorithm>
#include <optional>
#include <rapidjson/reader.h>
#include <vector>

namespace claimsmith::jose::detail {

namespace {

// As json::parse: validated UTF-8, iterative (no recursion), numbers kept as text.
// In place: strings are unescaped inside the buffer instead of being copied.
constexpr unsigned kFlags = rapidjson::kParseValidateEncodingFlag |
                            rapidjson::kParseNumbersAsStringsFlag | rapidjson::kParseInsituFlag;
constexpr std::size_t kMaxDepth = 512; // json::ParseOptions' default

// Member names of the open objects, all levels in one list; kept per thread
// so that a scan allocates nothing once warm.
struct Scratch
{
    std::vector<std::string_view> names; // point into the buffer being parsed
    std::vector<std::size_t> levelStart;
    rapidjson::Reader reader;
};

class Scanner
{
public:
    Scanner(HeaderFacts& facts, Scratch& scratch)
        : m_facts(facts)
        , m_names(scratch.names)
        , m_levelStart(scratch.levelStart)
    {
        m_names.clear();
        m_levelStart.clear();
    }

    bool Null() { return scalar(); }
    bool Bool(bool) { return scalar(); }
    bool Int(int) { return scalar(); }
    bool Uint(unsigned) { return scalar(); }
    bool Int64(std::int64_t) { return scalar(); }
    bool Uint64(std::uint64_t) { return scalar(); }
    bool Double(double) { return scalar(); }
    bool RawNumber(const char*, rapidjson::SizeType, bool) { return scalar(); }
    bool String(const char* s, rapidjson::SizeType len, bool)
    {
        if (m_pendingAlg) {
            m_facts.alg.assign(s, len);
            m_facts.algIsString = true;
        }
        return scalar();
    }
    bool StartObject() { return open(true); }
    bool StartArray() { return open(false); }
    bool Key(const char* s, rapidjson::SizeType len, bool)
    {
        const std::string_view key(s, len);
        const auto level = m_names.begin() + static_cast<std::ptrdiff_t>(m_levelStart.back());
        if (std::find(level, m_names.end(), key) != m_names.end())
            return false;
        m_names.emplace_back(key);
        if (m_levelStart.size() == 1) {
            m_pendingAlg = key == "alg";
            if (key == "crit")
                m_facts.hasCrit = true;
        }
        return true;
    }
    bool EndObject(rapidjson::SizeType) { return close(); }
    bool EndArray(rapidjson::SizeType) { return close(); }

private:
    bool scalar()
    {
        m_pendingAlg = false;
        return !m_levelStart.empty(); // the header itself must be an object
    }
    bool open(bool object)
    {
        m_pendingAlg = false;
        if ((m_levelStart.empty() && !object) || m_levelStart.size() >= kMaxDepth)
            return false;
        m_levelStart.push_back(m_names.size());
        return true;
    }
    bool close()
    {
        m_names.resize(m_levelStart.back());
        m_levelStart.pop_back();
        return true;
    }

    HeaderFacts& m_facts;
    std::vector<std::string_view>& m_names;
    std::vector<std::size_t>& m_levelStart;
    bool m_pendingAlg = false;
};

// The common header, {"alg":"…","kid":"…","typ":"JWT"}: one flat object whose
// values are strings of printable ASCII without escapes. This accepts only
// such objects (a subset of JSON) and answers nullopt for anything else,
// which then goes to RapidJSON.
class FlatScanner
{
public:
    explicit FlatScanner(std::string_view text)
        : m_p(text.data())
        , m_end(text.data() + text.size())
    {}

    std::optional<bool> scan(HeaderFacts& out)
    {
        std::string_view names[16];
        std::size_t count = 0;
        skipSpace();
        if (!eat('{'))
            return std::nullopt;
        skipSpace();
        if (eat('}'))
            return atEnd();
        while (true) {
            std::string_view name, value;
            if (count == std::size(names) || !string(name))
                return std::nullopt;
            skipSpace();
            if (!eat(':'))
                return std::nullopt;
            skipSpace();
            if (!string(value))
                return std::nullopt;
            for (std::size_t i = 0; i < count; ++i) {
                if (names[i] == name)
                    return false; // a duplicate member
            }
            names[count++] = name;
            if (name == "alg") {
                out.alg.assign(value);
                out.algIsString = true;
            } else if (name == "crit") {
                out.hasCrit = true;
            }
            skipSpace();
            if (eat('}'))
                return atEnd();
            if (!eat(','))
                return std::nullopt;
            skipSpace();
        }
    }

private:
    bool eat(char c)
    {
        if (m_p == m_end || *m_p != c)
            return false;
        ++m_p;
        return true;
    }
    void skipSpace()
    {
        while (m_p != m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            ++m_p;
    }
    bool string(std::string_view& out)
    {
        if (!eat('"'))
            return false;
        const char* start = m_p;
        while (m_p != m_end && *m_p != '"') {
            const auto c = static_cast<unsigned char>(*m_p);
            if (c < 0x20 || c > 0x7E || c == '\\')
                return false;
            ++m_p;
        }
        out = std::string_view(start, static_cast<std::size_t>(m_p - start));
        return eat('"');
    }
    std::optional<bool> atEnd()
    {
        skipSpace();
        if (m_p != m_end)
            return std::nullopt;
        return true;
    }

    const char* m_p;
    const char* m_end;
};

} // namespace

bool scanHeader(std::string& text, HeaderFacts& out)
{
    out.hasCrit = false;
    out.algIsString = false;
    out.alg.clear();
    if (const std::optional<bool> flat = FlatScanner(text).scan(out))
        return *flat;
    out.hasCrit = false;
    out.algIsString = false;
    out.alg.clear();
    thread_local Scratch scratch;
    Scanner scanner(out, scratch);
    rapidjson::InsituStringStream in(text.data());
    const rapidjson::ParseResult r = scratch.reader.Parse<kFlags>(in, scanner);
    // The stream stops at a NUL byte: anything after it is junk.
    return r && in.Tell() == text.size();
}

} // namespace claimsmith::jose::detail
