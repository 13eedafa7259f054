// Metadata limits profiles, external id and email checks, and the metadata
// merge rule: every limit at the limit and one over.

#include "TestSupport.h"
#include "json/Reader.h"
#include "json/Utf8.h"
#include "json/Writer.h"
#include "model/MetadataLimits.h"

#include <QTest>

using namespace claimsmith;
using namespace claimsmith::model;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(claimsmith::json::Value)
Q_DECLARE_METATYPE(claimsmith::model::LimitsProfile)

namespace {

json::Value parsed(std::string_view text)
{
    json::ParseResult r = json::parse(text);
    if (!r.ok)
        qFatal("bad test JSON: %s", r.error.toString().c_str());
    return r.value;
}

std::string repeat(std::string_view s, std::size_t n)
{
    std::string out;
    for (std::size_t i = 0; i < n; ++i)
        out += s;
    return out;
}

// n keys "k0".."k{n-1}", each with the value `value`.
json::Value keys(std::size_t n, const json::Value& value = json::Value("v"))
{
    json::Value bag{json::Object{}};
    for (std::size_t i = 0; i < n; ++i)
        bag.object().push_back({"k" + std::to_string(i), value});
    return bag;
}

json::Value one(std::string key, json::Value value)
{
    json::Value bag{json::Object{}};
    bag.object().push_back({std::move(key), std::move(value)});
    return bag;
}

// `depth` arrays nested in each other, innermost holding 1.
json::Value nested(int depth, bool objects = false)
{
    json::Value v(1);
    for (int i = 0; i < depth; ++i) {
        if (objects)
            v = json::Value::object({{"n", v}});
        else
            v = json::Value(json::Array{v});
    }
    return v;
}

// A string value whose compact JSON is exactly `bytes` bytes (quotes included).
json::Value sizedString(std::size_t bytes)
{
    return json::Value(std::string(bytes - 2, 'x'));
}

// A bag of exactly `bytes` bytes of compact JSON: three 16 KiB values and a
// fourth that makes up the rest.
json::Value sizedBag(std::size_t bytes)
{
    json::Value bag{json::Object{}};
    for (int i = 0; i < 3; ++i)
        bag.object().push_back({"k" + std::to_string(i), sizedString(16384)});
    const std::size_t overhead = 2 + 3 + 4 * 5; // braces, commas, "kN":
    bag.object().push_back({"k3", sizedString(bytes - overhead - 3 * 16384)});
    return bag;
}

} // namespace

class TestModelLimits : public QObject
{
    Q_OBJECT

private slots:
    void profileNames();
    void profileForBag();
    void checkMetadata_data();
    void checkMetadata();
    void sizedBagsAreTheSizeTheySay();
    void briefExampleMessage();
    void bagNameStartsTheMessage();
    void checkExternalId_data();
    void checkExternalId();
    void checkEmail_data();
    void checkEmail();
    void merge_data();
    void merge();
    void mergeKeeps64BitIntegers();
};

void TestModelLimits::profileNames()
{
    QCOMPARE(limitsProfileFromName("default"), std::optional(LimitsProfile::Default));
    QCOMPARE(limitsProfileFromName("workos"), std::optional(LimitsProfile::WorkOS));
    QCOMPARE(limitsProfileFromName("WorkOS"), std::optional(LimitsProfile::WorkOS));
    QCOMPARE(limitsProfileFromName("auth0"), std::optional(LimitsProfile::Auth0));
    QCOMPARE(limitsProfileFromName("okta"), std::optional<LimitsProfile>());
    QCOMPARE(limitsProfileFromName(""), std::optional<LimitsProfile>());
    for (LimitsProfile p : {LimitsProfile::Default, LimitsProfile::WorkOS, LimitsProfile::Auth0})
        QCOMPARE(limitsProfileFromName(limitsProfileName(p)), std::optional(p));
    QCOMPARE(limitsProfileName(LimitsProfile::WorkOS), std::string_view("workos"));
}

