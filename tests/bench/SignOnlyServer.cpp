#include "SignOnlyServer.h"

#include "json/Base64.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <poll.h>
#include <strings.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <unordered_map>

namespace claimsmith::bench {

namespace {

// The sizes of claimsmith's answer to POST /v1/tokens for a demo user: a
// signing input of about 880 characters and a body of about 1,040 bytes.
constexpr std::size_t kSigningInput = 880;

struct Connection
{
    std::string in;  // received, not yet answered
    std::string out; // answers not yet written
    bool waitsToWrite = false;
};

// The length of the first complete request in `in` (head and body), or 0.
std::size_t requestLength(const std::string& in)
{
    const std::size_t headEnd = in.find("\r\n\r\n");
    if (headEnd == std::string::npos)
        return 0;
    std::size_t body = 0;
    static constexpr char kLength[] = "\r\ncontent-length:";
    for (std::size_t at = in.find("\r\n"); at < headEnd; at = in.find("\r\n", at + 2)) {
        if (strncasecmp(in.data() + at, kLength, sizeof kLength - 1) == 0) {
            body = std::strtoull(in.data() + at + sizeof kLength - 1, nullptr, 10);
            break;
        }
    }
    const std::size_t total = headEnd + 4 + body;
    return in.size() >= total ? total : 0;
}

// One ES256 JWS signature over `input`, base64url of R || S.
bool sign(EVP_PKEY* key, const std::string& input, std::string& out)
{
    unsigned char der[80];
    std::size_t derLength = sizeof der;
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    const bool ok =
        ctx && EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, key) == 1 &&
        EVP_DigestSign(ctx, der, &derLength, reinterpret_cast<const unsigned char*>(input.data()),
                       input.size()) == 1;
    EVP_MD_CTX_free(ctx);
    if (!ok)
        return false;
    const unsigned char* p = der;
    ECDSA_SIG* sig = d2i_ECDSA_SIG(nullptr, &p, static_cast<long>(derLength));
    if (!sig)
        return false;
    unsigned char raw[64];
    const bool converted = BN_bn2binpad(ECDSA_SIG_get0_r(sig), raw, 32) == 32 &&
                           BN_bn2binpad(ECDSA_SIG_get0_s(sig), raw + 32, 32) == 32;
    ECDSA_SIG_free(sig);
    if (converted)
        base64::encode(out, std::string_view(reinterpret_cast<const char*>(raw), sizeof raw),
                       base64::Alphabet::Url, false);
    return converted;
}

// Answers every complete request in `c.in` into `c.out`.
bool answer(EVP_PKEY* key, const std::string& input, Connection& c,
            std::atomic<long long>& answered)
{
    while (const std::size_t used = requestLength(c.in)) {
        c.in.erase(0, used);
        std::string signature;
        if (!sign(key, input, signature))
            return false;
        const std::string body = "{\"access_token\":\"" + input + '.' + signature +
                                 "\",\"token_type\":\"Bearer\",\"expires_in\":900}";
        c.out += "HTTP/1.1 200 OK\r\nCache-Control: no-store\r\n"
                 "Content-Type: application/json\r\nContent-Length: ";
        c.out += std::to_string(body.size());
        c.out += "\r\n\r\n";
        c.out += body;
        answered.fetch_add(1, std::memory_order_relaxed);
    }
    return true;
}

void closeAll(std::vector<int>& fds)
{
    for (int fd : fds)
        ::close(fd);
    fds.clear();
}

} // namespace

SignOnlyServer::~SignOnlyServer()
{
    stop();
}

