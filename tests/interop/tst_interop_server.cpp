// A token from POST /v1/tokens of the real `claimsmith serve` verifies with
// the npm package `jose` through createRemoteJWKSet pointed at the server's
// /.well-known/jwks.json. The test command installs `jose` into the build
// tree (build/npm); without it this test fails and says so.

#include "ServerProcess.h"
#include "TestSupport.h"
#include "json/Reader.h"

#include <QDir>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace claimsmith;

class TestInteropServer : public QObject
{
    Q_OBJECT

private slots:
    void tokensVerifyWithRemoteJwks();
};

void TestInteropServer::tokensVerifyWithRemoteJwks()
{
    const QString node = QStandardPaths::findExecutable(u"node"_s);
    QVERIFY2(!node.isEmpty(), "node is not installed: scripts/install-deps.sh installs nodejs");
    const QString modules =
        QDir(QStringLiteral(CLAIMSMITH_TEST_BINARY_DIR)).filePath(u"npm/node_modules"_s);
    QVERIFY2(QFile::exists(modules + u"/jose/package.json"_s),
             "npm jose is not installed in build/npm: run scripts/test.sh (it installs it)");

    test::ServerProcess server;
    QString e = server.prepare(3);
    QVERIFY2(e.isEmpty(), qPrintable(e));
    e = server.start();
    QVERIFY2(e.isEmpty(), qPrintable(e));

    const auto users = server.request("GET", u"/v1/users?limit=1"_s, {}, server.adminKey);
    QCOMPARE(users.status, 200);
    const std::string userId = users.json.find("data")->at(0)->find("id")->string();
    const auto issued = server.request(
        "POST", u"/v1/tokens"_s, QByteArray::fromStdString("{\"user_id\":\"" + userId + "\"}"),
        server.adminKey);
    QVERIFY2(issued.status == 200, issued.body.constData());
    const std::string token = issued.json.find("access_token")->string();

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"NODE_PATH"_s, modules);
    const auto run = [&](const std::string& jws) {
        return test::run(node,
                         {test::sourcePath(u"tests/interop/jose-remote-jwks.mjs"_s),
                          server.baseUrl() + u"/.well-known/jwks.json"_s,
                          QString::fromStdString(jws)},
                         {}, 60000, env);
    };
    const test::ProcessResult r = run(token);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const json::ParseResult result = json::parse(r.out.trimmed().toStdString());
    QVERIFY2(result.ok, r.out.constData());
    QVERIFY2(result.value.find("ok")->toBool(), r.out.constData());
    QCOMPARE(result.value.find("payload")->find("sub")->string(), userId);

    // A tampered token does not verify.
    std::string bad = token;
    bad[bad.size() - 5] = bad[bad.size() - 5] == 'A' ? 'B' : 'A';
    const test::ProcessResult tampered = run(bad);
    const json::ParseResult refused = json::parse(tampered.out.trimmed().toStdString());
    QVERIFY2(refused.ok, tampered.out.constData());
    QVERIFY(!refused.value.find("ok")->toBool());
    // The server saw jose fetch the JWKS.
    QTRY_VERIFY(server.serverStderr().contains("\"path\":\"/.well-known/jwks.json\""));
    QCOMPARE(server.stop(), 0);
}

QTEST_GUILESS_MAIN(TestInteropServer)
#include "tst_interop_server.moc"