void TestModelLimits::profileForBag()
{
    for (std::string_view bag : {"metadata", "user_metadata"})
        QCOMPARE(model::profileForBag(LimitsProfile::WorkOS, bag), LimitsProfile::WorkOS);
    QCOMPARE(model::profileForBag(LimitsProfile::WorkOS, "sso_attributes"), LimitsProfile::Default);
    QCOMPARE(model::profileForBag(LimitsProfile::Auth0, "custom_attributes"),
             LimitsProfile::Default);
    QCOMPARE(model::profileForBag(LimitsProfile::Auth0, "metadata"), LimitsProfile::Auth0);
}

void TestModelLimits::checkMetadata_data()
{
    QTest::addColumn<LimitsProfile>("profile");
    QTest::addColumn<json::Value>("bag");
    QTest::addColumn<QString>("limit"); // empty: passes
    QTest::addColumn<QString>("key");
    QTest::addColumn<QStringList>("mentions"); // parts of the message

    const auto W = LimitsProfile::WorkOS;
    const auto A = LimitsProfile::Auth0;
    const auto D = LimitsProfile::Default;
    const QStringList none;

    // workos: keys
    QTest::newRow("workos: empty bag") << W << parsed("{}") << QString() << QString() << none;
    QTest::newRow("workos: 10 keys") << W << keys(10) << QString() << QString() << none;
    QTest::newRow("workos: 11 keys") << W << keys(11) << u"key_count"_s << QString()
                                     << QStringList{u"11 keys"_s, u"workos"_s, u"at most 10"_s};
    QTest::newRow("workos: key of 40")
        << W << one(std::string(40, 'k'), "v") << QString() << QString() << none;
    QTest::newRow("workos: key of 41")
        << W << one(std::string(41, 'k'), "v") << u"key_length"_s
        << QString::fromStdString(std::string(41, 'k'))
        << QStringList{u"41 characters"_s, u"workos profile allows at most 40"_s};
    QTest::newRow("workos: empty key") << W << one("", "v") << u"key_length"_s << QString()
                                       << QStringList{u"empty key"_s, u"1–40"_s};
    QTest::newRow("workos: non-ASCII key")
        << W << one("café", "v") << u"key_characters"_s << u"café"_s
        << QStringList{u"\"café\""_s, u"U+00E9"_s, u"only ASCII in keys"_s};
    // workos: values
    QTest::newRow("workos: number value")
        << W << parsed(R"({"seats":42})") << u"value_type"_s << u"seats"_s
        << QStringList{u"\"seats\""_s, u"a number"_s, u"only string values"_s};
    QTest::newRow("workos: object value")
        << W << parsed(R"({"plan":{"tier":"gold"}})") << u"value_type"_s << u"plan"_s
        << QStringList{u"an object"_s, u"write the value as a string"_s};
    QTest::newRow("workos: array value") << W << parsed(R"({"tags":[]})") << u"value_type"_s
                                         << u"tags"_s << QStringList{u"an array"_s};
    QTest::newRow("workos: boolean value") << W << parsed(R"({"beta":true})") << u"value_type"_s
                                           << u"beta"_s << QStringList{u"a boolean"_s};
    QTest::newRow("workos: null value") << W << parsed(R"({"gone":null})") << u"value_type"_s
                                        << u"gone"_s << QStringList{u"holds null"_s};
    QTest::newRow("workos: non-ASCII value")
        << W << parsed(R"({"city":"Zürich"})") << u"value_characters"_s << u"city"_s
        << QStringList{u"\"city\""_s, u"U+00FC"_s, u"only ASCII in values"_s};
    QTest::newRow("workos: value of 600")
        << W << one("bio", std::string(600, 'b')) << QString() << QString() << none;
    QTest::newRow("workos: value of 601")
        << W << one("bio", std::string(601, 'b')) << u"value_length"_s << u"bio"_s
        << QStringList{u"\"bio\""_s, u"601 characters"_s, u"at most 600"_s};
    QTest::newRow("workos: ASCII control in value is ASCII")
        << W << parsed(R"({"note":"two\nlines"})") << QString() << QString() << none;

    // auth0
    QTest::newRow("auth0: dot in key")
        << A << parsed(R"({"address.city":"Paris"})") << u"key_characters"_s << u"address.city"_s
        << QStringList{u"\"address.city\""_s, u"contains \".\""_s, u"auth0 profile"_s,
                       u"rename the key"_s};
    QTest::newRow("auth0: dollar in key") << A << parsed(R"({"$set":1})") << u"key_characters"_s
                                          << u"$set"_s << QStringList{u"contains \"$\""_s};
    QTest::newRow("auth0: dollar inside a nested key is data")
        << A << parsed(R"({"q":{"$gt":1}})") << QString() << QString() << none;
    QTest::newRow("auth0: any JSON value")
        << A << parsed(R"({"n":1,"o":{"a":[true,null]}})") << QString() << QString() << none;
    QTest::newRow("auth0: 100 keys") << A << keys(100) << QString() << QString() << none;
    QTest::newRow("auth0: 101 keys") << A << keys(101) << u"key_count"_s << QString()
                                     << QStringList{u"101 keys"_s, u"auth0"_s, u"at most 100"_s};
    QTest::newRow("auth0: key of 201")
        << A << one(std::string(201, 'k'), 1) << u"key_length"_s
        << QString::fromStdString(std::string(201, 'k')) << QStringList{u"at most 200"_s};
    QTest::newRow("auth0: nesting 17")
        << A << one("deep", nested(17)) << u"depth"_s << u"deep"_s << QStringList{u"at most 16"_s};

    // default: keys
    QTest::newRow("default: 100 keys") << D << keys(100) << QString() << QString() << none;
    QTest::newRow("default: 101 keys")
        << D << keys(101) << u"key_count"_s << QString()
        << QStringList{u"101 keys"_s, u"default profile allows at most 100"_s, u"remove 1 key"_s};
    QTest::newRow("default: key of 200")
        << D << one(std::string(200, 'k'), 1) << QString() << QString() << none;
    QTest::newRow("default: key of 201")
        << D << one(std::string(201, 'k'), 1) << u"key_length"_s
        << QString::fromStdString(std::string(201, 'k'))
        << QStringList{u"201 characters"_s, u"at most 200"_s, u"…\""_s};
    QTest::newRow("default: key of 200 two-byte characters")
        << D << one(repeat("é", 200), 1) << QString() << QString() << none;
    QTest::newRow("default: key of 201 two-byte characters")
        << D << one(repeat("é", 201), 1) << u"key_length"_s
        << QString::fromStdString(repeat("é", 201)) << QStringList{u"201 characters"_s};
    QTest::newRow("default: empty key") << D << one("", 1) << u"key_length"_s << QString()
                                        << QStringList{u"empty key"_s, u"1–200"_s};
    QTest::newRow("default: control character in key")
        << D << one("a\x01", 1) << u"key_characters"_s << u"a\x01"_s
        << QStringList{u"\"a\\u0001\""_s, u"U+0001"_s};
    QTest::newRow("default: DEL in key")
        << D << one("a\x7f", 1) << u"key_characters"_s << u"a\x7f"_s << QStringList{u"U+007F"_s};
    QTest::newRow("default: C1 control in key") << D << one("a\u0085", 1) << u"key_characters"_s
                                                << u"a\u0085"_s << QStringList{u"U+0085"_s};
    QTest::newRow("default: unicode key")
        << D << one("größe 🎉", 1) << QString() << QString() << none;
    QTest::newRow("default: duplicate key")
        << D << json::Value(json::Object{{"a", 1}, {"b", 2}, {"a", 3}}) << u"duplicate_key"_s
        << u"a"_s << QStringList{u"\"a\""_s, u"more than once"_s};
    // default: values
    QTest::newRow("default: any JSON value")
        << D << parsed(R"({"n":18446744073709551615,"s":"Zürich","o":{"a":[1.5,null,false]}})")
        << QString() << QString() << none;
    QTest::newRow("default: nesting 16 arrays")
        << D << one("deep", nested(16)) << QString() << QString() << none;
    QTest::newRow("default: nesting 17 arrays")
        << D << one("deep", nested(17)) << u"depth"_s << u"deep"_s
        << QStringList{u"\"deep\""_s, u"more than 16 levels"_s, u"at most 16"_s};
    QTest::newRow("default: nesting 16 objects")
        << D << one("deep", nested(16, true)) << QString() << QString() << none;
    QTest::newRow("default: nesting 17 objects")
        << D << one("deep", nested(17, true)) << u"depth"_s << u"deep"_s << none;
    QTest::newRow("default: nesting 1000")
        << D << one("deep", nested(1000)) << u"depth"_s << u"deep"_s << none;
    QTest::newRow("default: value of 16 KiB")
        << D << one("big", sizedString(16384)) << QString() << QString() << none;
    QTest::newRow("default: value of 16 KiB + 1")
        << D << one("big", sizedString(16385)) << u"value_size"_s << u"big"_s
        << QStringList{u"\"big\""_s, u"16385 bytes"_s, u"at most 16384 (16 KiB)"_s};
    QTest::newRow("default: bag of 64 KiB")
        << D << sizedBag(65536) << QString() << QString() << none;
    QTest::newRow("default: bag of 64 KiB + 1")
        << D << sizedBag(65537) << u"bag_size"_s << QString()
        << QStringList{u"65537 bytes"_s, u"at most 65536 (64 KiB)"_s};
    QTest::newRow("default: not an object") << D << parsed("[1,2]") << u"not_object"_s << QString()
                                            << QStringList{u"must be a JSON object"_s};
    QTest::newRow("default: null bag")
        << D << json::Value() << u"not_object"_s << QString() << QStringList{u"not null"_s};
}

