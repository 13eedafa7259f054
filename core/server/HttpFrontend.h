#pragma once

#include <QAbstractHttpServer>
#include <QHttpServerResponder>

#include <functional>

namespace claimsmith::server {

// Qt HTTP Server's connection handling with every request given to one
// function together with its responder, which it may keep and answer later
// (Server answers when the worker is done). Qt's own router is not used: its
// QFuture responses keep raw pointers to the socket and the request (Qt
// 6.4), which a client that hangs up would leave dangling.
class HttpFrontend final : public QAbstractHttpServer
{
public:
    using Handler = std::function<void(const QHttpServerRequest&, QHttpServerResponder&&)>;
    explicit HttpFrontend(Handler handler, QObject* parent = nullptr)
        : QAbstractHttpServer(parent)
        , m_handler(std::move(handler))
    {}

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override
    {
        m_handler(request, makeResponder(request, socket));
        return true;
    }
    void missingHandler(const QHttpServerRequest&, QTcpSocket*) override {}

private:
    Handler m_handler;
};

} // namespace claimsmith::server
