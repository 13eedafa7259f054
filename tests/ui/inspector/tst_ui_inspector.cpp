// The Token Inspector on a temporary store: tokens signed with the store's
// keys, pasted JWK and PEM keys, RFC 7515/7520/8037 vectors, key confusion
// and unsigned tokens, malformed input pointed at by part and character,
// stale results dropped, the clock and the keyboard, driven through the
// real widgets.

#include "TestSupport.h"
#include "UiTestSupport.h"
#include "inspector/InspectionView.h"
#include "inspector/InspectorColors.h"
#include "inspector/InspectorPage.h"
#include "inspector/TimeText.h"
#include "inspector/TokenHighlighter.h"
#include "inspector/TokenLayout.h"
#include "inspector/VerificationPanel.h"
#include "jose/Key.h"
#include "jose/TokenSigner.h"
#include "json/Base64.h"
#include "json/Writer.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTest>
#include <QToolButton>

using namespace claimsmith;
using namespace Qt::StringLiterals;
namespace inspector = claimsmith::ui::inspector;
using inspector::Verdict;
using Source = ui::inspector::VerificationPanel::Source;

namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

std::int64_t now()
{
    return QDateTime::currentSecsSinceEpoch();
}

jose::Key generate(jose::Algorithm alg)
{
    jose::Key key;
    std::string error;
    if (!jose::Key::generate(alg, 0, key, error))
        qFatal("cannot generate a test key: %s", error.c_str());
    return key;
}

// Adds a new key to the store; returns the private key (with the store's kid).
jose::Key addStoreKey(test::TempStore& store, jose::Algorithm alg, model::KeyState state)
{
    jose::Key key = generate(alg);
    auto added = store->addSigningKey(key, state);
    if (!added)
        qFatal("cannot add a test key: %s", added.error().message.c_str());
    key.setKid(added->kid);
    return key;
}

std::string sign(const jose::Key& key, jose::Algorithm alg, const std::string& kid,
                 const json::Value& payload)
{
    jose::TokenSigner signer;
    std::string error;
    if (!jose::TokenSigner::create(key, alg, kid, signer, error))
        qFatal("cannot create a signer: %s", error.c_str());
    std::string token;
    if (!signer.sign(json::toString(payload), token))
        qFatal("cannot sign");
    return token;
}

std::string sign(const jose::Key& key, const json::Value& payload)
{
    return sign(key, jose::signingAlgorithm(key), key.kid(), payload);
}

// Claims in an order no sorting would give.
json::Value claims(std::int64_t exp, std::int64_t iat)
{
    return json::Value::object({{"sub", "user_01"},
                                {"iss", "https://id.example.com"},
                                {"aud", "api"},
                                {"zeta", "first"},
                                {"alpha", "second"},
                                {"iat", iat},
                                {"exp", exp}});
}

std::string b64(std::string_view s)
{
    return base64::encodeUrl(s);
}

QString jwkText(const jose::Key& key, bool includePrivate)
{
    return qs(json::toString(key.toJwk(includePrivate)));
}

bool anyContains(const QStringList& list, const QString& text)
{
    for (const QString& s : list) {
        if (s.contains(text))
            return true;
    }
    return false;
}

} // namespace

class TestUiInspector : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ui::InspectorPage> openPage(test::UiFixture* f)
    {
        auto page = std::make_unique<ui::InspectorPage>();
        page->resize(1180, 840);
        page->setSession(f ? &f->session() : nullptr);
        page->show();
        if (!QTest::qWaitForWindowExposed(page.get()))
            return nullptr;
        if (!QTest::qWaitFor([&] { return !page->isBusy(); }, 20000))
            return nullptr;
        return page;
    }

    // Pastes `text` and waits for its report.
    bool inspect(ui::InspectorPage& page, const QString& text)
    {
        page.setTokenText(text);
        // As the field holds it (line breaks are its own).
        const QString held = page.tokenText();
        return QTest::qWaitFor(
            [&] { return !page.isBusy() && page.report() && page.report()->text == held; }, 20000);
    }
    bool inspect(ui::InspectorPage& page, const std::string& token)
    {
        return inspect(page, qs(token));
    }

    bool settle(ui::InspectorPage& page)
    {
        return QTest::qWaitFor([&] { return !page.isBusy(); }, 20000);
    }

    json::Value cookbook(const QString& file)
    {
        return test::readJsonFile(test::sharedPath(u"testdata/jose-cookbook/"_s + file));
    }