void TestModelLimits::checkMetadata()
{
    QFETCH(LimitsProfile, profile);
    QFETCH(json::Value, bag);
    QFETCH(QString, limit);
    QFETCH(QString, key);
    QFETCH(QStringList, mentions);

    const std::optional<LimitViolation> v = model::checkMetadata(bag, profile, "metadata");
    if (limit.isEmpty()) {
        QVERIFY2(!v, v ? v->message.c_str() : "");
        return;
    }
    QVERIFY(v);
    QCOMPARE(QString::fromStdString(v->limit), limit);
    QCOMPARE(QString::fromStdString(v->key), key);
    QVERIFY(utf8::isValid(v->message));
    QVERIFY2(v->message.starts_with("metadata "), v->message.c_str());
    const QString message = QString::fromStdString(v->message);
    for (const QString& part : mentions)
        QVERIFY2(message.contains(part), qPrintable(message + u" lacks "_s + part));
}

void TestModelLimits::sizedBagsAreTheSizeTheySay()
{
    QCOMPARE(json::toString(sizedBag(65536)).size(), std::size_t{65536});
    QCOMPARE(json::toString(sizedBag(65537)).size(), std::size_t{65537});
    QCOMPARE(json::toString(sizedString(16385)).size(), std::size_t{16385});
}

