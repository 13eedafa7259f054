// The JSON value of claims and contexts: order, exact numbers, strictness,
// limits, and a writer whose output is always valid JSON.

#include "TestSupport.h"
#include "json/Base64.h"
#include "json/Number.h"
#include "json/Reader.h"
#include "json/Utf8.h"
#include "json/Writer.h"

#include <QTest>

using namespace claimsmith;
using namespace claimsmith::json;

class TestJson : public QObject
{
    Q_OBJECT

private slots:
    void keepsMemberOrder();
    void integersAreExact();
    void otherNumbersKeepTheirText();
    void numberGrammar_data();
    void numberGrammar();
    void strictness_data();
    void strictness();
    void errorPositions();
    void duplicateKeys();
    void depthLimit();
    void memberAndElementLimits();
    void loneSurrogateEscapes();
    void writerEscapes();
    void writerRepairsInvalidUtf8();
    void prettyOutput();
    void equality();
    void roundTrip();
    void base64Strict_data();
    void base64Strict();
    void base64Lenient();
    void utf8();
};

void TestJson::keepsMemberOrder()
{
    const ParseResult r = parse(R"({"z":1,"a":2,"m":{"y":1,"b":2}})");
    QVERIFY(r.ok);
    QCOMPARE(r.value.object()[0].key, std::string("z"));
    QCOMPARE(r.value.object()[1].key, std::string("a"));
    QCOMPARE(toString(r.value), std::string(R"({"z":1,"a":2,"m":{"y":1,"b":2}})"));
}

void TestJson::integersAreExact()
{
    const ParseResult r = parse(
        R"([9223372036854775807,-9223372036854775808,18446744073709551615,9007199254740993])");
    QVERIFY(r.ok);
    const Array& a = r.value.array();
    QCOMPARE(a[0].numberKind(), NumberKind::Int);
    QCOMPARE(a[0].toInt64(), INT64_MAX);
    QCOMPARE(a[1].toInt64(), INT64_MIN);
    QCOMPARE(a[2].numberKind(), NumberKind::UInt);
    QCOMPARE(a[2].toUInt64(), UINT64_MAX);
    QCOMPARE(a[3].toInt64(), std::int64_t(9007199254740993)); // not representable as a double
    QCOMPARE(
        toString(r.value),
        std::string(
            "[9223372036854775807,-9223372036854775808,18446744073709551615,9007199254740993]"));
}

void TestJson::otherNumbersKeepTheirText()
{
    const ParseResult r = parse(R"([1.10,1e5,-0,0.1,2E-3,18446744073709551616])");
    QVERIFY(r.ok);
    QCOMPARE(toString(r.value), std::string("[1.10,1e5,-0,0.1,2E-3,18446744073709551616]"));
    std::string text;
    appendNumberText(text, r.value.array()[0]);
    QCOMPARE(text, std::string("1.1"));
    text.clear();
    appendNumberText(text, r.value.array()[1]);
    QCOMPARE(text, std::string("100000"));
    QCOMPARE(Value::fromDouble(0.5).real().text, std::string("0.5"));
    // The shortest digits, written as JavaScript writes numbers.
    const std::pair<double, const char*> forms[] = {
        {0.1, "0.1"},
        {1e21, "1e+21"},
        {1.5e20, "150000000000000000000"},
        {1e-7, "1e-7"},
        {1.25e-6, "0.00000125"},
        {-2.5, "-2.5"},
        {123456.789, "123456.789"},
        {5e-324, "5e-324"},
        {1.7976931348623157e308, "1.7976931348623157e+308"}};
    for (const auto& [d, expected] : forms)
        QCOMPARE(formatDouble(d), std::string(expected));
    QCOMPARE(Value::fromDouble(3.0).numberKind(), NumberKind::Int);
}

