#pragma once

#include <string>

namespace claimsmith::store {

// How RemoteStore reaches a Claimsmith server.
struct RemoteOptions
{
    std::string url;       // "http://127.0.0.1:8080" (a trailing '/' is ignored)
    std::string apiKey;    // sent as Authorization: Bearer; never logged or put in messages
    int timeoutMs = 15000; // per attempt, the whole exchange
    // Idempotent requests (GET, PUT, and writes with If-Match) are tried
    // again this many times after a connection error or a 502, 503 or 504,
    // waiting backoffMs, then twice as long each time.
    int retries = 3;
    int backoffMs = 100;
};

} // namespace claimsmith::store