void TestModelLimits::briefExampleMessage()
{
    const std::optional<LimitViolation> v =
        model::checkMetadata(one("favourite_colour_of_the_customer_accounts", "blue"),
                             LimitsProfile::WorkOS, "metadata");
    QVERIFY(v);
    QCOMPARE(v->message, std::string("metadata key \"favourite_colour_of_the_customer_accounts\" "
                                     "is 41 characters; the workos profile allows at most 40"));
    QCOMPARE(v->key, std::string("favourite_colour_of_the_customer_accounts"));
    QCOMPARE(v->limit, std::string(kLimitKeyLength));
}

void TestModelLimits::bagNameStartsTheMessage()
{
    // Invalid UTF-8 cannot come from the parser; values built in code can hold it.
    const std::optional<LimitViolation> key =
        model::checkMetadata(one("bad\xff", 1), LimitsProfile::Default, "user_metadata");
    QVERIFY(key);
    QCOMPARE(key->limit, std::string(kLimitKeyCharacters));
    QCOMPARE(key->key, std::string("bad\xff"));
    QVERIFY(key->message.starts_with("user_metadata key \"bad\xEF\xBF\xBD\""));
    QVERIFY(key->message.find("not valid UTF-8") != std::string::npos);
    QVERIFY(utf8::isValid(key->message));

    const std::optional<LimitViolation> value = model::checkMetadata(
        one("s", json::Value::object({{"deep", json::Value::array({"ok", "\xc3"})}})),
        LimitsProfile::Default, "sso_attributes");
    QVERIFY(value);
    QCOMPARE(value->limit, std::string(kLimitValueCharacters));
    QCOMPARE(value->key, std::string("s"));
    QVERIFY(value->message.starts_with("sso_attributes key \"s\""));

    json::Value nestedKey = one("o", json::Value(json::Object{{"\xfe", 1}}));
    QCOMPARE(model::checkMetadata(nestedKey, LimitsProfile::Auth0, "metadata")->limit,
             std::string(kLimitValueCharacters));
}