void TestJson::numberGrammar_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    for (const char* ok : {"0", "-0", "1", "-1", "0.5", "1e9", "1E+9", "1e-9", "12.34e56"})
        QTest::newRow(ok) << QString::fromLatin1(ok) << true;
    for (const char* bad :
         {"", "-", "01", "1.", ".5", "1e", "1e+", "+1", "0x10", "1.2.3", "NaN", "Infinity", " 1"})
        QTest::newRow(bad[0] ? bad : "empty") << QString::fromLatin1(bad) << false;
}

void TestJson::numberGrammar()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(isJsonNumber(text.toStdString()), valid);
    Value v;
    QCOMPARE(Value::fromNumberText(text.toStdString(), v), valid);
}

void TestJson::strictness_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("trailing comma") << QByteArray(R"({"a":1,})");
    QTest::newRow("comment") << QByteArray("{/*x*/}");
    QTest::newRow("single quotes") << QByteArray("{'a':1}");
    QTest::newRow("NaN") << QByteArray("[NaN]");
    QTest::newRow("two values") << QByteArray("{} {}");
    QTest::newRow("junk after NUL") << QByteArray("{}\0junk", 7);
    QTest::newRow("NUL in a string") << QByteArray("[\"a\0b\"]", 7);
    QTest::newRow("invalid UTF-8") << QByteArray("[\"\xC3\x28\"]");
    QTest::newRow("lone surrogate escape ok, raw surrogate bytes not")
        << QByteArray("[\"\xED\xA0\x80\"]");
    QTest::newRow("control character") << QByteArray("[\"a\tb\"]");
    QTest::newRow("empty") << QByteArray("");
    QTest::newRow("huge exponent") << QByteArray("[1e400]");
}

void TestJson::strictness()
{
    QFETCH(QByteArray, text);
    const ParseResult r =
        parse(std::string_view(text.constData(), static_cast<std::size_t>(text.size())));
    QVERIFY(!r.ok);
    QVERIFY(!r.error.message.empty());
    QVERIFY(r.error.line >= 1 && r.error.column >= 1);
}

void TestJson::errorPositions()
{
    const ParseResult r = parse("{\n  \"a\": 1,\n  \"b\": tru\n}");
    QVERIFY(!r.ok);
    QCOMPARE(r.error.line, 3); // where reading failed: after "tru"
    QCOMPARE(r.error.column, 11);
    QVERIFY2(r.error.toString().rfind("3:11: ", 0) == 0, r.error.toString().c_str());
    // Columns count characters, not bytes.
    const ParseResult u = parse("{\"ää\": x}");
    QVERIFY(!u.ok);
    QCOMPARE(u.error.column, 8);
}

void TestJson::duplicateKeys()
{
    const ParseResult r = parse(R"({"a":1,"b":2,"a":3})");
    QVERIFY(!r.ok);
    QVERIFY2(r.error.message.find("duplicate member name \"a\"") != std::string::npos,
             r.error.message.c_str());
    QVERIFY(parse(R"({"a":1,"a":3})", ParseOptions{512, true}).ok);
    // The check also works for large objects.
    std::string big = "{";
    for (int i = 0; i < 200; ++i)
        big += "\"k" + std::to_string(i) + "\":1,";
    big += "\"k150\":2}";
    QVERIFY(!parse(big).ok);
}

void TestJson::depthLimit()
{
    const std::string deep = std::string(600, '[') + std::string(600, ']');
    const ParseResult r = parse(deep);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.message.find("nesting deeper than 512") != std::string::npos,
             r.error.message.c_str());
    QVERIFY(parse(std::string(500, '[') + std::string(500, ']')).ok);
    // Far deeper input fails the same way, without exhausting the stack.
    QVERIFY(!parse(std::string(200000, '[') + std::string(200000, ']')).ok);
}

