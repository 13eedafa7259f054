// Opening, migrating and refusing stores; batches (atomic groups of writes);
// several connections to one file.

#include "TempStore.h"
#include "TestSupport.h"
#include "json/Reader.h"
#include "store/sql/Migrations.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace claimsmith;
using store::ErrorKind;

namespace {

model::User user(const std::string& email)
{
    model::User u;
    u.email = email;
    u.metadata = json::parse(R"({"plan":"pro"})").value;
    return u;
}

QByteArray sha256(const QString& path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void setUserVersion(const QString& path, int version)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(path);
        db.open();
        QSqlQuery q(db);
        q.exec(u"PRAGMA user_version = %1"_s.arg(version));
        q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
}

} // namespace

class TestStoreLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void migrationFromTheFirstSchema();
    void newerStoreIsRefusedUntouched();
    void openErrorsSayWhatToDo();
    void batchCommitsAsOne();
    void failedWriteInABatchLeavesTheRest();
    void rollbackUndoesTheBatch();
    void secondConnectionSeesCommittedWrites();
    void integrityCheck();
};

void TestStoreLifecycle::migrationFromTheFirstSchema()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath(u"old.claimsmith"_s).toStdString();
    qputenv("CLAIMSMITH_KEY_FILE", dir.filePath(u"k.key"_s).toLocal8Bit());
    std::string id;
    {
        store::SqliteStore::Options o;
        o.create = true;
        o.schemaVersion = 1; // as the first release made it
        auto s = store::SqliteStore::open(path, o);
        QVERIFY2(s, s.error().message.c_str());
        auto u = (*s)->createUser(user("ada@example.com"));
        QVERIFY(u);
        id = u->id;
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        db.setDatabaseName(QString::fromStdString(path));
        db.open();
        QSqlQuery q(db);
        q.exec(u"PRAGMA user_version"_s);
        q.next();
        QCOMPARE(q.value(0).toInt(), 1);
        q.exec(u"SELECT count(*) FROM sqlite_master WHERE name = 'api_keys'"_s);
        q.next();
        QCOMPARE(q.value(0).toInt(), 0);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"check"_s);
    store::SqliteStore::Options o;
    auto s = store::SqliteStore::open(path, o);
    QVERIFY2(s, s.error().message.c_str());
    QCOMPARE((*s)->user(id)->email, std::string("ada@example.com"));
    QCOMPARE((*s)->metadataKeys(store::MetadataObject::User, store::MetadataField::Metadata)
                 ->at(0)
                 .count,
             1);
    QVERIFY((*s)->createUser(user("grace@example.com")));
    // The API keys of the latest schema work on the upgraded store.
    auto made = (*s)->createApiKey("ci", store::ApiKeyRole::Admin);
    QVERIFY2(made, made.error().message.c_str());
    QCOMPARE((*s)->authenticateApiKey(made->secret)->name, std::string("ci"));
    QCOMPARE((*s)->integrityCheck().value(), std::string("ok"));
    qunsetenv("CLAIMSMITH_KEY_FILE");
}

void TestStoreLifecycle::newerStoreIsRefusedUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"future.claimsmith"_s);
    {
        store::SqliteStore::Options o;
        o.create = true;
        auto s = store::SqliteStore::open(path.toStdString(), o);
        QVERIFY(s);
        (*s)->createUser(user("ada@example.com"));
    }
    setUserVersion(path, store::sql::latestSchemaVersion() + 1);
    const QByteArray before = sha256(path);
    auto s = store::SqliteStore::open(path.toStdString(), {});
    QVERIFY(!s);
    QCOMPARE(s.error().kind, ErrorKind::Unavailable);
    QVERIFY2(s.error().message.find("newer Claimsmith") != std::string::npos,
             s.error().message.c_str());
    QVERIFY(s.error().message.find("not changed") != std::string::npos);
    QCOMPARE(sha256(path), before);
}

