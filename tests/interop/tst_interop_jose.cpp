// Interoperability with independent implementations, for every algorithm:
// tokens from `claimsmith render --sign` verify with the npm package `jose`,
// tokens made by `jose` verify with `claimsmith decode`, and the `openssl`
// command verifies our ES*, RS256, PS256 and EdDSA signatures over the
// signing input. The test command installs `jose` into the build tree
// (build/npm); without it this test fails and says so.

#include "TestSupport.h"
#include "jose/Algorithm.h"
#include "jose/Key.h"
#include "json/Base64.h"
#include "json/Reader.h"
#include "json/Writer.h"

#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace claimsmith;

namespace {

constexpr std::int64_t kNow = 1767225600; // 2026-01-01T00:00:00Z

QString nodeModules()
{
    return QDir(QStringLiteral(CLAIMSMITH_TEST_BINARY_DIR)).filePath(u"npm/node_modules"_s);
}

std::string der(std::string_view raw)
{
    // Raw r||s (JWS) to the DER SEQUENCE of two INTEGERs that openssl reads.
    auto integer = [](std::string_view half) {
        std::size_t i = 0;
        while (i + 1 < half.size() && half[i] == '\0')
            ++i;
        std::string v(half.substr(i));
        if (static_cast<unsigned char>(v[0]) & 0x80)
            v.insert(v.begin(), '\0');
        std::string out = "\x02";
        out += static_cast<char>(v.size());
        return out + v;
    };
    const std::size_t n = raw.size() / 2;
    const std::string body = integer(raw.substr(0, n)) + integer(raw.substr(n));
    std::string out = "\x30";
    if (body.size() > 127)
        out += '\x81';
    out += static_cast<char>(body.size());
    return out + body;
}

} // namespace

class TestInteropJose : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void claimsmithTokensVerifyWithJose();
    void joseTokensVerifyWithClaimsmith();
    void opensslVerifiesOurSignatures_data();
    void opensslVerifiesOurSignatures();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    void writeFile(const QString& name, const QByteArray& data);
    QByteArray readBack(const QString& name);
    test::ProcessResult cli(const QStringList& args);
    json::Value runNode(const json::Value& tasks);
    QString keyFile(jose::Algorithm alg);
    QByteArray signWithClaimsmith(jose::Algorithm alg);

    QTemporaryDir m_dir;
    QString m_node;
};

void TestInteropJose::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(test::claimsmithBinary()), "the claimsmith binary is not built");
    m_node = QStandardPaths::findExecutable(u"node"_s);
    QVERIFY2(!m_node.isEmpty(), "node is not installed: scripts/install-deps.sh installs nodejs");
    QVERIFY2(QFile::exists(nodeModules() + u"/jose/package.json"_s),
             qPrintable(u"the npm package jose is not installed in "_s + nodeModules() +
                        u": scripts/test.sh installs it (npm install --prefix build/npm jose)"_s));
    QVERIFY2(!QStandardPaths::findExecutable(u"openssl"_s).isEmpty(),
             "the openssl command is not installed: scripts/install-deps.sh installs it");
    writeFile(u"template.json"_s, R"({
  "urn:claimsmith:tier": {{ organization.metadata.tier || 'free' }},
  "urn:claimsmith:name": "{{ user.first_name }} {{ user.last_name }}",
  "urn:claimsmith:flags": {{ user.metadata.flags }}
})");
    writeFile(u"context.json"_s, R"({
  "user": {"id": "user_01HZ", "first_name": "Åsa", "last_name": "Ng", "metadata": {"flags": ["a", "b"], "big": 9007199254740993}},
  "organization": {"id": "org_01HZ", "metadata": {"tier": "gold"}},
  "organization_membership": {"role": {"slug": "admin"}, "roles": [{"slug": "admin"}], "permissions": ["users:read"]},
  "application": {"client_id": "client_42"},
  "session": {"id": "session_7"}
})");
}