void TestModelLimits::checkExternalId_data()
{
    QTest::addColumn<LimitsProfile>("profile");
    QTest::addColumn<QByteArray>("id");
    QTest::addColumn<QString>("problem"); // empty: valid; else part of the message

    const auto D = LimitsProfile::Default;
    const auto W = LimitsProfile::WorkOS;
    QTest::newRow("simple") << D << QByteArray("crm-123") << QString();
    QTest::newRow("one character") << D << QByteArray("x") << QString();
    QTest::newRow("256") << D << QByteArray(256, 'x') << QString();
    QTest::newRow("257") << D << QByteArray(257, 'x')
                         << u"257 characters; the default profile allows at most 256"_s;
    QTest::newRow("256 two-byte characters")
        << D << QByteArray::fromStdString(repeat("ü", 256)) << QString();
    QTest::newRow("workos 64") << W << QByteArray(64, 'x') << QString();
    QTest::newRow("workos 65") << W << QByteArray(65, 'x')
                               << u"65 characters; the workos profile allows at most 64"_s;
    QTest::newRow("auth0 uses 256") << LimitsProfile::Auth0 << QByteArray(256, 'x') << QString();
    QTest::newRow("empty") << D << QByteArray() << u"external_id is empty"_s;
    QTest::newRow("tab") << D << QByteArray("a\tb") << u"control character U+0009"_s;
    QTest::newRow("newline") << D << QByteArray("a\n") << u"U+000A"_s;
    QTest::newRow("invalid UTF-8") << D << QByteArray("a\xff") << u"not valid UTF-8"_s;
    QTest::newRow("unicode and spaces") << D << QByteArray("Kunde Nr. 7 – Zürich") << QString();
}

void TestModelLimits::checkExternalId()
{
    QFETCH(LimitsProfile, profile);
    QFETCH(QByteArray, id);
    QFETCH(QString, problem);
    const std::optional<std::string> m = model::checkExternalId(id.toStdString(), profile);
    if (problem.isEmpty()) {
        QVERIFY2(!m, m ? m->c_str() : "");
        return;
    }
    QVERIFY(m);
    QVERIFY2(QString::fromStdString(*m).contains(problem), m->c_str());
}

void TestModelLimits::checkEmail_data()
{
    QTest::addColumn<QByteArray>("email");
    QTest::addColumn<QString>("problem");

    QTest::newRow("plain") << QByteArray("ada@example.com") << QString();
    QTest::newRow("shortest") << QByteArray("a@b") << QString();
    QTest::newRow("plus and dots") << QByteArray("first.last+tag@sub.example.co.uk") << QString();
    QTest::newRow("internationalized") << QByteArray("用户@例子.广告") << QString();
    QTest::newRow("320") << QByteArray(QByteArray(64, 'l') + '@' + QByteArray(255, 'd'))
                         << QString();
    QTest::newRow("321") << QByteArray(QByteArray(65, 'l') + '@' + QByteArray(255, 'd'))
                         << u"321 characters; at most 320"_s;
    QTest::newRow("empty") << QByteArray() << u"email is empty"_s;
    QTest::newRow("no at") << QByteArray("ada.example.com") << u"has no \"@\""_s;
    QTest::newRow("two ats") << QByteArray("a@b@c") << u"more than one \"@\""_s;
    QTest::newRow("nothing before") << QByteArray("@example.com") << u"nothing before"_s;
    QTest::newRow("nothing after") << QByteArray("ada@") << u"nothing after"_s;
    QTest::newRow("space") << QByteArray("ada lovelace@example.com") << u"contains a space"_s;
    QTest::newRow("no-break space")
        << QByteArray("ada\xc2\xa0@example.com") << u"contains a space (U+00A0)"_s;
    QTest::newRow("newline") << QByteArray("ada@example.com\n") << u"U+000A"_s;
    QTest::newRow("invalid UTF-8") << QByteArray("ad\xe9@example.com") << u"not valid UTF-8"_s;
}

