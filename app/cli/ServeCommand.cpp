#include "ServeCommand.h"

#include "CliSupport.h"
#include "StoreAccess.h"
#include "server/Server.h"
#include "server/ShutdownSignals.h"

#include <QCoreApplication>
#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace claimsmith::cli {

namespace {

// HOST:PORT, [IPv6]:PORT or :PORT (all interfaces).
bool parseListen(const QString& text, QHostAddress& address, quint16& port)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon < 0)
        return false;
    QString host = text.left(colon);
    bool ok = false;
    const uint p = text.mid(colon + 1).toUInt(&ok);
    if (!ok || p > 65535)
        return false;
    port = static_cast<quint16>(p);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    if (host.isEmpty()) {
        address = QHostAddress::Any;
        return true;
    }
    if (host == u"localhost"_s) {
        address = QHostAddress::LocalHost;
        return true;
    }
    return address.setAddress(host);
}

} // namespace

int runServe(const QStringList& args)
{
    CommandLine cl(
        u"claimsmith serve --store FILE --listen HOST:PORT [--tls-cert FILE --tls-key FILE]"_s,
        u"Serves the store over HTTP (HTTPS with --tls-cert and --tls-key): the REST API,\n"
        "the JWKS and the token endpoint. Clients need an API key (claimsmith apikey create).\n"
        "One access log line (JSON) per request goes to standard error. SIGTERM or SIGINT\n"
        "stops accepting connections, finishes the requests under way and exits with 0."_s);
    auto& p = cl.parser();
    p.addOption(storeOption(u"The store to serve."_s));
    p.addOption({u"listen"_s, u"The address and port, such as 127.0.0.1:8080 or [::]:8443."_s,
                 u"host:port"_s});
    p.addOption(
        {u"tls-cert"_s, u"The server's certificate (PEM; the chain may follow)."_s, u"file"_s});
    p.addOption({u"tls-key"_s, u"The certificate's private key (PEM, RSA or EC)."_s, u"file"_s});
    p.addOption(
        {u"max-body"_s, u"The largest request body in bytes (default 1048576)."_s, u"bytes"_s});
    p.addOption({u"threads"_s, u"Store threads (default: twice the cores, at least 4)."_s, u"n"_s});
    p.addOption({u"request-timeout"_s,
                 u"Seconds a client may take to send a request, or to take a part of its answer "
                 "(default 30)."_s,
                 u"seconds"_s});
    p.addOption({u"idle-timeout"_s,
                 u"Seconds a kept-alive connection may wait for its next request (default 60)."_s,
                 u"seconds"_s});
    p.addOption({u"auth-failure-limit"_s,
                 u"Requests with an unknown API key one client address may send before it must "
                 "wait (one more every 3 s; default 20)."_s,
                 u"n"_s});
    if (auto code = cl.parse(args, 0, 0))
        return *code;
    if (!p.isSet(u"store"_s))
        return cl.usageError(u"serve needs --store FILE"_s);
    if (!p.isSet(u"listen"_s))
        return cl.usageError(u"serve needs --listen HOST:PORT"_s);
    server::ServerOptions options;
    if (!parseListen(p.value(u"listen"_s), options.address, options.port))
        return cl.usageError(u"--listen takes HOST:PORT, such as 127.0.0.1:8080 (not \"%1\")"_s.arg(
            p.value(u"listen"_s)));
    if (p.isSet(u"tls-cert"_s) != p.isSet(u"tls-key"_s))
        return cl.usageError(u"give both --tls-cert and --tls-key, or neither"_s);
    options.tlsCertificate = p.value(u"tls-cert"_s);
    options.tlsKey = p.value(u"tls-key"_s);
    if (p.isSet(u"max-body"_s)) {
        bool ok = false;
        options.maxBody = p.value(u"max-body"_s).toLongLong(&ok);
        if (!ok || options.maxBody < 1)
            return cl.usageError(u"--max-body takes a number of bytes"_s);
    }
    if (p.isSet(u"threads"_s)) {
        bool ok = false;
        options.threads = p.value(u"threads"_s).toInt(&ok);
        if (!ok || options.threads < 1 || options.threads > 256)
            return cl.usageError(u"--threads takes 1 to 256"_s);
    }

    const auto seconds = [&](const QString& name, int& ms) -> bool {
        if (!p.isSet(name))
            return true;
        bool ok = false;
        const double v = p.value(name).toDouble(&ok);
        if (!ok || v < 0.05 || v > 86400)
            return false;
        ms = static_cast<int>(v * 1000);
        return true;
    };
    if (!seconds(u"request-timeout"_s, options.timeouts.requestMs))
        return cl.usageError(u"--request-timeout takes seconds, 0.05 to 86400"_s);
    options.timeouts.writeMs = options.timeouts.requestMs;
    if (!seconds(u"idle-timeout"_s, options.timeouts.idleMs))
        return cl.usageError(u"--idle-timeout takes seconds, 0.05 to 86400"_s);
    if (p.isSet(u"auth-failure-limit"_s)) {
        bool ok = false;
        options.authFailureBurst = p.value(u"auth-failure-limit"_s).toInt(&ok);
        if (!ok || options.authFailureBurst < 1 || options.authFailureBurst > 1000000)
            return cl.usageError(u"--auth-failure-limit takes 1 to 1000000"_s);
    }

    // Open once here, so that a wrong path or a damaged store fails now with
    // the CLI's exit codes; each store thread then opens its own connection.
    // This one stays open while the server runs: SQLite keeps the store's
    // -wal and -shm files while a connection is open, so that a store thread
    // opening its connection later never has to make them, and still can
    // (and serves reads) when the disk has filled up meanwhile.
    const QString path = p.value(u"store"_s);
    int code = kOk;
    const std::unique_ptr<store::SqliteStore> keeper = openSqliteStore(path, false, code);
    if (!keeper)
        return code;
    options.openStore = [path]() -> store::Result<std::unique_ptr<store::SqliteStore>> {
        auto opened = store::SqliteStore::open(path.toStdString(), {});
        if (!opened)
            return opened.error();
        return std::move(opened.value());
    };

    server::ShutdownSignals stopSignals;
    server::Server srv(std::move(options));
    QString error;
    if (!srv.start(error)) {
        err(u"claimsmith: %1\n"_s.arg(error));
        return kUsage;
    }
    const QString host = p.value(u"listen"_s).left(p.value(u"listen"_s).lastIndexOf(u':'));
    err(u"claimsmith: serving %1 on %2://%3:%4\n"_s
            .arg(path, srv.tls() ? u"https"_s : u"http"_s, host.isEmpty() ? u"0.0.0.0"_s : host)
            .arg(srv.port()));
    QObject::connect(&stopSignals, &server::ShutdownSignals::received, &srv, [&srv](int) {
        err("claimsmith: stopping: finishing the requests under way\n");
        srv.shutdown();
    });
    QObject::connect(&srv, &server::Server::stopped, qApp, [] { QCoreApplication::exit(0); });
    const int rc = QCoreApplication::exec();
    err("claimsmith: stopped\n");
    return rc;
}

} // namespace claimsmith::cli
