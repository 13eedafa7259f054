#include "TempStore.h"

#include <QTest>

namespace claimsmith::test {

namespace {
constexpr model::Millis kStart = 1767225600000; // 2026-01-01T00:00:00Z
}

TempStore::TempStore(std::int64_t searchDriverThreshold, bool searchByCost)
    : clock(kStart)
    , m_threshold(searchDriverThreshold)
    , m_byCost(searchByCost)
{
    if (!qEnvironmentVariableIsEmpty("CLAIMSMITH_TEST_PG_URL")) {
        m_pg = std::make_unique<PgTestDatabase>();
        if (!m_pg->error().isEmpty())
            qFatal("cannot create a PostgreSQL test store: %s", qPrintable(m_pg->error()));
    }
    qputenv("CLAIMSMITH_KEY_FILE", keyFile().toLocal8Bit());
    qunsetenv("CLAIMSMITH_PASSPHRASE");
    store::SqliteStore::Options o;
    o.create = true;
    o.clock = &clock;
    o.idSeed = 42;
    o.searchDriverThreshold = m_threshold;
    o.searchByCost = m_byCost;
    auto opened = store::SqliteStore::open(location().toStdString(), o);
    if (!opened)
        qFatal("cannot create a test store: %s", opened.error().message.c_str());
    m_store = std::move(opened.value());
    m_store->setActor("test");
}

TempStore::~TempStore()
{
    m_store.reset();
    m_pg.reset();
    qunsetenv("CLAIMSMITH_KEY_FILE");
}

store::SqliteStore& TempStore::reopen()
{
    m_store.reset();
    m_store = openAnother();
    return *m_store;
}

std::unique_ptr<store::SqliteStore> TempStore::openAnother()
{
    store::SqliteStore::Options o;
    o.clock = &clock;
    o.idSeed = 43;
    o.searchDriverThreshold = m_threshold;
    o.searchByCost = m_byCost;
    auto opened = store::SqliteStore::open(location().toStdString(), o);
    if (!opened)
        qFatal("cannot open the test store: %s", opened.error().message.c_str());
    std::unique_ptr<store::SqliteStore> s = std::move(opened.value());
    s->setActor("test");
    return s;
}

} // namespace claimsmith::test