void TestJson::memberAndElementLimits()
{
    auto object = [](std::size_t members) {
        std::string text = "{";
        for (std::size_t i = 0; i < members; ++i)
            text += (i ? ",\"k" : "\"k") + std::to_string(i) + "\":0";
        return text + "}";
    };
    auto array = [](std::size_t elements) {
        std::string text = "[";
        for (std::size_t i = 0; i < elements; ++i)
            text += i ? ",0" : "0";
        return text + "]";
    };
    // At the limits.
    QCOMPARE(parse(object(kMaxMembers)).value.size(), kMaxMembers);
    QCOMPARE(parse(array(kMaxElements)).value.size(), kMaxElements);
    // One over: refused at the extra member's name or element.
    const std::string members = object(kMaxMembers + 1);
    ParseResult r = parse(members);
    QVERIFY(!r.ok);
    QCOMPARE(r.error.toString(), "1:" + std::to_string(members.rfind(":0") + 1) +
                                     ": an object has more than 10,000 members, the limit for "
                                     "one object");
    const std::string elements = "{\"a\": " + array(kMaxElements + 1) + "}";
    r = parse(elements);
    QVERIFY(!r.ok);
    QCOMPARE(r.error.message, std::string("an array has more than 100,000 elements, the limit for "
                                          "one array"));
    QCOMPARE(r.error.offset, elements.rfind(",0") + 1);
    // Nested containers count as one element of their parent; a caller may allow more.
    QVERIFY(parse("[" + array(kMaxElements) + "," + object(kMaxMembers) + "]").ok);
    ParseOptions roomy;
    roomy.maxElements = kMaxElements + 1;
    QVERIFY(parse(array(kMaxElements + 1), roomy).ok);
}

void TestJson::loneSurrogateEscapes()
{
    // The second half of a surrogate pair alone is read as U+FFFD (in keys
    // too), so that what is read is UTF-8 and writes back the same; a first
    // half alone is refused; a whole pair is its character.
    const ParseResult r = parse(R"({"a\udc00": ["x\ude32y", "\ud83d\ude00"]})");
    QVERIFY2(r.ok, r.error.toString().c_str());
    const std::string text = toString(r.value);
    QCOMPARE(text, std::string("{\"a\xEF\xBF\xBD\":[\"x\xEF\xBF\xBDy\",\"\xF0\x9F\x98\x80\"]}"));
    QVERIFY(utf8::isValid(text));
    QVERIFY(parse(text).value == r.value);
    QVERIFY(!parse(R"(["\ud800"])").ok);
}

