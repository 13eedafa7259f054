// Clocks and the one text form of a time: isoTime writes it, parseIsoTime
// reads it and the other RFC 3339 / ISO 8601 spellings people paste.

#include "TestSupport.h"
#include "model/Clock.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

#include <climits>

using namespace claimsmith;
using namespace claimsmith::model;
using namespace Qt::StringLiterals;

class TestModelClock : public QObject
{
    Q_OBJECT

private slots:
    void fixedClock();
    void systemClockIsNow();
    void isoTime_data();
    void isoTime();
    void parseIsoTime_data();
    void parseIsoTime();
    void roundTrip_data();
    void roundTrip();
    void everyDayRoundTrips();
    void textSortsLikeTime();
};

void TestModelClock::fixedClock()
{
    FixedClock clock(1714564800123);
    QCOMPARE(clock.now(), Millis{1714564800123});
    clock.advance(877);
    QCOMPARE(clock.now(), Millis{1714564801000});
    clock.advance(-1000);
    QCOMPARE(clock.now(), Millis{1714564800000});
    clock.set(-5);
    QCOMPARE(clock.now(), Millis{-5});
    const Clock& asClock = clock;
    QCOMPARE(asClock.now(), Millis{-5});
    QCOMPARE(FixedClock().now(), Millis{0});
}

void TestModelClock::systemClockIsNow()
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const Millis now = systemClock().now();
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(now >= before - 1000);
    QVERIFY(now <= after + 1000);
    QCOMPARE(&systemClock(), &systemClock());
}

void TestModelClock::isoTime_data()
{
    QTest::addColumn<qint64>("millis");
    QTest::addColumn<QString>("text");
    QTest::newRow("epoch") << qint64(0) << u"1970-01-01T00:00:00.000Z"_s;
    QTest::newRow("milliseconds") << qint64(1714564800123) << u"2024-05-01T12:00:00.123Z"_s;
    QTest::newRow("three decimals always")
        << qint64(1714564800000) << u"2024-05-01T12:00:00.000Z"_s;
    QTest::newRow("leap day") << qint64(951782400000) << u"2000-02-29T00:00:00.000Z"_s;
    QTest::newRow("before 1970") << qint64(-1) << u"1969-12-31T23:59:59.999Z"_s;
    QTest::newRow("1900") << qint64(-2208988800000) << u"1900-01-01T00:00:00.000Z"_s;
    QTest::newRow("year 1") << qint64(-62135596800000) << u"0001-01-01T00:00:00.000Z"_s;
    QTest::newRow("year 0") << qint64(-62167219200000) << u"0000-01-01T00:00:00.000Z"_s;
    QTest::newRow("year -1 expanded")
        << qint64(-62167219200001) << u"-000001-12-31T23:59:59.999Z"_s;
    QTest::newRow("last of 9999") << qint64(253402300799999) << u"9999-12-31T23:59:59.999Z"_s;
    QTest::newRow("year 10000 expanded")
        << qint64(253402300800000) << u"+010000-01-01T00:00:00.000Z"_s;
    QTest::newRow("int64 max") << qint64(LLONG_MAX) << u"+292278994-08-17T07:12:55.807Z"_s;
    QTest::newRow("int64 min") << qint64(LLONG_MIN) << u"-292275055-05-16T16:47:04.192Z"_s;
}

void TestModelClock::isoTime()
{
    QFETCH(qint64, millis);
    QFETCH(QString, text);
    QCOMPARE(QString::fromStdString(model::isoTime(millis)), text);
}