private slots:
    void emptyPageExplains()
    {
        test::UiFixture f;
        auto page = openPage(&f);
        QVERIFY(page);
        QCOMPARE(page->verdict(), Verdict::Empty);
        auto* empty = page->findChild<QWidget*>(u"inspectorEmptyState"_s);
        QVERIFY(empty && empty->isVisible());
        QVERIFY(page->findChild<QLabel*>(u"sampleHint"_s)->text().contains(u"claimsmith render"_s));
        QVERIFY(!page->findChild<QToolButton*>(u"copyHeaderButton"_s)->isEnabled());
        // Whitespace alone is still empty.
        page->setTokenText(u"  \n "_s);
        QVERIFY(settle(*page));
        QCOMPARE(page->verdict(), Verdict::Empty);
        QVERIFY(empty->isVisible());
    }

    void tokenSignedWithStoreKeyIsValid()
    {
        test::UiFixture f;
        const jose::Key key = addStoreKey(f.store, jose::Algorithm::ES256, model::KeyState::Active);
        auto page = openPage(&f);
        QVERIFY(page);
        QCOMPARE(page->verification()->source(), Source::Store);
        QVERIFY(page->verification()->keyStatus().contains(u"ES256"_s));

        const std::string token = sign(key, claims(now() + 300, now() - 2 * 86400));
        QVERIFY(inspect(*page, token));
        QCOMPARE(page->verdict(), Verdict::Valid);
        QCOMPARE(page->view()->bannerTitle(),
                 u"Signature valid, signed by key %1 (ES256)"_s.arg(qs(key.kid())));
        QVERIFY(page->findChild<QWidget*>(u"inspectorEmptyState"_s)->isHidden());

        // Decoded and pretty-printed in the token's own order.
        QVERIFY(page->view()->headerText().contains(u"\"alg\": \"ES256\""_s));
        const QString payload = page->view()->payloadText();
        QVERIFY(payload.indexOf(u"\"zeta\""_s) < payload.indexOf(u"\"alpha\""_s));
        QVERIFY(payload.contains(u"\n  \"sub\": \"user_01\""_s));
        // Times in words.
        const QStringList times = page->view()->timeTexts();
        QVERIFY2(anyContains(times, u"exp: expires in 4 minutes"_s) ||
                     anyContains(times, u"exp: expires in 5 minutes"_s),
                 qPrintable(times.join(u" | "_s)));
        QVERIFY(times.contains(u"iat: issued 2 days ago"_s));
        // No error is listed.
        for (const QString& p : page->view()->problemTexts())
            QVERIFY2(!p.startsWith(u"error"_s), qPrintable(p));

        // Copy buttons.
        QTest::mouseClick(page->findChild<QToolButton*>(u"copyHeaderButton"_s), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), page->view()->headerText());
        QTest::mouseClick(page->findChild<QToolButton*>(u"copyPayloadButton"_s), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), payload);
    }

    void retiredStoreKeyIsNamed()
    {
        test::UiFixture f;
        const jose::Key old = addStoreKey(f.store, jose::Algorithm::ES384, model::KeyState::Active);
        addStoreKey(f.store, jose::Algorithm::ES256, model::KeyState::Active);
        auto page = openPage(&f);
        QVERIFY(page);
        QVERIFY(inspect(*page, sign(old, claims(now() + 600, now()))));
        QCOMPARE(page->verdict(), Verdict::Valid);
        QVERIFY(page->view()->bannerTitle().contains(qs(old.kid())));
        QVERIFY2(anyContains(page->view()->problemTexts(),
                             u"warning: [header kid] The key that signed "
                             "this token is retired"_s),
                 qPrintable(page->view()->problemTexts().join(u'\n')));
    }

    void expiredTokenIsNotValid()
    {
        test::UiFixture f;
        const jose::Key key = addStoreKey(f.store, jose::Algorithm::ES256, model::KeyState::Active);
        auto page = openPage(&f);
        QVERIFY(page);
        QVERIFY(inspect(*page, sign(key, claims(now() - 3 * 3600 - 20, now() - 4 * 3600))));
        QCOMPARE(page->verdict(), Verdict::Rejected);
        QVERIFY2(!page->view()->bannerTitle().contains(u"valid"_s, Qt::CaseInsensitive),
                 qPrintable(page->view()->bannerTitle()));
        QVERIFY(page->view()->bannerDetail().contains(u"expired"_s));
        QVERIFY2(anyContains(page->view()->problemTexts(), u"error: [exp] The token expired"_s),
                 qPrintable(page->view()->problemTexts().join(u'\n')));
        QVERIFY(page->view()->timeTexts().contains(u"exp: expired 3 hours ago"_s));
        // The problem's row carries an error icon.
        bool errorIcon = false;
        for (QLabel* icon : page->findChildren<QLabel*>(u"problemIcon"_s))
            errorIcon =
                errorIcon || (icon->isVisible() && icon->property("severity") == u"error"_s);
        QVERIFY(errorIcon);
    }

    void leewayAudienceAndIssuer()
    {
        test::UiFixture f;
        const jose::Key key = addStoreKey(f.store, jose::Algorithm::ES256, model::KeyState::Active);
        auto page = openPage(&f);
        QVERIFY(page);
        const std::string token = sign(key, claims(now() - 20, now() - 600));
        QVERIFY(inspect(*page, token));
        QCOMPARE(page->verdict(), Verdict::Valid); // within the default 60 s
        page->verification()->setLeeway(0);
        QVERIFY(settle(*page));
        QCOMPARE(page->verdict(), Verdict::Rejected);
        page->verification()->setLeeway(120);
        page->verification()->setExpectedAudience(u"billing"_s);
        QVERIFY(settle(*page));
        QCOMPARE(page->verdict(), Verdict::Rejected);
        QVERIFY(anyContains(page->view()->problemTexts(), u"error: [aud]"_s));
        page->verification()->setExpectedAudience(u"api"_s);
        page->verification()->setExpectedIssuer(u"https://evil.example"_s);
        QVERIFY(settle(*page));
        QVERIFY(anyContains(page->view()->problemTexts(), u"error: [iss]"_s));
        page->verification()->setExpectedIssuer(u"https://id.example.com"_s);
        QVERIFY(settle(*page));
        QCOMPARE(page->verdict(), Verdict::Valid);
        QVERIFY(!page->view()->bannerDetail().contains(u"were not checked"_s));
        // A fixed time: the same token, checked before it was issued.
        page->verification()->setCheckTime(QDateTime::fromSecsSinceEpoch(now() - 7200));
        QVERIFY(settle(*page));
        QCOMPARE(page->verdict(), Verdict::Rejected);
        QVERIFY(anyContains(page->view()->problemTexts(), u"[iat]"_s));
    }

    void keyConfusionAndUnsignedTokens_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("HS256 with the RSA key's kid") << u"hs-rsa-kid"_s;
        QTest::newRow("HS256 with the EC key's kid") << u"hs-ec-kid"_s;
        QTest::newRow("HS256 without kid") << u"hs-no-kid"_s;
        QTest::newRow("alg none") << u"none"_s;
        QTest::newRow("alg none, signature kept") << u"none-sig"_s;
    }

    void keyConfusionAndUnsignedTokens()
    {
        QFETCH(QString, kind);
        test::UiFixture f;
        const jose::Key rsa = addStoreKey(f.store, jose::Algorithm::RS256, model::KeyState::Active);
        const jose::Key ec = addStoreKey(f.store, jose::Algorithm::ES256, model::KeyState::Next);
        auto page = openPage(&f);
        QVERIFY(page);
        const json::Value payload = claims(now() + 600, now());
        std::string token;
        QString expectedCode;
        if (kind.startsWith(u"hs")) {
            // The classic attack: the public key's bytes used as an HMAC secret.
            const jose::Key& target = kind == u"hs-ec-kid" ? ec : rsa;
            std::string pem, error;
            QVERIFY(target.publicKey().toPem(false, pem, error));
            jose::Key secret;
            QVERIFY2(jose::Key::fromSecret(pem, secret, error), error.c_str());
            token = sign(secret, jose::Algorithm::HS256,
                         kind == u"hs-no-kid" ? std::string() : target.kid(), payload);
            expectedCode = kind == u"hs-no-kid" ? u"no_matching_key"_s : u"key_confusion"_s;
        } else {
            const std::string signedToken = sign(rsa, payload);
            token = b64(R"({"alg":"none","typ":"JWT"})") + "." + b64(json::toString(payload)) + ".";
            if (kind == u"none-sig")
                token += signedToken.substr(signedToken.rfind('.') + 1);
            expectedCode = u"alg_none"_s;
        }
        QVERIFY(inspect(*page, token));
        QVERIFY(page->verdict() != Verdict::Valid);
        QVERIFY(!page->view()->bannerTitle().startsWith(u"Signature valid"_s));
        bool found = false;
        for (const auto& p : page->report()->problems)
            found = found || (p.code == expectedCode && p.severity == jose::Severity::Error);
        QVERIFY2(found, qPrintable(page->view()->problemTexts().join(u'\n')));
        if (expectedCode != u"no_matching_key")
            QVERIFY(anyContains(page->view()->problemTexts(), u"[header alg]"_s));
    }

    void pastedJwkVerifies()
    {
        test::UiFixture f;
        auto page = openPage(&f);
        QVERIFY(page);
        jose::Key key = generate(jose::Algorithm::EdDSA);
        const std::string token = sign(key, claims(now() + 600, now()));
        QVERIFY(inspect(*page, token));
        // The store has no key: not checked.
        QCOMPARE(page->verdict(), Verdict::Unchecked);
        QCOMPARE(page->view()->bannerTitle(), u"Not checked: no key"_s);

        page->verification()->setPastedKeyText(jwkText(key.publicKey(), false));
        QCOMPARE(page->verification()->source(), Source::Pasted);
        QVERIFY(settle(*page));
        QCOMPARE(page->verdict(), Verdict::Valid);
        QVERIFY(page->view()->bannerTitle().contains(u"(EdDSA)"_s));
        QVERIFY(page->verification()->keyStatus().contains(u"Ed25519"_s));

        // A private JWK: only its public part is kept, and that is what shows.
        page->verification()->setPastedKeyText(jwkText(key, true));
        QVERIFY(settle(*page));
        QCOMPARE(page->verdict(), Verdict::Valid);
        const QString shown = page->verification()->pastedKeyText();
        QVERIFY2(!shown.contains(u"\"d\""_s), qPrintable(shown));
        QVERIFY(shown.contains(u"\"x\""_s));
        QVERIFY(page->verification()->keyStatus().contains(u"only its public part"_s));
        auto* edit = page->verification()->findChild<QPlainTextEdit*>(u"keyEdit"_s);
        QVERIFY(!edit->document()->isUndoAvailable());

        // Another key: the signature does not verify.
        page->verification()->setPastedKeyText(
            jwkText(generate(jose::Algorithm::EdDSA).publicKey(), false));
        QVERIFY(settle(*page));
        QCOMPARE(page->verdict(), Verdict::Invalid);
        QCOMPARE(page->view()->bannerTitle(), u"Signature invalid"_s);

        // Not a key at all.
        page->verification()->setPastedKeyText(u"{\"kty\": \"RSA\""_s);
        QVERIFY(settle(*page));
        QVERIFY(page->verification()->keyStatus().startsWith(u"This is not a JWK"_s));
        QCOMPARE(page->verdict(), Verdict::Unchecked);
    }

    void pastedPemVerifies()
    {
        test::UiFixture f;
        auto page = openPage(&f);
        QVERIFY(page);
        const jose::Key key = generate(jose::Algorithm::ES384);
        std::string publicPem, privatePem, error;
        QVERIFY(key.toPem(false, publicPem, error));
        QVERIFY(key.toPem(true, privatePem, error));
        QVERIFY(inspect(*page, sign(key, claims(now() + 600, now()))));
        page->verification()->setPastedKeyText(qs(publicPem));
        QVERIFY(settle(*page));
        QCOMPARE(page->verdict(), Verdict::Valid);
        QVERIFY(page->view()->bannerTitle().contains(u"(ES384)"_s));

        page->verification()->setPastedKeyText(qs(privatePem));
        QVERIFY(settle(*page));
        QCOMPARE(page->verdict(), Verdict::Valid);
        const QString shown = page->verification()->pastedKeyText();
        QVERIFY(shown.contains(u"BEGIN PUBLIC KEY"_s));
        QVERIFY(!shown.contains(u"PRIVATE"_s));

        // Forget Key: back to not checked.
        QTest::mouseClick(page->findChild<QToolButton*>(u"forgetKeyButton"_s), Qt::LeftButton);
        QVERIFY(settle(*page));
        QCOMPARE(page->verdict(), Verdict::Unchecked);
    }

    void pastedHmacSecretIsNeverShown()
    {
        test::UiFixture f;
        auto page = openPage(&f);
        QVERIFY(page);
        const jose::Key key = generate(jose::Algorithm::HS256);
        QVERIFY(inspect(*page, sign(key, claims(now() + 600, now()))));
        const QString secretJwk = jwkText(key, true);
        const QString k = qs(key.toJwk(true).find("k")->string());
        page->verification()->setPastedKeyText(secretJwk);
        QVERIFY(settle(*page));
        QCOMPARE(page->verdict(), Verdict::Valid);
        QVERIFY(page->verification()->pastedKeyText().isEmpty());
        QVERIFY(page->verification()->keyStatus().contains(u"never shown"_s));
        QVERIFY(!page->verification()->keyStatus().contains(k));
        for (QLabel* label : page->findChildren<QLabel*>())
            QVERIFY(!label->text().contains(k));
    }

    void externalVectors()
    {
        test::UiFixture f;
        auto page = openPage(&f);
        QVERIFY(page);

        // RFC 7515 A.3: ES256, expired since 2011 unless checked back then.
        const json::Value a3 = cookbook(u"rfc7515_A_3_es256.json"_s);
        QVERIFY(a3.isObject());
        json::Value a3Key = *a3.find("input")->find("key");
        a3Key.remove("d");
        page->verification()->setPastedKeyText(qs(json::toString(a3Key)));
        QVERIFY(inspect(*page, a3.find("output")->find("compact")->string()));
        QCOMPARE(page->verdict(), Verdict::Rejected);
        QVERIFY(anyContains(page->view()->problemTexts(), u"error: [exp]"_s));
        page->verification()->setCheckTime(QDateTime::fromSecsSinceEpoch(1300819000));
        QVERIFY(settle(*page));
        QCOMPARE(page->verdict(), Verdict::Valid);
        QVERIFY(page->view()->bannerTitle().contains(u"(ES256)"_s));
        // The payload's members keep their order, the URI claim last.
        QVERIFY(page->view()->payloadText().endsWith(u"\"http://example.com/is_root\": true\n}"_s));

        // RFC 7515 A.5: unsigned, rejected with the same key.
        const json::Value a5 = cookbook(u"rfc7515_A_5_none.json"_s);
        QVERIFY(inspect(*page, a5.find("output")->find("compact")->string()));
        QVERIFY(page->verdict() != Verdict::Valid);
        QVERIFY(page->report()->inspection.find("alg_none"));
        page->verification()->setCheckTime(std::nullopt);

        // RFC 8037 A.4: EdDSA over a payload that is not JSON.
        const json::Value ed = cookbook(u"rfc8037_A_4_ed25519_signing.json"_s);
        page->verification()->setPastedKeyText(
            qs(json::toString(*ed.find("input")->find("key")))); // private: cut to public
        QVERIFY(inspect(*page, ed.find("output")->find("compact")->string()));
        QCOMPARE(page->verdict(), Verdict::Valid);
        QCOMPARE(page->view()->payloadText(), u"Example of Ed25519 signing"_s);
        QVERIFY(page->findChild<QLabel*>(u"payloadNote"_s)->text().contains(u"not JSON"_s));
        QVERIFY(!page->verification()->pastedKeyText().contains(u"\"d\""_s));

        // RFC 7520 4.1: RS256 with a kid, verified with the key as PEM.
        const json::Value r41 = cookbook(u"rfc7520_4_1_rsa_v15_signature.json"_s);
        jose::Key rsa;
        std::string error, pem;
        QVERIFY(jose::Key::fromJwk(*r41.find("input")->find("key"), rsa, error));
        QVERIFY(rsa.publicKey().toPem(false, pem, error));
        page->verification()->setPastedKeyText(qs(pem));
        QVERIFY(inspect(*page, r41.find("output")->find("compact")->string()));
        QCOMPARE(page->verdict(), Verdict::Valid);
        QVERIFY(
            page->view()->headerText().contains(u"\"kid\": \"bilbo.baggins@hobbiton.example\""_s));
    }

    void malformedInput_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("says");
        QTest::addColumn<int>("mark"); // text position marked in the field, or -1

        const QString header = qs(b64(R"({"alg":"ES256","typ":"JWT"})"));
        const QString payload = qs(b64(R"({"sub":"user_01"})"));
        QTest::newRow("one part") << u"abcdef"_s << u"wrong_segment_count"_s << u"There is no dot"_s
                                  << -1;
        QTest::newRow("two parts")
            << header + u"."_s + payload << u"wrong_segment_count"_s
            << u"The only dot is at character %1"_s.arg(header.size() + 1) << int(header.size());
        const QString four = header + u"."_s + payload + u".c2ln.extra"_s;
        QTest::newRow("four parts")
            << four << u"wrong_segment_count"_s
            << u"The third dot, at character %1"_s.arg(four.lastIndexOf(u'.') + 1)
            << int(four.lastIndexOf(u'.'));
        QTest::newRow("standard base64 in the header")
            << header.left(10) + u"+"_s + header.mid(10) + u"."_s + payload + u".c2ln"_s
            << u"bad_base64"_s << u"Part 1 (the header), character 11 of the pasted text: “+”"_s
            << 10;
        const QString bearerPayload = u"Bearer "_s + header + u"."_s + payload + u"==.c2ln"_s;
        QTest::newRow("padding in the payload, after Bearer")
            << bearerPayload << u"bad_base64"_s
            << u"Part 2 (the payload), character %1"_s.arg(bearerPayload.indexOf(u'=') + 1)
            << int(bearerPayload.indexOf(u'='));
        QTest::newRow("header not JSON")
            << qs(b64("{\"alg\":\"ES256\",}")) + u"."_s + payload + u".c2ln"_s
            << u"bad_header_json"_s << u"not valid JSON"_s << -1;
        QTest::newRow("JSON serialization") << u"{\"payload\":\"x\",\"signatures\":[]}"_s
                                            << u"json_serialization"_s << u"compact form"_s << -1;
        QTest::newRow("five parts (JWE)")
            << u"a.b.c.d.e"_s << u"wrong_segment_count"_s << u"encrypted token (JWE)"_s << -1;
        QTest::newRow("non-ASCII") << header + u".é.c2ln"_s << u"bad_base64"_s
                                   << u"Part 2 (the payload)"_s << int(header.size() + 1);
    }

    void malformedInput()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        QFETCH(QString, says);
        QFETCH(int, mark);
        test::UiFixture f;
        addStoreKey(f.store, jose::Algorithm::ES256, model::KeyState::Active);
        auto page = openPage(&f);
        QVERIFY(page);
        QVERIFY(inspect(*page, text));
        QCOMPARE(page->verdict(), Verdict::Malformed);
        QCOMPARE(page->view()->bannerTitle(), u"Malformed token"_s);
        // What can be read is still shown.
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        if (tag == u"two parts" || tag == u"four parts")
            QVERIFY(page->view()->headerText().contains(u"\"alg\": \"ES256\""_s));
        if (tag.startsWith(u"padding")) {
            QVERIFY(page->view()->payloadText().contains(u"\"sub\": \"user_01\""_s));
            QVERIFY(page->findChild<QLabel*>(u"payloadNote"_s)->text().contains(u"damaged"_s));
        }
        const inspector::ListedProblem* problem = nullptr;
        for (const auto& p : page->report()->problems) {
            if (p.code == code && !problem)
                problem = &p;
        }
        QVERIFY2(problem, qPrintable(page->view()->problemTexts().join(u'\n')));
        QVERIFY2(QString(problem->message + u' ' + problem->location).contains(says),
                 qPrintable(problem->message + u" / "_s + problem->location));
        QCOMPARE(int(problem->markStart), mark);
        // The field marks the place; "Show" selects it.
        auto* highlighter = page->findChild<inspector::TokenHighlighter*>();
        QVERIFY(highlighter);
        if (mark >= 0) {
            QVERIFY(!highlighter->marks().empty());
            QCOMPARE(int(highlighter->marks().front().start), mark);
            auto* show = page->findChild<QToolButton*>(u"problemLocateButton"_s);
            QVERIFY(show);
            QTest::mouseClick(show, Qt::LeftButton);
            auto* edit = page->findChild<QPlainTextEdit*>(u"tokenEdit"_s);
            QCOMPARE(edit->textCursor().selectionStart(), mark);
            QVERIFY(edit->hasFocus());
        }
    }

    void bearerAndWhitespaceAreReported()
    {
        test::UiFixture f;
        const jose::Key key = addStoreKey(f.store, jose::Algorithm::ES256, model::KeyState::Active);
        auto page = openPage(&f);
        QVERIFY(page);
        const QString token = qs(sign(key, claims(now() + 600, now())));
        const QString wrapped = u"  Bearer "_s + token.left(40) + u"\n"_s + token.mid(40, 40) +
                                u"\r\n"_s + token.mid(80) + u"\n"_s;
        QVERIFY(inspect(*page, wrapped));
        QCOMPARE(page->verdict(), Verdict::Valid);
        const QStringList problems = page->view()->problemTexts();
        QVERIFY2(anyContains(problems, u"info: The “Bearer” prefix was left out"_s),
                 qPrintable(problems.join(u'\n')));
        QVERIFY(anyContains(problems, u"warning: The token had whitespace inside it (2 places"_s));

        QVERIFY(inspect(*page, u"Authorization: Bearer \""_s + token + u"\""_s));
        QCOMPARE(page->verdict(), Verdict::Valid);
        QVERIFY(anyContains(page->view()->problemTexts(), u"Authorization: Bearer"_s));
        QVERIFY(anyContains(page->view()->problemTexts(), u"quotes"_s));
    }

    void layoutMapsPositions()
    {
        const auto layout = inspector::TokenLayout::of(u" Bearer AA.c d.e\n"_s);
        QCOMPARE(layout.token(), u"AA.cd.e"_s);
        QCOMPARE(layout.partCount(), 3);
        QCOMPARE(layout.textPosition(0), qsizetype(8));
        QCOMPARE(layout.textPosition(4), qsizetype(13)); // "d", after the space
        QCOMPARE(layout.part(1).toString(), u"cd"_s);
        QCOMPARE(layout.firstBadPosition(0), qsizetype(-1));
        QCOMPARE(layout.firstBadPosition(1), qsizetype(4)); // "cd" leaves bits that are not 0
        QCOMPARE(layout.firstBadPosition(2), qsizetype(6)); // one character cannot be base64
    }

    void timeWords_data()
    {
        QTest::addColumn<QString>("claim");
        QTest::addColumn<int>("offset");
        QTest::addColumn<QString>("words");
        QTest::newRow("expires in 5 minutes") << u"exp"_s << 300 << u"expires in 5 minutes"_s;
        QTest::newRow("expired 3 hours ago") << u"exp"_s << -3 * 3600 << u"expired 3 hours ago"_s;
        QTest::newRow("expired 1 second ago") << u"exp"_s << -1 << u"expired 1 second ago"_s;
        QTest::newRow("issued 2 days ago") << u"iat"_s << -2 * 86400 << u"issued 2 days ago"_s;
        QTest::newRow("issued in the future")
            << u"iat"_s << 90 << u"issued 1 minute in the future"_s;
        QTest::newRow("valid in 1 hour") << u"nbf"_s << 3600 << u"valid in 1 hour"_s;
        QTest::newRow("signed in 3 months ago")
            << u"auth_time"_s << -95 * 86400 << u"signed in 3 months ago"_s;
        QTest::newRow("2 years") << u"exp"_s << 800 * 86400 << u"expires in 2 years"_s;
    }

    void timeWords()
    {
        QFETCH(QString, claim);
        QFETCH(int, offset);
        QFETCH(QString, words);
        const std::int64_t t = 1767225600;
        QCOMPARE(inspector::TimeText::relative(claim, double(t + offset), t), words);
    }

    void timesCountDownAndExpiryIsCheckedAgain()
    {
        test::UiFixture f;
        const jose::Key key = addStoreKey(f.store, jose::Algorithm::ES256, model::KeyState::Active);
        auto page = openPage(&f);
        QVERIFY(page);
        page->verification()->setLeeway(0);
        QVERIFY(settle(*page));
        const std::int64_t exp = now() + 3;
        QVERIFY(inspect(*page, sign(key, claims(exp, now()))));
        QCOMPARE(page->verdict(), Verdict::Valid);
        QVERIFY(anyContains(page->view()->timeTexts(), u"exp: expires in"_s));
        // Once it expires, the words and the verdict follow without a new paste.
        QTRY_VERIFY_WITH_TIMEOUT(anyContains(page->view()->timeTexts(), u"exp: expired"_s), 8000);
        QTRY_COMPARE_WITH_TIMEOUT(page->verdict(), Verdict::Rejected, 8000);
    }

    void staleResultsAreDropped()
    {
        test::UiFixture f;
        const jose::Key key = addStoreKey(f.store, jose::Algorithm::ES256, model::KeyState::Active);
        auto page = openPage(&f);
        QVERIFY(page);
        // A is large enough to take a while; B is small and quick.
        json::Value big = claims(now() + 600, now());
        big.set("blob", std::string(1 << 20, 'x'));
        const QString a = qs(sign(key, big));
        const QString b = qs(sign(key, claims(now() - 7200, now() - 9000)));
        for (int wait : {0, 1, 5, 30, 120, 300}) {
            page->setTokenText(a);
            QTest::qWait(wait);
            QStringList shown;
            auto connection = connect(page.get(), &ui::InspectorPage::reportShown, this, [&] {
                shown << (page->report() ? page->report()->text : QString());
            });
            page->setTokenText(b);
            QVERIFY(settle(*page));
            disconnect(connection);
            QVERIFY2(!shown.isEmpty(), "B was never shown");
            for (const QString& text : shown)
                QVERIFY2(text == b,
                         qPrintable(u"a stale report was shown after %1 ms"_s.arg(wait)));
            QCOMPARE(page->report()->text, b);
            QCOMPARE(page->verdict(), Verdict::Rejected);
        }
        // A alone, a megabyte: decoded off the GUI thread, held aside rather
        // than laid out in the editor, its long value cut in the view but
        // copied whole.
        QVERIFY(inspect(*page, a));
        QCOMPARE(page->verdict(), Verdict::Valid);
        QVERIFY(page->findChild<QLabel*>(u"largeTokenNote"_s)->isVisible());
        QVERIFY(page->report()->payloadText.size() > (1 << 20));
        QVERIFY(page->view()->payloadText().size() < 10000);
        QVERIFY(page->view()->payloadText().contains(u"more characters)"_s));
        QTest::mouseClick(page->findChild<QToolButton*>(u"copyPayloadButton"_s), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), page->report()->payloadText);

        // Pasted into the editor with Ctrl+V, the same.
        page->setTokenText(QString());
        QVERIFY(settle(*page));
        auto* edit = page->findChild<QPlainTextEdit*>(u"tokenEdit"_s);
        QVERIFY(edit->isVisible());
        QGuiApplication::clipboard()->setText(a);
        edit->setFocus();
        QTest::keySequence(edit, QKeySequence::Paste);
        QTRY_COMPARE(page->tokenText(), a);
        QVERIFY(edit->toPlainText().isEmpty());
        QVERIFY(settle(*page));
        QCOMPARE(page->verdict(), Verdict::Valid);
        // A short token again: back in the editor.
        QVERIFY(inspect(*page, b));
        QVERIFY(edit->isVisible());
        QCOMPARE(edit->toPlainText(), b);
    }

    void keyboardAndButtons()
    {
        test::UiFixture f;
        const jose::Key key = addStoreKey(f.store, jose::Algorithm::ES256, model::KeyState::Active);
        auto page = openPage(&f);
        QVERIFY(page);
        QApplication::setActiveWindow(page.get());
        QVERIFY(QTest::qWaitForWindowActive(page.get()));
        auto* edit = page->findChild<QPlainTextEdit*>(u"tokenEdit"_s);
        const QString token = qs(sign(key, claims(now() + 600, now())));

        // Ctrl+F (the main window calls focusSearch) puts the cursor in the field.
        page->findChild<QPushButton*>(u"pasteButton"_s)->setFocus();
        page->focusSearch();
        QVERIFY(edit->hasFocus());
        // Ctrl+V in the field.
        QGuiApplication::clipboard()->setText(token);
        QTest::keySequence(edit, QKeySequence::Paste);
        QTRY_COMPARE(edit->toPlainText(), token);
        QVERIFY(settle(*page));
        QCOMPARE(page->verdict(), Verdict::Valid);

        // Ctrl+V elsewhere on the page replaces the token.
        QGuiApplication::clipboard()->setText(u"not.a-token"_s);
        auto* combo = page->findChild<QComboBox*>(u"keySourceCombo"_s);
        combo->setFocus();
        QVERIFY(combo->hasFocus());
        QTest::keySequence(combo, QKeySequence::Paste);
        QTRY_COMPARE(edit->toPlainText(), u"not.a-token"_s);
        QVERIFY(settle(*page));
        QCOMPARE(page->verdict(), Verdict::Malformed);

        // The Paste button, then Clear.
        QGuiApplication::clipboard()->setText(token);
        QTest::mouseClick(page->findChild<QPushButton*>(u"pasteButton"_s), Qt::LeftButton);
        QVERIFY(settle(*page));
        QCOMPARE(page->verdict(), Verdict::Valid);
        QTest::mouseClick(page->findChild<QPushButton*>(u"clearButton"_s), Qt::LeftButton);
        QVERIFY(settle(*page));
        QVERIFY(edit->toPlainText().isEmpty());
        QCOMPARE(page->verdict(), Verdict::Empty);
        QVERIFY(page->findChild<QWidget*>(u"inspectorEmptyState"_s)->isVisible());
    }

    void withoutStoreAndNarrow()
    {
        auto page = openPage(nullptr);
        QVERIFY(page);
        QCOMPARE(page->verification()->source(), Source::Pasted);
        const jose::Key key = generate(jose::Algorithm::ES256);
        QVERIFY(inspect(*page, sign(key, claims(now() + 600, now()))));
        QCOMPARE(page->verdict(), Verdict::Unchecked);
        // Narrow: the sides are stacked.
        page->resize(640, 600);
        auto* splitter = page->findChild<QSplitter*>(u"inspectorSplitter"_s);
        QTRY_COMPARE(splitter->orientation(), Qt::Vertical);
        page->resize(1300, 800);
        QTRY_COMPARE(splitter->orientation(), Qt::Horizontal);
    }

    void darkPalette()
    {
        test::UiFixture f;
        const jose::Key key = addStoreKey(f.store, jose::Algorithm::ES256, model::KeyState::Active);
        auto page = openPage(&f);
        QVERIFY(page);
        QVERIFY(inspect(*page, sign(key, claims(now() + 600, now()))));
        const QColor lightHeader = inspector::tokenPartColor(0, page->palette());
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::WindowText, Qt::white);
        dark.setColor(QPalette::Text, Qt::white);
        page->setPalette(dark);
        const QColor darkHeader = inspector::tokenPartColor(0, page->palette());
        QVERIFY(darkHeader != lightHeader);
        QVERIFY(darkHeader.lightness() > 128);
        auto* title = page->findChild<QLabel*>(u"verdictTitle"_s);
        QTRY_VERIFY(title->palette().color(QPalette::WindowText).lightness() > 128);
        QVERIFY(page->findChild<QLabel*>(u"tokenLegend"_s)->text().contains(darkHeader.name()));
    }
};

QTEST_MAIN(TestUiInspector)
#include "tst_ui_inspector.moc"