void TestModelLimits::checkEmail()
{
    QFETCH(QByteArray, email);
    QFETCH(QString, problem);
    const std::optional<std::string> m = model::checkEmail(email.toStdString());
    if (problem.isEmpty()) {
        QVERIFY2(!m, m ? m->c_str() : "");
        return;
    }
    QVERIFY(m);
    QVERIFY(utf8::isValid(*m));
    QVERIFY2(QString::fromStdString(*m).contains(problem), m->c_str());
}

void TestModelLimits::merge_data()
{
    QTest::addColumn<QByteArray>("current");
    QTest::addColumn<QByteArray>("patch");
    QTest::addColumn<QByteArray>("expected"); // empty: refused

    QTest::newRow("null deletes") << QByteArray(R"({"a":1,"b":2,"c":3})")
                                  << QByteArray(R"({"b":null})") << QByteArray(R"({"a":1,"c":3})");
    QTest::newRow("existing keys keep their place, new keys are appended")
        << QByteArray(R"({"a":1,"b":2})") << QByteArray(R"({"d":4,"a":10,"c":3})")
        << QByteArray(R"({"a":10,"b":2,"d":4,"c":3})");
    QTest::newRow("nested objects are replaced, not merged")
        << QByteArray(R"({"x":{"p":1,"q":2},"y":[1,2]})") << QByteArray(R"({"x":{"q":3},"y":[3]})")
        << QByteArray(R"({"x":{"q":3},"y":[3]})");
    QTest::newRow("null for an absent key adds nothing")
        << QByteArray(R"({"a":1})") << QByteArray(R"({"zz":null})") << QByteArray(R"({"a":1})");
    QTest::newRow("delete then re-add goes to the end")
        << QByteArray(R"({"a":1,"b":2})") << QByteArray(R"({"a":null,"a":5})")
        << QByteArray(R"({"b":2,"a":5})");
    QTest::newRow("empty patch") << QByteArray(R"({"a":1})") << QByteArray("{}")
                                 << QByteArray(R"({"a":1})");
    QTest::newRow("null current counts as {}")
        << QByteArray("null") << QByteArray(R"({"a":1})") << QByteArray(R"({"a":1})");
    QTest::newRow("everything deleted")
        << QByteArray(R"({"a":1})") << QByteArray(R"({"a":null})") << QByteArray("{}");
    QTest::newRow("array patch refused") << QByteArray("{}") << QByteArray("[]") << QByteArray();
    QTest::newRow("null patch refused")
        << QByteArray(R"({"a":1})") << QByteArray("null") << QByteArray();
    QTest::newRow("string patch refused")
        << QByteArray("{}") << QByteArray(R"("x")") << QByteArray();
}

void TestModelLimits::merge()
{
    QFETCH(QByteArray, current);
    QFETCH(QByteArray, patch);
    QFETCH(QByteArray, expected);
    json::ParseOptions dupes;
    dupes.allowDuplicateKeys = true;
    const std::optional<json::Value> merged = mergeMetadata(
        json::parse(current.toStdString()).value, json::parse(patch.toStdString(), dupes).value);
    if (expected.isEmpty()) {
        QVERIFY(!merged);
        return;
    }
    QVERIFY(merged);
    QCOMPARE(json::toString(*merged), expected.toStdString());
}

void TestModelLimits::mergeKeeps64BitIntegers()
{
    const json::Value current =
        parsed(R"({"big":18446744073709551615,"neg":-9223372036854775808})");
    const std::optional<json::Value> merged =
        mergeMetadata(current, parsed(R"({"also":9007199254740993})"));
    QVERIFY(merged);
    QCOMPARE(json::toString(*merged),
             std::string(R"({"big":18446744073709551615,"neg":-9223372036854775808,)"
                         R"("also":9007199254740993})"));
}

QTEST_APPLESS_MAIN(TestModelLimits)
#include "tst_model_limits.moc"