void TestModelClock::parseIsoTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("millis");
    const qint64 noon = 1714564800000; // 2024-05-01T12:00:00Z
    QTest::newRow("canonical") << u"2024-05-01T12:00:00.123Z"_s << true << noon + 123;
    QTest::newRow("no fraction") << u"2024-05-01T12:00:00Z"_s << true << noon;
    QTest::newRow("lower case t and z") << u"2024-05-01t12:00:00z"_s << true << noon;
    QTest::newRow("space separator") << u"2024-05-01 12:00:00Z"_s << true << noon;
    QTest::newRow("positive offset") << u"2024-05-01T14:00:00+02:00"_s << true << noon;
    QTest::newRow("negative offset") << u"2024-05-01T07:30:00-04:30"_s << true << noon;
    QTest::newRow("-00:00") << u"2024-05-01T12:00:00-00:00"_s << true << noon;
    QTest::newRow("offset crosses the day")
        << u"2024-05-01T00:30:00+01:00"_s << true << qint64(1714519800000);
    QTest::newRow("offset with fraction") << u"2024-05-01T14:00:00.5+02:00"_s << true << noon + 500;
    QTest::newRow("one fraction digit") << u"2024-05-01T12:00:00.1Z"_s << true << noon + 100;
    QTest::newRow("two fraction digits") << u"2024-05-01T12:00:00.12Z"_s << true << noon + 120;
    QTest::newRow("nanoseconds truncated")
        << u"2024-05-01T12:00:00.123999999Z"_s << true << noon + 123;
    QTest::newRow("comma fraction") << u"2024-05-01T12:00:00,5Z"_s << true << noon + 500;
    QTest::newRow("date only") << u"2024-05-01"_s << true << noon - 12 * 3600 * 1000;
    QTest::newRow("before 1970 with fraction")
        << u"1969-12-31T23:59:59.999Z"_s << true << qint64(-1);
    QTest::newRow("leap day 2024") << u"2024-02-29"_s << true << qint64(1709164800000);
    QTest::newRow("leap day 2000") << u"2000-02-29T00:00:00Z"_s << true << qint64(951782400000);
    QTest::newRow("expanded year")
        << u"+010000-01-01T00:00:00.000Z"_s << true << qint64(253402300800000);
    QTest::newRow("expanded negative year")
        << u"-000001-12-31T23:59:59.999Z"_s << true << qint64(-62167219200001);

    QTest::newRow("Feb 30") << u"2024-02-30"_s << false << qint64(0);
    QTest::newRow("Feb 29 in 2023") << u"2023-02-29T00:00:00Z"_s << false << qint64(0);
    QTest::newRow("Feb 29 in 1900") << u"1900-02-29"_s << false << qint64(0);
    QTest::newRow("April 31") << u"2024-04-31"_s << false << qint64(0);
    QTest::newRow("month 13") << u"2024-13-01"_s << false << qint64(0);
    QTest::newRow("month 0") << u"2024-00-10"_s << false << qint64(0);
    QTest::newRow("day 0") << u"2024-05-00"_s << false << qint64(0);
    QTest::newRow("hour 24") << u"2024-05-01T24:00:00Z"_s << false << qint64(0);
    QTest::newRow("minute 60") << u"2024-05-01T12:60:00Z"_s << false << qint64(0);
    QTest::newRow("leap second") << u"2024-05-01T23:59:60Z"_s << false << qint64(0);
    QTest::newRow("no zone") << u"2024-05-01T12:00:00"_s << false << qint64(0);
    QTest::newRow("no seconds") << u"2024-05-01T12:00Z"_s << false << qint64(0);
    QTest::newRow("basic offset") << u"2024-05-01T12:00:00+0200"_s << false << qint64(0);
    QTest::newRow("offset hour 24") << u"2024-05-01T12:00:00+24:00"_s << false << qint64(0);
    QTest::newRow("empty fraction") << u"2024-05-01T12:00:00.Z"_s << false << qint64(0);
    QTest::newRow("one-digit month") << u"2024-5-01"_s << false << qint64(0);
    QTest::newRow("two-digit year") << u"24-05-01"_s << false << qint64(0);
    QTest::newRow("trailing space") << u"2024-05-01T12:00:00Z "_s << false << qint64(0);
    QTest::newRow("leading space") << u" 2024-05-01"_s << false << qint64(0);
    QTest::newRow("trailing T") << u"2024-05-01T"_s << false << qint64(0);
    QTest::newRow("minus zero year") << u"-000000-01-01"_s << false << qint64(0);
    QTest::newRow("short expanded year") << u"+10000-01-01"_s << false << qint64(0);
    QTest::newRow("empty") << QString() << false << qint64(0);
    QTest::newRow("words") << u"yesterday"_s << false << qint64(0);
    QTest::newRow("unix seconds") << u"1714564800"_s << false << qint64(0);
    QTest::newRow("beyond int64") << u"+292278994-08-17T07:12:55.808Z"_s << false << qint64(0);
}

void TestModelClock::parseIsoTime()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(qint64, millis);
    const std::optional<Millis> t = model::parseIsoTime(text.toStdString());
    QCOMPARE(t.has_value(), valid);
    if (valid)
        QCOMPARE(*t, millis);
}

void TestModelClock::roundTrip_data()
{
    QTest::addColumn<qint64>("millis");
    for (qint64 t : {qint64(0), qint64(1), qint64(-1), qint64(1714564800123), qint64(-86400000),
                     qint64(-86400001), qint64(4102444800000), qint64(-62167219200001),
                     qint64(253402300800000), qint64(LLONG_MAX), qint64(LLONG_MIN),
                     qint64(LLONG_MIN + 86400000)})
        QTest::addRow("%lld", static_cast<long long>(t)) << t;
}

void TestModelClock::roundTrip()
{
    QFETCH(qint64, millis);
    const std::string text = model::isoTime(millis);
    const std::optional<Millis> back = model::parseIsoTime(text);
    QVERIFY2(back.has_value(), text.c_str());
    QCOMPARE(*back, millis);
}

void TestModelClock::everyDayRoundTrips()
{
    // Every day from 1599 to 2401 (leap rules of 1600, 1700, 2000, 2100, 2400),
    // at an odd time of day, against the calendar of QDate.
    const Millis from = -11676096000000; // 1600-01-01
    for (Millis day = -366; day < 800 * 366; ++day) {
        const Millis t = from + day * 86400000 + 45296789;
        const std::string text = model::isoTime(t);
        const QDateTime expected = QDateTime::fromMSecsSinceEpoch(t, QTimeZone::utc());
        QCOMPARE(QString::fromStdString(text), expected.toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s));
        const std::optional<Millis> back = model::parseIsoTime(text);
        QVERIFY2(back && *back == t, text.c_str());
    }
}

void TestModelClock::textSortsLikeTime()
{
    std::vector<Millis> times = {-62167219200000, -2208988800000, -1, 0, 1, 999, 1000, 951782400000,
                                 1714564800123,   253402300799999};
    for (std::size_t i = 1; i < times.size(); ++i)
        QVERIFY(model::isoTime(times[i - 1]) < model::isoTime(times[i]));
}

QTEST_APPLESS_MAIN(TestModelClock)
#include "tst_model_clock.moc"
