// The limiter of failed API key attempts, on a clock the test moves.

#include "server/AuthLimiter.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace claimsmith::server;
using namespace std::chrono_literals;

class TestAuthLimiter : public QObject
{
    Q_OBJECT

private slots:
    void burstThenBlockedThenRefilled();
    void addressesAreSeparate();
    void tableIsBounded();
};

namespace {

struct FakeClock
{
    AuthLimiter::Clock::time_point now = AuthLimiter::Clock::time_point(1000s);
    void install(AuthLimiter& l)
    {
        l.setNow([this] { return now; });
    }
};

} // namespace

void TestAuthLimiter::burstThenBlockedThenRefilled()
{
    AuthLimiter l(3, 3s);
    FakeClock clock;
    clock.install(l);
    const QString a = u"192.0.2.1"_s;
    QVERIFY(!l.blocked(a));
    for (int i = 0; i < 3; ++i) {
        QVERIFY2(!l.blocked(a), qPrintable(u"attempt %1"_s.arg(i)));
        l.failed(a);
    }
    const std::optional<std::chrono::seconds> wait = l.blocked(a);
    QVERIFY(wait);
    QCOMPARE(wait->count(), 3);
    clock.now += 1s;
    QVERIFY(l.blocked(a));
    QCOMPARE(l.blocked(a)->count(), 2);
    clock.now += 2s; // one attempt back
    QVERIFY(!l.blocked(a));
    l.failed(a);
    QVERIFY(l.blocked(a));
    clock.now += 9s; // all three back
    for (int i = 0; i < 3; ++i) {
        QVERIFY(!l.blocked(a));
        l.failed(a);
    }
    QVERIFY(l.blocked(a));
}

void TestAuthLimiter::addressesAreSeparate()
{
    AuthLimiter l(2, 3s);
    FakeClock clock;
    clock.install(l);
    l.failed(u"192.0.2.1"_s);
    l.failed(u"192.0.2.1"_s);
    QVERIFY(l.blocked(u"192.0.2.1"_s));
    QVERIFY(!l.blocked(u"192.0.2.2"_s));
    QVERIFY(!l.blocked(u"::1"_s));
}

void TestAuthLimiter::tableIsBounded()
{
    AuthLimiter l(1, 3s, 100);
    FakeClock clock;
    clock.install(l);
    // A blocked address survives a flood of others only while it is among
    // the 100 most recent; the table never grows past its bound (the
    // flood's addresses are all blocked, so none is forgotten as "full").
    l.failed(u"198.51.100.7"_s);
    QVERIFY(l.blocked(u"198.51.100.7"_s));
    for (int i = 0; i < 1000; ++i) {
        clock.now += 1ms;
        l.failed(u"10.0.%1.%2"_s.arg(i / 256).arg(i % 256));
    }
    QVERIFY(l.blocked(u"10.0.3.231"_s)); // the newest
    QVERIFY(!l.blocked(u"198.51.100.7"_s)); // dropped as the oldest
    // Addresses whose bucket is full again are forgotten first.
    clock.now += 10s;
    l.failed(u"203.0.113.9"_s);
    QVERIFY(l.blocked(u"203.0.113.9"_s));
}

QTEST_GUILESS_MAIN(TestAuthLimiter)
#include "tst_auth_limiter.moc"