bool SignOnlyServer::start(int threads, std::string& error)
{
    const auto fail = [&](const char* what) {
        error = std::string("sign-only server: ") + what + ": " + std::strerror(errno);
        stop();
        return false;
    };
    m_key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
    if (!m_key) {
        error = "sign-only server: cannot make a P-256 key";
        return false;
    }
    m_listener = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (m_listener < 0)
        return fail("socket");
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    if (::bind(m_listener, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
        ::listen(m_listener, 1024) != 0 ||
        ::getsockname(m_listener, reinterpret_cast<sockaddr*>(&address), &length) != 0)
        return fail("listen on loopback");
    m_port = ntohs(address.sin_port);
    m_stop = false;
    for (int i = 0; i < threads; ++i) {
        const int epoll = ::epoll_create1(EPOLL_CLOEXEC);
        if (epoll < 0)
            return fail("epoll_create1");
        m_epolls.push_back(epoll);
    }
    for (int epoll : m_epolls)
        m_threads.emplace_back([this, epoll] { serve(epoll); });
    m_threads.emplace_back([this] { accept(); });
    return true;
}

void SignOnlyServer::stop()
{
    m_stop = true;
    for (std::thread& t : m_threads)
        t.join();
    m_threads.clear();
    closeAll(m_epolls);
    if (m_listener >= 0)
        ::close(m_listener);
    m_listener = -1;
    EVP_PKEY_free(static_cast<EVP_PKEY*>(m_key));
    m_key = nullptr;
}

void SignOnlyServer::accept()
{
    // One acceptor hands the connections to the threads in turn, so that
    // each serves as many as the others.
    std::size_t next = 0;
    while (!m_stop.load(std::memory_order_relaxed)) {
        pollfd listener{m_listener, POLLIN, 0};
        if (::poll(&listener, 1, 100) <= 0)
            continue;
        for (;;) {
            const int client =
                ::accept4(m_listener, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
            if (client < 0)
                break;
            const int one = 1;
            ::setsockopt(client, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
            epoll_event event{};
            event.events = EPOLLIN;
            event.data.fd = client;
            if (::epoll_ctl(m_epolls[next++ % m_epolls.size()], EPOLL_CTL_ADD, client, &event) != 0)
                ::close(client);
        }
    }
}

void SignOnlyServer::serve(int epoll)
{
    auto* key = static_cast<EVP_PKEY*>(m_key);
    std::unordered_map<int, Connection> connections;
    const std::string header = "eyJhbGciOiJFUzI1NiIsImtpZCI6ImJlbmNoIiwidHlwIjoiSldUIn0.";
    const std::string input = header + std::string(kSigningInput - header.size(), 'e');
    epoll_event events[64];
    const auto drop = [&](int fd) {
        ::epoll_ctl(epoll, EPOLL_CTL_DEL, fd, nullptr);
        ::close(fd);
        connections.erase(fd);
    };
    while (!m_stop.load(std::memory_order_relaxed)) {
        const int n = ::epoll_wait(epoll, events, 64, 100);
        for (int i = 0; i < n; ++i) {
            const int fd = events[i].data.fd;
            Connection& c = connections[fd];
            if (events[i].events & (EPOLLIN | EPOLLHUP | EPOLLERR)) {
                char buffer[16384];
                const ssize_t got = ::read(fd, buffer, sizeof buffer);
                if (got == 0 || (got < 0 && errno != EAGAIN && errno != EINTR)) {
                    drop(fd);
                    continue;
                }
                if (got > 0)
                    c.in.append(buffer, static_cast<std::size_t>(got));
                if (!answer(key, input, c, m_answered)) {
                    drop(fd);
                    continue;
                }
            }
            while (!c.out.empty()) {
                const ssize_t sent = ::write(fd, c.out.data(), c.out.size());
                if (sent <= 0)
                    break;
                c.out.erase(0, static_cast<std::size_t>(sent));
            }
            // What the socket did not take goes when it can take more.
            if (c.waitsToWrite != !c.out.empty()) {
                c.waitsToWrite = !c.out.empty();
                epoll_event event{};
                event.events = EPOLLIN | (c.waitsToWrite ? EPOLLOUT : 0u);
                event.data.fd = fd;
                ::epoll_ctl(epoll, EPOLL_CTL_MOD, fd, &event);
            }
        }
    }
    for (auto& [fd, connection] : connections)
        ::close(fd);
}

} // namespace claimsmith::bench