void TestStoreLifecycle::openErrorsSayWhatToDo()
{
    QTemporaryDir dir;
    auto missing = store::SqliteStore::open(dir.filePath(u"nope.claimsmith"_s).toStdString(), {});
    QCOMPARE(missing.error().kind, ErrorKind::NotFound);
    QVERIFY2(missing.error().message.find("claimsmith demo") != std::string::npos,
             missing.error().message.c_str());
    auto folder = store::SqliteStore::open(dir.path().toStdString(), {});
    QVERIFY2(folder.error().message.find("folder") != std::string::npos,
             folder.error().message.c_str());
    const QString text = dir.filePath(u"notes.txt"_s);
    QFile f(text);
    f.open(QIODevice::WriteOnly);
    f.write(QByteArray(4096, 'x'));
    f.close();
    auto notStore = store::SqliteStore::open(text.toStdString(), {});
    QCOMPARE(notStore.error().kind, ErrorKind::Invalid);
    QVERIFY2(notStore.error().message.find("not a Claimsmith store") != std::string::npos,
             notStore.error().message.c_str());
    QCOMPARE(QFile(text).size(), 4096); // left alone
}

void TestStoreLifecycle::batchCommitsAsOne()
{
    test::TempStore s;
    QVERIFY(!s->beginBatch("users.import", "users.jsonl"));
    QCOMPARE(s->beginBatch("again", "").kind, ErrorKind::Invalid);
    for (int i = 0; i < 20; ++i)
        QVERIFY(s->createUser(user("u" + std::to_string(i) + "@example.com")));
    // Before the commit another connection sees nothing.
    auto other = s.openAnother();
    QCOMPARE(*other->userCount(), 0);
    QVERIFY(!s->commitBatch());
    QCOMPARE(*other->userCount(), 20);
    // One audit event for the batch, key counts written once.
    const auto events = s->findAuditEvents({});
    QCOMPARE(events->items.size(), std::size_t(1));
    QCOMPARE(events->items[0].action, std::string("users.import"));
    QCOMPARE(events->items[0].after.find("writes")->toInt64(), 20);
    QCOMPARE(
        s->metadataKeys(store::MetadataObject::User, store::MetadataField::Metadata)->at(0).count,
        20);
}

void TestStoreLifecycle::failedWriteInABatchLeavesTheRest()
{
    test::TempStore s;
    QVERIFY(!s->beginBatch("users.import", ""));
    QVERIFY(s->createUser(user("a@example.com")));
    QCOMPARE(s->createUser(user("A@example.com")).error().kind, ErrorKind::Duplicate);
    model::User bad = user("b@example.com");
    bad.metadata = json::parse("[1]").value;
    QVERIFY(!s->createUser(bad));
    QVERIFY(s->createUser(user("c@example.com")));
    QVERIFY(!s->commitBatch());
    QCOMPARE(*s->userCount(), 2);
    // The failed writes left no key counts behind.
    QCOMPARE(
        s->metadataKeys(store::MetadataObject::User, store::MetadataField::Metadata)->at(0).count,
        2);
}

void TestStoreLifecycle::rollbackUndoesTheBatch()
{
    test::TempStore s;
    QVERIFY(s->createUser(user("before@example.com")));
    QVERIFY(!s->beginBatch("users.import", ""));
    QVERIFY(s->createUser(user("a@example.com")));
    QVERIFY(s->createUser(user("b@example.com")));
    s->rollbackBatch();
    QCOMPARE(*s->userCount(), 1);
    QCOMPARE(
        s->metadataKeys(store::MetadataObject::User, store::MetadataField::Metadata)->at(0).count,
        1);
    QCOMPARE(s->findAuditEvents({})->items.size(), std::size_t(1));
    // The store works normally afterwards.
    QVERIFY(s->createUser(user("after@example.com")));
    QCOMPARE(*s.reopen().userCount(), 2);
}

void TestStoreLifecycle::secondConnectionSeesCommittedWrites()
{
    test::TempStore s;
    auto other = s.openAnother();
    const auto u = s->createUser(user("ada@example.com"));
    const auto seen = other->user(u->id);
    QVERIFY(seen);
    // A conflict across connections.
    model::User mine = *seen;
    model::User theirs = *u;
    theirs.firstName = "Ada";
    QVERIFY(s->updateUser(theirs));
    mine.lastName = "L";
    QCOMPARE(other->updateUser(mine).error().kind, ErrorKind::Conflict);
}

void TestStoreLifecycle::integrityCheck()
{
    test::TempStore s;
    QVERIFY(s->createUser(user("ada@example.com")));
    QCOMPARE(s->integrityCheck().value(), std::string("ok"));
    QVERIFY(!s->analyze());
}

QTEST_GUILESS_MAIN(TestStoreLifecycle)
#include "tst_store_lifecycle.moc"
