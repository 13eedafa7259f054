#pragma once

// The least an HTTP server can do per token, as a reference for the token
// figures of the server suite: plain epoll on loopback, one thread per core
// (and an acceptor that hands them the connections in turn),
// and per request only finding where it ends (the blank line and
// Content-Length), one ES256 signature over a token-sized input (with the
// DER to JOSE conversion and base64url) and an answer of the size of
// claimsmith's own. No authentication, no store, no template, no log.
//
// What wrk reaches against it on the same cores is the ceiling of any token
// server on this machine, wrk's own CPU included; claimsmith's token rate is
// reported against it as well as against the bare signature rate.

#include <atomic>
#include <cstdint>
#include <string>
#include <thread>
#include <vector>

namespace claimsmith::bench {

class SignOnlyServer
{
public:
    SignOnlyServer() = default;
    ~SignOnlyServer(); // stops
    SignOnlyServer(const SignOnlyServer&) = delete;
    SignOnlyServer& operator=(const SignOnlyServer&) = delete;

    // Listens on a free loopback port with `threads` threads; false with
    // `error` set when it cannot.
    bool start(int threads, std::string& error);
    std::uint16_t port() const { return m_port; }
    // Answers given so far.
    long long answered() const { return m_answered.load(); }
    void stop();

private:
    void accept();
    void serve(int epoll);

    int m_listener = -1;
    std::uint16_t m_port = 0;
    std::vector<int> m_epolls;
    std::vector<std::thread> m_threads;
    std::atomic<bool> m_stop{false};
    std::atomic<long long> m_answered{0};
    void* m_key = nullptr; // EVP_PKEY
};

} // namespace claimsmith::bench