void TestInteropJose::writeFile(const QString& name, const QByteArray& data)
{
    QFile f(path(name));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

QByteArray TestInteropJose::readBack(const QString& name)
{
    QFile f(path(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

test::ProcessResult TestInteropJose::cli(const QStringList& args)
{
    return test::run(test::claimsmithBinary(), args);
}

QString TestInteropJose::keyFile(jose::Algorithm alg)
{
    const QString name =
        u"key-"_s + QString::fromLatin1(jose::algorithmName(alg).data()) + u".jwk"_s;
    if (!QFile::exists(path(name))) {
        const auto r =
            cli({u"keys"_s, u"generate"_s, u"--alg"_s,
                 QString::fromLatin1(jose::algorithmName(alg).data()), u"--out"_s, path(name)});
        if (r.exitCode != 0)
            qWarning("keys generate failed: %s", r.err.constData());
    }
    return path(name);
}

QByteArray TestInteropJose::signWithClaimsmith(jose::Algorithm alg)
{
    const auto r = cli({u"render"_s, path(u"template.json"_s), u"--context"_s,
                        path(u"context.json"_s), u"--sign"_s, u"--key"_s, keyFile(alg), u"--now"_s,
                        QString::number(kNow), u"--issuer"_s, u"https://auth.example.com"_s});
    if (r.exitCode != 0)
        qWarning("render --sign failed: %s", r.err.constData());
    return r.out.trimmed();
}

json::Value TestInteropJose::runNode(const json::Value& tasks)
{
    writeFile(u"tasks.json"_s, QByteArray::fromStdString(json::toString(tasks)));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"NODE_PATH"_s, nodeModules());
    const auto r = test::run(
        m_node, {test::sourcePath(u"tests/interop/jose-interop.mjs"_s), path(u"tasks.json"_s)}, {},
        120000, env);
    if (r.exitCode != 0)
        qWarning("node failed: %s", r.err.constData());
    const json::ParseResult parsed = json::parse(r.out.toStdString());
    return parsed.ok ? parsed.value : json::Value();
}

void TestInteropJose::claimsmithTokensVerifyWithJose()
{
    const auto expected =
        cli({u"render"_s, path(u"template.json"_s), u"--context"_s, path(u"context.json"_s),
             u"--payload"_s, u"--now"_s, QString::number(kNow), u"--issuer"_s,
             u"https://auth.example.com"_s});
    QCOMPARE(expected.exitCode, 0);
    const json::Value payload = json::parse(expected.out.toStdString()).value;
    QCOMPARE(payload.find("iss")->string(), std::string("https://auth.example.com"));
    QCOMPARE(payload.find("sub")->string(), std::string("user_01HZ"));

    json::Array verify;
    for (jose::Algorithm alg : jose::kAllAlgorithms) {
        const QByteArray token = signWithClaimsmith(alg);
        QVERIFY2(token.count('.') == 2, jose::algorithmName(alg).data());
        // The public JWK for asymmetric keys; the secret itself for HMAC.
        json::Value jwk;
        if (jose::isHmac(alg)) {
            jwk = json::parse(readBack(QFileInfo(keyFile(alg)).fileName()).toStdString()).value;
        } else {
            const auto pub = cli({u"keys"_s, u"public"_s, keyFile(alg)});
            QCOMPARE(pub.exitCode, 0);
            jwk = json::parse(pub.out.toStdString()).value;
            QVERIFY2(!jwk.find("d"), "keys public must not print the private part");
        }
        verify.push_back(json::Value::object(
            {{"alg", jose::algorithmName(alg)}, {"token", token.toStdString()}, {"jwk", jwk}}));
    }
    const json::Value result = runNode(json::Value::object(
        {{"now", kNow}, {"verify", json::Value(verify)}, {"sign", json::Value(json::Array{})}}));
    QVERIFY2(result.isObject(), "no answer from node");
    const json::Array& answers = result.find("verify")->array();
    QCOMPARE(answers.size(), jose::kAllAlgorithms.size());
    for (std::size_t i = 0; i < answers.size(); ++i) {
        const char* alg = jose::algorithmName(jose::kAllAlgorithms[i]).data();
        const json::Value* error = answers[i].find("error");
        QVERIFY2(answers[i].find("ok")->toBool(),
                 (std::string(alg) + ": " + (error ? error->string() : "")).c_str());
        // jose reads the same claims we meant, in the same order. (JavaScript
        // has no 64-bit integers, so the template does not put one in.)
        QVERIFY2(*answers[i].find("payload") == payload, alg);
    }
}

void TestInteropJose::joseTokensVerifyWithClaimsmith()
{
    json::Array sign;
    const json::Value payload =
        json::Value::object({{"sub", "user_from_jose"},
                             {"iat", kNow},
                             {"exp", kNow + 600},
                             {"urn:x:list", json::Value::array({1, "two"})}});
    for (jose::Algorithm alg : jose::kAllAlgorithms)
        sign.push_back(
            json::Value::object({{"alg", jose::algorithmName(alg)}, {"payload", payload}}));
    const json::Value result = runNode(json::Value::object(
        {{"now", kNow}, {"verify", json::Value(json::Array{})}, {"sign", json::Value(sign)}}));
    QVERIFY2(result.isObject(), "no answer from node");
    const json::Array& made = result.find("sign")->array();
    QCOMPARE(made.size(), jose::kAllAlgorithms.size());
    for (std::size_t i = 0; i < made.size(); ++i) {
        const std::string alg(jose::algorithmName(jose::kAllAlgorithms[i]));
        const QString jwkName = u"jose-"_s + QString::fromStdString(alg) + u".jwk"_s;
        writeFile(jwkName, QByteArray::fromStdString(json::toString(*made[i].find("jwk"))));
        const QString token = QString::fromStdString(made[i].find("token")->string());
        auto r = cli({u"decode"_s, token, u"--key"_s, path(jwkName), u"--now"_s,
                      QString::number(kNow + 10)});
        QVERIFY2(r.exitCode == 0, (alg + ": " + r.out.toStdString() + r.err.toStdString()).c_str());
        const json::Value decoded = json::parse(r.out.toStdString()).value;
        QCOMPARE(decoded.find("signature")->string(), std::string("valid"));
        QVERIFY2(*decoded.find("payload") == payload, alg.c_str());
        // The same token with its signature changed does not verify.
        QString tampered = token;
        const qsizetype last = tampered.size() - 5;
        tampered[last] = tampered[last] == u'A' ? u'B' : u'A';
        r = cli({u"decode"_s, tampered, u"--key"_s, path(jwkName), u"--now"_s,
                 QString::number(kNow + 10)});
        QVERIFY2(r.exitCode == 1, (alg + " tampered: " + r.out.toStdString()).c_str());
        QCOMPARE(json::parse(r.out.toStdString()).value.find("signature")->string(),
                 std::string("invalid"));
    }
}

void TestInteropJose::opensslVerifiesOurSignatures_data()
{
    QTest::addColumn<int>("alg");
    QTest::addColumn<QStringList>("command"); // {IN}, {SIG}, {PUB} are replaced
    const QStringList dgst256 = {u"dgst"_s,       u"-sha256"_s, u"-verify"_s, u"{PUB}"_s,
                                 u"-signature"_s, u"{SIG}"_s,   u"{IN}"_s};
    QTest::newRow("ES256") << int(jose::Algorithm::ES256) << dgst256;
    QTest::newRow("ES384") << int(jose::Algorithm::ES384)
                           << QStringList{u"dgst"_s,       u"-sha384"_s, u"-verify"_s, u"{PUB}"_s,
                                          u"-signature"_s, u"{SIG}"_s,   u"{IN}"_s};
    QTest::newRow("ES512") << int(jose::Algorithm::ES512)
                           << QStringList{u"dgst"_s,       u"-sha512"_s, u"-verify"_s, u"{PUB}"_s,
                                          u"-signature"_s, u"{SIG}"_s,   u"{IN}"_s};
    QTest::newRow("RS256") << int(jose::Algorithm::RS256) << dgst256;
    QTest::newRow("PS256") << int(jose::Algorithm::PS256)
                           << QStringList{u"dgst"_s,       u"-sha256"_s,
                                          u"-sigopt"_s,    u"rsa_padding_mode:pss"_s,
                                          u"-sigopt"_s,    u"rsa_pss_saltlen:32"_s,
                                          u"-sigopt"_s,    u"rsa_mgf1_md:sha256"_s,
                                          u"-verify"_s,    u"{PUB}"_s,
                                          u"-signature"_s, u"{SIG}"_s,
                                          u"{IN}"_s};
    QTest::newRow("EdDSA") << int(jose::Algorithm::EdDSA)
                           << QStringList{u"pkeyutl"_s,  u"-verify"_s, u"-pubin"_s, u"-inkey"_s,
                                          u"{PUB}"_s,    u"-rawin"_s,  u"-in"_s,    u"{IN}"_s,
                                          u"-sigfile"_s, u"{SIG}"_s};
}

void TestInteropJose::opensslVerifiesOurSignatures()
{
    QFETCH(int, alg);
    QFETCH(QStringList, command);
    const auto a = static_cast<jose::Algorithm>(alg);
    const QByteArray token = signWithClaimsmith(a);
    const qsizetype dot = token.lastIndexOf('.');
    const QByteArray input = token.left(dot);
    std::string signature;
    QVERIFY(base64::decodeUrlStrict(token.mid(dot + 1).toStdString(), signature));
    if (jose::keyTypeFor(a) == jose::KeyType::EC)
        signature = der(signature);

    jose::Key key;
    std::string error, pem;
    QVERIFY2(jose::Key::fromJwkText(readBack(QFileInfo(keyFile(a)).fileName()).toStdString(), key,
                                    error),
             error.c_str());
    QVERIFY2(key.publicKey().toPem(false, pem, error), error.c_str());
    writeFile(u"pub.pem"_s, QByteArray::fromStdString(pem));
    writeFile(u"sig.bin"_s, QByteArray::fromStdString(signature));
    writeFile(u"input.txt"_s, input);

    auto run = [&] {
        QStringList args = command;
        args.replaceInStrings(u"{PUB}"_s, path(u"pub.pem"_s));
        args.replaceInStrings(u"{SIG}"_s, path(u"sig.bin"_s));
        args.replaceInStrings(u"{IN}"_s, path(u"input.txt"_s));
        return test::run(u"openssl"_s, args);
    };
    auto r = run();
    QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
    QVERIFY2(r.out.contains("Verified OK") || r.out.contains("Signature Verified Successfully"),
             r.out.constData());
    // And openssl rejects it over a changed input.
    writeFile(u"input.txt"_s, input + "x");
    r = run();
    QVERIFY2(r.exitCode != 0, r.out.constData());
}

QTEST_GUILESS_MAIN(TestInteropJose)
#include "tst_interop_jose.moc"
