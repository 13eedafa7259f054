// `claimsmith keys generate|public`, `decode` and `render --sign|--payload`
// as spec/cli.md says: outputs, file modes and exit codes.

#include "TestSupport.h"
#include "json/Base64.h"
#include "json/Reader.h"
#include "json/Writer.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace claimsmith;

namespace {
constexpr qint64 kNow = 1767225600;
}

class TestCliJose : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void generateEveryAlgorithm();
    void generateRefusesToOverwrite();
    void generateUsage();
    void publicKey();
    void payloadHasStandardClaimsFirst();
    void payloadIsReproducibleWithNow();
    void templateAudienceWins();
    void signAndDecode();
    void decodeProblemsAndExitCodes();
    void decodeWithJwksPicksTheKid();
    void decodeFromStdin();
    void renderUsageErrors();

private:
    QString write(const QString& name, const QByteArray& content);
    test::ProcessResult cli(const QStringList& args, const QByteArray& input = {});
    QString generate(const QString& alg);
    json::Value parse(const QByteArray& text);

    QTemporaryDir m_dir;
    QString m_template;
    QString m_context;
};

void TestCliJose::initTestCase()
{
    QVERIFY2(QFile::exists(test::claimsmithBinary()), "the claimsmith binary is not built");
    m_template =
        write(u"t.json"_s, R"({"urn:a:tier": {{ organization.metadata.tier || 'free' }}})");
    m_context = write(u"c.json"_s, R"({
      "user": {"id": "user_1"},
      "organization": {"id": "org_1", "metadata": {"tier": "gold"}},
      "organization_membership": {"role": {"slug": "admin"}, "roles": [{"slug": "admin"}, {"slug": "billing"}],
                                  "permissions": ["users:read", "users:write"]},
      "application": {"client_id": "client_1"},
      "session": {"id": "session_1"}})");
}

QString TestCliJose::write(const QString& name, const QByteArray& content)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write(content);
    return path;
}

test::ProcessResult TestCliJose::cli(const QStringList& args, const QByteArray& input)
{
    return test::run(test::claimsmithBinary(), args, input);
}

json::Value TestCliJose::parse(const QByteArray& text)
{
    const json::ParseResult r = json::parse(text.toStdString());
    return r.ok ? r.value : json::Value();
}

QString TestCliJose::generate(const QString& alg)
{
    const QString path = m_dir.filePath(u"gen-"_s + alg + u".jwk"_s);
    if (!QFile::exists(path))
        cli({u"keys"_s, u"generate"_s, u"--alg"_s, alg, u"--out"_s, path});
    return path;
}

void TestCliJose::generateEveryAlgorithm()
{
    const QStringList algs = {u"HS256"_s, u"HS384"_s, u"HS512"_s, u"RS256"_s, u"RS384"_s,
                              u"RS512"_s, u"PS256"_s, u"PS384"_s, u"PS512"_s, u"ES256"_s,
                              u"ES384"_s, u"ES512"_s, u"EdDSA"_s};
    for (const QString& alg : algs) {
        const auto r = cli({u"keys"_s, u"generate"_s, u"--alg"_s, alg});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const json::Value jwk = parse(r.out);
        QCOMPARE(QString::fromStdString(jwk.find("alg")->string()), alg);
        QVERIFY(!jwk.find("kid")->string().empty());
        if (alg.startsWith(u"HS"_s)) {
            std::string secret;
            QVERIFY(base64::decodeUrlStrict(jwk.find("k")->string(), secret));
            QCOMPARE(int(secret.size()), alg.mid(2).toInt() / 8); // as long as the hash
        } else {
            QVERIFY(jwk.find("d")); // private
        }
    }
    // RSA sizes on request.
    const auto r = cli({u"keys"_s, u"generate"_s, u"--alg"_s, u"RS256"_s, u"--bits"_s, u"3072"_s});
    QCOMPARE(r.exitCode, 0);
    std::string n;
    QVERIFY(base64::decodeUrlStrict(parse(r.out).find("n")->string(), n));
    QCOMPARE(int(n.size()), 384);
}

void TestCliJose::generateRefusesToOverwrite()
{
    const QString path = m_dir.filePath(u"once.jwk"_s);
    auto r = cli({u"keys"_s, u"generate"_s, u"--alg"_s, u"ES256"_s, u"--out"_s, path});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.isEmpty()); // the key goes to the file only
    struct stat st
    {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
    QCOMPARE(int(st.st_mode & 0777), 0600);
    const QByteArray first = test::readFile(path).c_str();
    r = cli({u"keys"_s, u"generate"_s, u"--alg"_s, u"ES256"_s, u"--out"_s, path});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("exists"), r.err.constData());
    QCOMPARE(QByteArray(test::readFile(path).c_str()), first);
    r = cli({u"keys"_s, u"generate"_s, u"--alg"_s, u"ES256"_s, u"--out"_s, path, u"--force"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QByteArray(test::readFile(path).c_str()) != first);
}