void TestJson::writerEscapes()
{
    std::string out;
    appendQuoted(out, std::string_view("a\"b\\c\n\t\x01\x1f\0z", 11));
    QCOMPARE(out, std::string(R"("a\"b\\c\n\t\u0001\u001f\u0000z")"));
    out.clear();
    appendQuoted(out, "\xE2\x80\xA8|\xE2\x80\xA9|é|😀");
    QCOMPARE(out, std::string("\"\\u2028|\\u2029|é|😀\""));
    QVERIFY(parse(out).ok);
}

void TestJson::writerRepairsInvalidUtf8()
{
    for (const char* bad :
         {"\xC3\x28", "\xFF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xC0\xAF", "abc\xE2\x82"}) {
        std::string out;
        appendQuoted(out, bad);
        QVERIFY2(utf8::isValid(out), bad);
        QVERIFY2(parse(out).ok, out.c_str());
        QVERIFY(out.find("\xEF\xBF\xBD") != std::string::npos);
    }
}

void TestJson::prettyOutput()
{
    const ParseResult r = parse(R"({"a":[1,{"b":null}],"c":{}})");
    QCOMPARE(toString(r.value, WriteOptions{true, 2}),
             std::string(
                 "{\n  \"a\": [\n    1,\n    {\n      \"b\": null\n    }\n  ],\n  \"c\": {}\n}"));
}

void TestJson::equality()
{
    QVERIFY(Value(1) == Value::fromDouble(1.0));
    QVERIFY(parse("1.0").value == Value(1));
    QVERIFY(parse("1.50").value == parse("1.5").value);
    QVERIFY(Value("a") != Value(1));
    QVERIFY(parse(R"({"a":[1,2]})").value == parse(R"({"a":[1,2]})").value);
    QVERIFY(parse(R"({"a":1,"b":2})").value != parse(R"({"b":2,"a":1})").value); // order matters
}

void TestJson::roundTrip()
{
    Value v = Value::object({{"s", "x\"y"},
                             {"n", Value(static_cast<long long>(-5))},
                             {"a", Value::array({true, nullptr, Value::fromDouble(1.5)})}});
    v["added"] = "late";
    v.set("s", "replaced");
    QVERIFY(v.remove("n"));
    const std::string text = toString(v);
    QCOMPARE(text, std::string(R"({"s":"replaced","a":[true,null,1.5],"added":"late"})"));
    QVERIFY(parse(text).value == v);
}

void TestJson::base64Strict_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("decoded");
    QTest::newRow("empty") << QByteArray("") << true << QByteArray("");
    QTest::newRow("one byte") << QByteArray("YQ") << true << QByteArray("a");
    QTest::newRow("two bytes") << QByteArray("YWI") << true << QByteArray("ab");
    QTest::newRow("url alphabet") << QByteArray("-_8") << true << QByteArray("\xfb\xff");
    QTest::newRow("padding") << QByteArray("YQ==") << false << QByteArray();
    QTest::newRow("standard alphabet") << QByteArray("+/8") << false << QByteArray();
    QTest::newRow("space") << QByteArray("Y Q") << false << QByteArray();
    QTest::newRow("newline") << QByteArray("YQ\n") << false << QByteArray();
    QTest::newRow("impossible length") << QByteArray("YWJjZ") << false << QByteArray();
    QTest::newRow("non-zero trailing bits") << QByteArray("YR") << false << QByteArray();
}

void TestJson::base64Strict()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, ok);
    QFETCH(QByteArray, decoded);
    std::string out;
    QCOMPARE(base64::decodeUrlStrict(text.toStdString(), out), ok);
    if (ok) {
        QCOMPARE(QByteArray::fromStdString(out), decoded);
        QCOMPARE(QByteArray::fromStdString(base64::encodeUrl(out)), text);
    }
}

void TestJson::base64Lenient()
{
    std::string out;
    QVERIFY(base64::decodeLenient("MTIzNA", out)); // ZITADEL stores values unpadded
    QCOMPARE(out, std::string("1234"));
    QVERIFY(base64::decodeLenient("MTIz\nNA==", out));
    QCOMPARE(out, std::string("1234"));
    QVERIFY(base64::decodeLenient("-_8=", out));
    QVERIFY(!base64::decodeLenient("MT=IzNA", out));
    QVERIFY(!base64::decodeLenient("M!", out));
    QCOMPARE(base64::encode("1234"), std::string("MTIzNA=="));
    // Every length round-trips through both alphabets.
    std::string bytes;
    for (int i = 0; i < 64; ++i) {
        bytes += static_cast<char>(i * 37);
        std::string back;
        QVERIFY(base64::decodeUrlStrict(base64::encodeUrl(bytes), back));
        QCOMPARE(back, bytes);
        QVERIFY(base64::decodeLenient(base64::encode(bytes), back));
        QCOMPARE(back, bytes);
    }
}

void TestJson::utf8()
{
    QVERIFY(utf8::isValid("aé€😀"));
    QCOMPARE(utf8::length("aé€😀"), std::size_t(4));
    QVERIFY(!utf8::isValid("\xC0\x80"));     // overlong
    QVERIFY(!utf8::isValid("\xED\xBF\xBF")); // surrogate
    QCOMPARE(utf8::sanitized("a\xFF"
                             "b"),
             std::string("a\xEF\xBF\xBD"
                         "b"));
}

QTEST_APPLESS_MAIN(TestJson)
#include "tst_json.moc"
