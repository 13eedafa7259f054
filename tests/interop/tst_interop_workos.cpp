// The official WorkOS Node SDK (@workos-inc/node 8.13.0, installed by the
// test command into build/npm) drives the WorkOS-compatible API of the real
// `claimsmith serve` through tests/interop/workos-sdk.mjs, which asserts
// every step. Without node or the SDK this test fails and says so.

#include "ServerProcess.h"
#include "TestSupport.h"

#include <QDir>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace claimsmith;

class TestInteropWorkOs : public QObject
{
    Q_OBJECT

private slots:
    void officialSdkRunsEveryOperation();
};

void TestInteropWorkOs::officialSdkRunsEveryOperation()
{
    const QString node = QStandardPaths::findExecutable(u"node"_s);
    QVERIFY2(!node.isEmpty(), "node is not installed: scripts/install-deps.sh installs nodejs");
    const QString modules =
        QDir(QStringLiteral(CLAIMSMITH_TEST_BINARY_DIR)).filePath(u"npm/node_modules"_s);
    QVERIFY2(QFile::exists(modules + u"/@workos-inc/node/package.json"_s),
             "npm @workos-inc/node is not installed in build/npm: run scripts/test.sh (it "
             "installs @workos-inc/node@8.13.0)");

    test::ServerProcess server;
    QString e = server.prepare(3);
    QVERIFY2(e.isEmpty(), qPrintable(e));
    e = server.start();
    QVERIFY2(e.isEmpty(), qPrintable(e));

    // The role the script gives its membership must exist in the store.
    const QString role = u"member"_s;
    const auto found = server.request("GET", u"/v1/roles/"_s + role, {}, server.adminKey);
    if (found.status == 404) {
        const auto made = server.request(
            "POST", u"/v1/roles"_s,
            QByteArray(R"({"slug":"member","name":"Member","description":"WorkOS SDK test"})"),
            server.adminKey);
        QVERIFY2(made.status == 201, made.body.constData());
    } else {
        QVERIFY2(found.status == 200, found.body.constData());
    }

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"NODE_PATH"_s, modules);
    env.insert(u"CLAIMSMITH_URL"_s, server.baseUrl());
    env.insert(u"CLAIMSMITH_API_KEY"_s, QString::fromStdString(server.adminKey));
    env.insert(u"CLAIMSMITH_ROLE_SLUG"_s, role);
    const test::ProcessResult r =
        test::run(node, {test::sourcePath(u"tests/interop/workos-sdk.mjs"_s)}, {}, 300000, env);
    const QByteArray output = r.out + r.err;
    if (r.exitCode != 0) // QTest shortens messages: print the script's output whole
        std::fprintf(stderr, "%s\n", output.constData());
    QVERIFY2(r.exitCode == 0, output.constData());
    QVERIFY2(r.out.contains("all WorkOS SDK steps passed"), output.constData());
    // Every call went through the server's access log, with the key's name.
    QTRY_VERIFY(server.serverStderr().contains("\"path\":\"/user_management/users\""));
    QVERIFY(server.serverStderr().contains("\"path\":\"/organizations\",\"status\":201,"));
    QVERIFY(server.serverStderr().contains("\"key\":\"test admin\""));
    // The SDK's writes are audited with the key's name as the actor.
    const auto audit =
        server.request("GET", u"/v1/audit?actor=test%20admin&limit=1000"_s, {}, server.adminKey);
    QCOMPARE(audit.status, 200);
    QVERIFY2(audit.json.find("data")->array().size() >= 5, audit.body.constData());
    QCOMPARE(server.stop(), 0);
}

QTEST_GUILESS_MAIN(TestInteropWorkOs)
#include "tst_interop_workos.moc"