void TestCliJose::generateUsage()
{
    QCOMPARE(cli({u"keys"_s, u"generate"_s}).exitCode, 2);
    auto r = cli({u"keys"_s, u"generate"_s, u"--alg"_s, u"none"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("ES256")); // lists the algorithms
    QCOMPARE(
        cli({u"keys"_s, u"generate"_s, u"--alg"_s, u"ES256"_s, u"--bits"_s, u"4096"_s}).exitCode,
        2);
    QCOMPARE(
        cli({u"keys"_s, u"generate"_s, u"--alg"_s, u"RS256"_s, u"--bits"_s, u"1024"_s}).exitCode,
        2);
    QCOMPARE(cli({u"keys"_s, u"frob"_s}).exitCode, 2);
    QCOMPARE(cli({u"keys"_s}).exitCode, 2);
}

void TestCliJose::publicKey()
{
    auto r = cli({u"keys"_s, u"public"_s, generate(u"ES256"_s)});
    QCOMPARE(r.exitCode, 0);
    const json::Value pub = parse(r.out);
    QVERIFY(!pub.find("d"));
    QCOMPARE(pub.find("kid")->string(),
             parse(QByteArray::fromStdString(test::readFile(generate(u"ES256"_s))))
                 .find("kid")
                 ->string());
    r = cli({u"keys"_s, u"public"_s, generate(u"HS256"_s)});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("no public form"), r.err.constData());
    r = cli({u"keys"_s, u"public"_s, write(u"junk.jwk"_s, "{\"kty\":\"EC\"}")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("junk.jwk"), r.err.constData());
    QCOMPARE(cli({u"keys"_s, u"public"_s, m_dir.filePath(u"absent.jwk"_s)}).exitCode, 2);
}

void TestCliJose::payloadHasStandardClaimsFirst()
{
    const auto r = cli({u"render"_s, m_template, u"--context"_s, m_context, u"--payload"_s,
                        u"--now"_s, QString::number(kNow), u"--issuer"_s,
                        u"https://auth.example.com"_s, u"--lifetime"_s, u"600"_s});
    QCOMPARE(r.exitCode, 0);
    const json::Value p = parse(r.out);
    std::vector<std::string> keys;
    for (const json::Member& m : p.object())
        keys.push_back(m.key);
    QVERIFY(
        (keys == std::vector<std::string>{"iss", "sub", "aud", "iat", "exp", "jti", "sid", "org_id",
                                          "role", "roles", "permissions", "urn:a:tier"}));
    QCOMPARE(p.find("sub")->string(), std::string("user_1"));
    QCOMPARE(p.find("aud")->string(), std::string("client_1"));
    QCOMPARE(p.find("iat")->toInt64(), kNow);
    QCOMPARE(p.find("exp")->toInt64(), kNow + 600);
    QCOMPARE(p.find("org_id")->string(), std::string("org_1"));
    QCOMPARE(p.find("role")->string(), std::string("admin"));
    QCOMPARE(json::toString(*p.find("roles")), std::string(R"(["admin","billing"])"));
    QCOMPARE(json::toString(*p.find("permissions")),
             std::string(R"(["users:read","users:write"])"));
    // A context with only a user: only the claims it allows.
    const QString small = write(u"small.json"_s, R"({"user": {"id": "user_2"}})");
    const auto s = cli({u"render"_s, m_template, u"--context"_s, small, u"--payload"_s, u"--now"_s,
                        QString::number(kNow)});
    QCOMPARE(s.exitCode, 0);
    const json::Value smallPayload = parse(s.out);
    std::vector<std::string> few;
    for (const json::Member& m : smallPayload.object())
        few.push_back(m.key);
    QVERIFY((few == std::vector<std::string>{"sub", "iat", "exp", "jti", "urn:a:tier"}));
}

void TestCliJose::payloadIsReproducibleWithNow()
{
    const QStringList args = {u"render"_s,    m_template, u"--context"_s,       m_context,
                              u"--payload"_s, u"--now"_s, QString::number(kNow)};
    QCOMPARE(cli(args).out, cli(args).out);
    // Without --now every token gets a new jti.
    const QStringList live = {u"render"_s, m_template, u"--context"_s, m_context, u"--payload"_s};
    QVERIFY(parse(cli(live).out).find("jti")->string() !=
            parse(cli(live).out).find("jti")->string());
}

void TestCliJose::templateAudienceWins()
{
    const QString t = write(u"aud.json"_s, R"({"aud": "my-api", "urn:a:x": 1})");
    const auto r = cli({u"render"_s, t, u"--context"_s, m_context, u"--payload"_s, u"--now"_s,
                        QString::number(kNow)});
    QCOMPARE(r.exitCode, 0);
    const json::Value p = parse(r.out);
    QCOMPARE(p.find("aud")->string(), std::string("my-api"));
    int auds = 0;
    for (const json::Member& m : p.object())
        auds += m.key == "aud";
    QCOMPARE(auds, 1);
}

void TestCliJose::signAndDecode()
{
    for (const QString& alg : {u"ES256"_s, u"EdDSA"_s, u"HS256"_s, u"PS384"_s}) {
        const QString key = generate(alg);
        auto r = cli({u"render"_s, m_template, u"--context"_s, m_context, u"--sign"_s, u"--key"_s,
                      key, u"--now"_s, QString::number(kNow)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QByteArray token = r.out.trimmed();
        const json::Value header =
            parse(QByteArray::fromBase64(token.split('.')[0], QByteArray::Base64UrlEncoding));
        QCOMPARE(QString::fromStdString(header.find("alg")->string()), alg);
        QCOMPARE(header.find("typ")->string(), std::string("JWT"));
        QCOMPARE(header.find("kid")->string(),
                 parse(QByteArray::fromStdString(test::readFile(key))).find("kid")->string());
        // decode with the key: valid, exit 0.
        const QString verifyKey =
            alg == u"HS256"_s ? key
                              : write(alg + u".pub"_s, cli({u"keys"_s, u"public"_s, key}).out);
        r = cli({u"decode"_s, QString::fromLatin1(token), u"--key"_s, verifyKey, u"--now"_s,
                 QString::number(kNow + 5)});
        QVERIFY2(r.exitCode == 0, r.out.constData());
        const json::Value d = parse(r.out);
        QCOMPARE(d.find("signature")->string(), std::string("valid"));
        QCOMPARE(d.find("payload")->find("urn:a:tier")->string(), std::string("gold"));
        QVERIFY(d.find("problems")->array().empty());
        // the same token checked with another key of the same kind: invalid.
        const QString other = m_dir.filePath(u"other-"_s + alg + u".jwk"_s);
        cli({u"keys"_s, u"generate"_s, u"--alg"_s, alg, u"--out"_s, other});
        r = cli({u"decode"_s, QString::fromLatin1(token), u"--key"_s, other, u"--now"_s,
                 QString::number(kNow + 5)});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(parse(r.out).find("signature")->string(), std::string("invalid"));
    }
    // A PEM key signs too (its kid is its thumbprint).
}

void TestCliJose::decodeProblemsAndExitCodes()
{
    const QString key = generate(u"ES256"_s);
    const QByteArray token =
        cli({u"render"_s, m_template, u"--context"_s, m_context, u"--sign"_s, u"--key"_s, key,
             u"--now"_s, QString::number(kNow), u"--issuer"_s, u"https://auth.example.com"_s})
            .out.trimmed();
    const QString t = QString::fromLatin1(token);
    auto codes = [&](const QStringList& extra) {
        const auto r = cli(QStringList{u"decode"_s, t} + extra);
        QStringList found;
        const json::Value decoded = parse(r.out);
        for (const json::Value& p : decoded.find("problems")->array())
            found << QString::fromStdString(p.find("code")->string());
        return std::make_pair(r.exitCode, found);
    };
    // No key: unchecked, not an error.
    auto [code, found] = codes({u"--now"_s, QString::number(kNow)});
    QCOMPARE(code, 0);
    QVERIFY(found.contains(u"signature_unchecked"_s));
    std::tie(code, found) = codes({u"--key"_s, key, u"--now"_s, QString::number(kNow + 3600 + 61)});
    QCOMPARE(code, 1);
    QVERIFY(found.contains(u"expired"_s));
    std::tie(code, found) =
        codes({u"--key"_s, key, u"--now"_s, QString::number(kNow + 3600 + 30)}); // within leeway
    QCOMPARE(code, 0);
    std::tie(code, found) = codes(
        {u"--key"_s, key, u"--now"_s, QString::number(kNow + 3600 + 30), u"--leeway"_s, u"0"_s});
    QCOMPARE(code, 1);
    std::tie(code, found) = codes(
        {u"--key"_s, key, u"--now"_s, QString::number(kNow), u"--audience"_s, u"someone-else"_s});
    QCOMPARE(code, 1);
    QVERIFY(found.contains(u"wrong_audience"_s));
    std::tie(code, found) = codes({u"--key"_s, key, u"--now"_s, QString::number(kNow),
                                   u"--issuer"_s, u"https://evil.example"_s});
    QCOMPARE(code, 1);
    QVERIFY(found.contains(u"wrong_issuer"_s));
    std::tie(code, found) =
        codes({u"--key"_s, key, u"--now"_s, QString::number(kNow), u"--audience"_s, u"client_1"_s,
               u"--issuer"_s, u"https://auth.example.com"_s});
    QCOMPARE(code, 0);
    // alg none never verifies.
    const QByteArray none =
        QByteArray(R"({"alg":"none","typ":"JWT"})")
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) +
        '.' + token.split('.')[1] + '.';
    const auto r = cli({u"decode"_s, QString::fromLatin1(none), u"--key"_s, key, u"--now"_s,
                        QString::number(kNow)});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains("alg_none"), r.out.constData());
    // Malformed input and unreadable key files.
    QCOMPARE(cli({u"decode"_s, u"not-a-token"_s}).exitCode, 1);
    QCOMPARE(cli({u"decode"_s, t, u"--key"_s, m_dir.filePath(u"absent.jwk"_s)}).exitCode, 2);
    QCOMPARE(cli({u"decode"_s, t, u"--key"_s, key, u"--jwks"_s, key}).exitCode, 2);
    QCOMPARE(cli({u"decode"_s, t, u"--now"_s, u"yesterday"_s}).exitCode, 2);
}

void TestCliJose::decodeWithJwksPicksTheKid()
{
    const QString a = generate(u"ES256"_s);
    const QString b = generate(u"EdDSA"_s);
    const json::Value jwks = json::Value::object(
        {{"keys", json::Value::array({parse(cli({u"keys"_s, u"public"_s, a}).out),
                                      parse(cli({u"keys"_s, u"public"_s, b}).out)})}});
    const QString set = write(u"set.jwks"_s, QByteArray::fromStdString(json::toString(jwks)));
    for (const QString& key : {a, b}) {
        const QByteArray token =
            cli({u"render"_s, m_template, u"--context"_s, m_context, u"--sign"_s, u"--key"_s, key,
                 u"--now"_s, QString::number(kNow)})
                .out.trimmed();
        const auto r = cli({u"decode"_s, QString::fromLatin1(token), u"--jwks"_s, set, u"--now"_s,
                            QString::number(kNow)});
        QVERIFY2(r.exitCode == 0, r.out.constData());
        QCOMPARE(parse(r.out).find("signature")->string(), std::string("valid"));
    }
}

void TestCliJose::decodeFromStdin()
{
    const QString key = generate(u"ES256"_s);
    const QByteArray token =
        cli({u"render"_s, m_template, u"--context"_s, m_context, u"--sign"_s, u"--key"_s, key}).out;
    const auto r = cli({u"decode"_s, u"-"_s, u"--key"_s, key}, token); // with its trailing newline
    QVERIFY2(r.exitCode == 0, r.out.constData());
    QCOMPARE(parse(r.out).find("signature")->string(), std::string("valid"));
}

void TestCliJose::renderUsageErrors()
{
    const QString key = generate(u"ES256"_s);
    QCOMPARE(cli({u"render"_s, m_template, u"--context"_s, m_context, u"--sign"_s}).exitCode, 2);
    QCOMPARE(cli({u"render"_s, m_template, u"--context"_s, m_context, u"--sign"_s, u"--payload"_s,
                  u"--key"_s, key})
                 .exitCode,
             2);
    QCOMPARE(cli({u"render"_s, m_template, u"--context"_s, m_context, u"--now"_s, u"5"_s}).exitCode,
             2);
    QCOMPARE(cli({u"render"_s, m_template, u"--context"_s, m_context, u"--payload"_s,
                  u"--lifetime"_s, u"-1"_s})
                 .exitCode,
             2);
    QCOMPARE(cli({u"render"_s, m_template, u"--context"_s, m_context, u"--sign"_s, u"--key"_s,
                  m_dir.filePath(u"absent"_s)})
                 .exitCode,
             2);
    // A public key cannot sign.
    const QString pub = write(u"es.pub"_s, cli({u"keys"_s, u"public"_s, key}).out);
    const auto r =
        cli({u"render"_s, m_template, u"--context"_s, m_context, u"--sign"_s, u"--key"_s, pub});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(!r.err.isEmpty(), "says why");
}

QTEST_GUILESS_MAIN(TestCliJose)
#include "tst_cli_jose.moc"
