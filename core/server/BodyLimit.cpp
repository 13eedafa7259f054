#include "BodyLimit.h"

#include "Dispatch.h"
#include "Problem.h"

namespace claimsmith::server {

namespace {

// Larger bodies are not read to the end: the connection is closed at once.
constexpr qint64 kMaxDiscard = 64 * 1024 * 1024;
constexpr qint64 kMaxHead = 16 * 1024;

struct GuardState
{
    qint64 discard = 0; // body bytes still to throw away
    QByteArray method;
    QByteArray path;
};

} // namespace

QByteArray BodyLimit::refusal(const QByteArray& path, int status, int headers) const
{
    Response r =
        status == 431
            ? problem(problems::kHeadersTooLarge, "the request has " + std::to_string(headers) +
                                                      " header fields; the server takes up to " +
                                                      std::to_string(m_maxHeaders))
            : problem(problems::kTooLarge, "the body is larger than the server accepts (" +
                                               std::to_string(m_maxBody) + " bytes)");
    r = inShapeOf(m_router.apiOf(QString::fromUtf8(path)), r);
    const QByteArray reason =
        status == 431 ? "Request Header Fields Too Large" : "Payload Too Large";
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                     "\r\nContent-Type: " + r.contentType +
                     "\r\nContent-Length: " + QByteArray::number(r.body.size()) +
                     "\r\nConnection: close\r\n\r\n" + r.body;
    return out;
}

void BodyLimit::watch(QTcpSocket* socket) const
{
    auto state = std::make_shared<GuardState>();
    auto refuse = [this, socket, state] {
        socket->write(refusal(state->path));
        socket->disconnectFromHost();
        if (m_refused)
            m_refused(socket, 413, state->method, state->path);
    };
    auto consume = [socket, state, refuse] {
        // Qt HTTP Server reads each request inside a transaction, which
        // would keep every byte read for a rollback; end it first.
        if (socket->isTransactionStarted())
            socket->commitTransaction();
        const qint64 n = std::min(state->discard, socket->bytesAvailable());
        if (n > 0)
            socket->skip(n);
        state->discard -= n;
        if (state->discard == 0)
            refuse();
    };
    QObject::connect(
        socket, &QTcpSocket::readyRead, socket, [this, socket, state, consume, refuse] {
            if (state->discard > 0) {
                consume();
                return;
            }
            if (socket->isTransactionStarted() ||
                socket->state() != QAbstractSocket::ConnectedState)
                return; // Qt is inside a request (its headers came in pieces)
            const QByteArray head = socket->peek(kMaxHead);
            const qsizetype end = head.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            // One pass over the header lines, without copying them: count
            // them and find Content-Length and Expect.
            const qsizetype eol = head.indexOf("\r\n");
            int fields = 0;
            qint64 length = -1;
            bool expectContinue = false;
            for (qsizetype from = eol + 2; from < end;) {
                qsizetype to = head.indexOf("\r\n", from);
                if (to < 0 || to > end)
                    to = end;
                ++fields;
                const QByteArrayView line(head.constData() + from, to - from);
                const qsizetype colon = line.indexOf(':');
                if (colon > 0) {
                    const QByteArrayView name = line.first(colon).trimmed();
                    const QByteArrayView value = line.sliced(colon + 1).trimmed();
                    if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
                        bool ok = false;
                        length = value.toLongLong(&ok);
                        if (!ok)
                            return; // Qt answers malformed requests itself
                    } else if (name.compare("expect", Qt::CaseInsensitive) == 0) {
                        expectContinue = value.compare("100-continue", Qt::CaseInsensitive) == 0;
                    }
                }
                from = to + 2;
            }
            if (fields <= m_maxHeaders && length <= m_maxBody)
                return;
            const QList<QByteArray> requestLine = head.left(eol).split(' ');
            if (fields > m_maxHeaders) {
                QByteArray path = requestLine.value(1);
                if (const qsizetype q = path.indexOf('?'); q >= 0)
                    path.truncate(q);
                socket->skip(end + 4);
                socket->write(refusal(path, 431, fields));
                socket->disconnectFromHost();
                if (m_refused)
                    m_refused(socket, 431, requestLine.value(0), path);
                return;
            }
            state->method = requestLine.value(0);
            state->path = requestLine.value(1);
            const qsizetype q = state->path.indexOf('?');
            if (q >= 0)
                state->path.truncate(q);
            socket->skip(end + 4);
            if (expectContinue || length > kMaxDiscard) {
                refuse();
                return;
            }
            state->discard = length;
            consume();
        });
}

} // namespace claimsmith::server
