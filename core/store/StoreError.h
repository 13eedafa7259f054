#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <variant>

namespace claimsmith::store {

// What went wrong, in terms every Store implementation shares, so that the
// GUI and the server treat a conflict from SQLite and one from a remote
// server alike.
enum class ErrorKind : std::uint8_t
{
    None,
    NotFound,     // no record with that id
    Conflict,     // the record changed since it was read (stale version)
    Duplicate,    // a unique value (email, external id, slug …) is taken
    Limit,        // a limits-profile rule or a size limit
    Invalid,      // a field's value is not allowed
    Unauthorized, // no or unknown credentials (remote stores)
    Forbidden,    // not allowed for these credentials, or never (private keys)
    Unavailable,  // the store cannot be reached, opened or written now
    Internal,     // a bug or a damaged store
};

const char* errorKindName(ErrorKind kind);

// Why a store is Unavailable, where someone can act on the difference: the
// server answers a full disk 507 (not 503, which clients retry) and
// RemoteStore turns that back into the same error; the GUI checks again
// and again for a server that did not answer, until it does.
enum class Cause : std::uint8_t
{
    Unspecified,
    DiskFull,    // the disk holding the store (or its key file) has no room left
    Unreachable, // a remote store's server did not answer (refused, timed out, hung up)
};

struct Error
{
    ErrorKind kind = ErrorKind::None;
    std::string message;             // what went wrong and what to do, for people
    std::string field;               // the field at fault ("email", "metadata.plan"), if any
    std::string recordId;            // the record that holds the duplicate value / that changed
    std::int64_t currentVersion = 0; // Conflict: the version now stored
    Cause cause = Cause::Unspecified;

    bool ok() const { return kind == ErrorKind::None; }
    explicit operator bool() const { return kind != ErrorKind::None; }

    static Error make(ErrorKind kind, std::string message, std::string field = {},
                      std::string recordId = {});
    static Error notFound(std::string what, std::string id);
    static Error conflict(std::string what, std::string id, std::int64_t expected,
                          std::int64_t current);
    // Unavailable because the disk is full; `message` says which and to free some space.
    static Error diskFull(std::string message);
};

// A value or the error that prevented it.
template <typename T>
class Result
{
public:
    Result(T value)
        : m_v(std::move(value))
    {}
    Result(Error error)
        : m_v(std::move(error))
    {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *std::get_if<T>(&m_v); }
    T& value() & { return *std::get_if<T>(&m_v); }
    T&& value() && { return std::move(*std::get_if<T>(&m_v)); }
    const T* operator->() const { return std::get_if<T>(&m_v); }
    T* operator->() { return std::get_if<T>(&m_v); }
    const T& operator*() const& { return value(); }
    const Error& error() const
    {
        static const Error none;
        const Error* e = std::get_if<Error>(&m_v);
        return e ? *e : none;
    }

private:
    std::variant<T, Error> m_v;
};

} // namespace claimsmith::store
