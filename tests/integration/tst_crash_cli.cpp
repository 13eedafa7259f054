// Crash consistency of the command line: `claimsmith import` of a large file
// and key rotation (`keys add`, `keys activate`), each killed with SIGKILL at
// random points (seeded; every failure names the seed). After each kill the
// store passes PRAGMA integrity_check, the change is whole or absent, and the
// audit log matches the data.

#include "FaultSupport.h"
#include "TestSupport.h"
#include "json/Base64.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace claimsmith;

namespace {

constexpr int kImportUsers = 20000;

bool writeImportFile(const QString& path)
{
    return test::writeBulkUsersJsonl(path, kImportUsers, [](int i) {
        return R"({"plan":"pro","n":)" + std::to_string(i) + "}";
    });
}

std::int64_t bulkUsers(store::Store& s)
{
    store::UserQuery q;
    q.text = "bulk";
    const store::Result<std::int64_t> n = s.countUsers(q);
    return n ? *n : -1;
}

// What a key looked like before the kills: version and audit events.
struct KeyBaseline
{
    std::int64_t version = 0;
    std::size_t events = 0;
};

} // namespace

class TestCrashCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedImportIsWholeOrAbsent();
    void killedKeyRotationIsAllOrNothing();
    void killedFirstKeyLeavesNoPartialKeyFile();

private:
    // Checks the signing keys of `path` after a kill; empty when sound.
    QString keysProblem(const QString& path, std::map<std::string, KeyBaseline>& baseline);

    test::Seed m_seed;
    test::FaultFolder m_dir;
    QString m_base;    // a demo store, closed
    QString m_keyFile; // its key file
    QProcessEnvironment m_env;
};

void TestCrashCli::initTestCase()
{
    const QString cannot = m_dir.check();
    QVERIFY2(cannot.isEmpty(), qPrintable(cannot));
    m_base = m_dir.filePath(u"base.claimsmith"_s);
    m_keyFile = m_dir.filePath(u"store.key"_s);
    m_env = test::childEnvironment(m_keyFile);
    const test::ProcessResult made =
        test::run(test::claimsmithBinary(),
                  {u"demo"_s, u"--store"_s, m_base, u"--users"_s, u"5"_s, u"--orgs"_s, u"2"_s}, {},
                  60000, m_env);
    QVERIFY2(made.exitCode == 0, made.err.constData());
    QVERIFY(writeImportFile(m_dir.filePath(u"large.jsonl"_s)));
}

void TestCrashCli::killedImportIsWholeOrAbsent()
{
    QRandomGenerator rng = m_seed.forScenario("import");
    const QString input = m_dir.filePath(u"large.jsonl"_s);
    std::int64_t baseUsers = 0;
    std::size_t baseEvents = 0;
    {
        auto s = test::reopenStore(m_base, m_keyFile);
        QVERIFY2(s, s.error().message.c_str());
        baseUsers = *(*s)->userCount();
        for (const auto& [target, events] : test::auditByTarget(**s))
            baseEvents += events.size();
    }

    // How long a whole import takes here: the kills fall over that span and
    // a little past it (a kill after the end finds the import whole).
    const QString whole = m_dir.filePath(u"whole.claimsmith"_s);
    QVERIFY(test::copyStore(m_base, whole));
    QElapsedTimer timer;
    timer.start();
    const test::ProcessResult full = test::run(
        test::claimsmithBinary(),
        {u"import"_s, input, u"--store"_s, whole, u"--format"_s, u"jsonl"_s}, {}, 120000, m_env);
    const int span = static_cast<int>(timer.elapsed());
    QVERIFY2(full.exitCode == 0, full.err.constData());
    qInfo("a whole import of %d users takes %d ms here", kImportUsers, span);

    // Kill points: anywhere, and twice in the last fifth (the commit).
    const int kills = 6;
    int absent = 0;
    int complete = 0;
    for (int k = 0; k < kills; ++k) {
        const int at = k < 4 ? test::between(rng, 0, span * 11 / 10)
                             : test::between(rng, span * 8 / 10, span * 11 / 10);
        const QString path = m_dir.filePath(u"import-%1.claimsmith"_s.arg(k));
        QVERIFY(test::copyStore(m_base, path));
        const test::KilledRun run = test::runAndKill(
            {u"import"_s, input, u"--store"_s, path, u"--format"_s, u"jsonl"_s}, at, m_env);
        const QString where = u"import with a kill at %1 ms (%2)"_s.arg(at).arg(
            run.killed ? u"killed"_s : u"it finished first, exit %1"_s.arg(run.exitCode));
        SEEDED_VERIFY(m_seed, run.killed || run.exitCode == 0,
                      where + u": "_s + QString::fromUtf8(run.err));

        auto s = test::reopenStore(path, m_keyFile);
        SEEDED_VERIFY(m_seed, s, where + u": "_s + QString::fromStdString(s.error().message));
        const QString problem = test::integrityProblem(**s);
        SEEDED_VERIFY(m_seed, problem.isEmpty(), where + u": integrity_check: "_s + problem);
        const std::int64_t users = *(*s)->userCount();
        const std::int64_t bulk = bulkUsers(**s);
        const test::AuditByTarget audit = test::auditByTarget(**s);
        std::size_t events = 0;
        std::vector<const model::AuditEvent*> imports;
        for (const auto& [target, list] : audit) {
            events += list.size();
            for (const model::AuditEvent& e : list) {
                if (e.action == "import")
                    imports.push_back(&e);
            }
        }
        if (users == baseUsers) {
            // Absent: not one record, and no event.
            ++absent;
            SEEDED_VERIFY(m_seed, bulk == 0,
                          where + u": %1 imported users without the import"_s.arg(bulk));
            SEEDED_VERIFY(m_seed, imports.empty() && events == baseEvents,
                          where + u": an import event for an import that is not there"_s);
        } else {
            // Whole: every record, and its one event.
            ++complete;
            SEEDED_VERIFY(m_seed, users == baseUsers + kImportUsers && bulk == kImportUsers,
                          where + u": %1 users, not %2 or %3"_s.arg(users).arg(baseUsers).arg(
                                      baseUsers + kImportUsers));
            SEEDED_VERIFY(m_seed, imports.size() == 1 && events == baseEvents + 1,
                          where + u": %1 import events for one import"_s.arg(imports.size()));
            const json::Value* writes = imports.front()->after.find("writes");
            SEEDED_VERIFY(m_seed, writes && writes->toInt64() == kImportUsers,
                          where + u": the import event counts another number of writes"_s);
            for (std::uint64_t n : {std::uint64_t(1), std::uint64_t(kImportUsers)}) {
                const store::Result<model::User> u = (*s)->user(test::bulkUserId(n));
                SEEDED_VERIFY(m_seed, u && u->metadata.find("n"),
                              where + u": user %1 is not whole"_s.arg(n));
            }
        }
        qInfo("%s: %s", qPrintable(where), users == baseUsers ? "absent" : "whole");
    }
    qInfo("%d kills: %d left no trace, %d found the import whole", kills, absent, complete);
}

QString TestCrashCli::keysProblem(const QString& path, std::map<std::string, KeyBaseline>& baseline)
{
    auto s = test::reopenStore(path, m_keyFile);
    if (!s)
        return QString::fromStdString(s.error().message);
    if (const QString p = test::integrityProblem(**s); !p.isEmpty())
        return u"integrity_check: "_s + p;
    const store::Result<std::vector<model::SigningKey>> keys = (*s)->signingKeys();
    if (!keys)
        return QString::fromStdString(keys.error().message);
    const test::AuditByTarget audit = test::auditByTarget(**s);
    int active = 0;
    for (const model::SigningKey& k : *keys) {
        const QString kid = QString::fromStdString(k.kid);
        switch (k.state) {
        case model::KeyState::Active:
            ++active;
            if (!k.activatedAt || k.retiredAt)
                return u"the active key %1 has the times of another state"_s.arg(kid);
            break;
        case model::KeyState::Next:
            if (k.activatedAt || k.retiredAt)
                return u"the next key %1 has the times of another state"_s.arg(kid);
            break;
        case model::KeyState::Retired:
            if (!k.retiredAt)
                return u"the retired key %1 has no retirement time"_s.arg(kid);
            break;
        }
        // Every change of the key since the start has its event, and no
        // event tells of a change that is not there.
        const KeyBaseline& b = baseline[k.kid];
        const auto events = static_cast<std::int64_t>(test::eventCount(audit, k.kid)) -
                            static_cast<std::int64_t>(b.events);
        if (events != k.version - b.version)
            return u"key %1 changed %2 times but has %3 new audit events"_s.arg(kid)
                .arg(k.version - b.version)
                .arg(events);
    }
    for (const auto& entry : audit) {
        const std::string& target = entry.first;
        const auto& events = entry.second;
        if (!events.empty() && events.front().targetType == "signing_key" &&
            std::none_of(keys->begin(), keys->end(),
                         [&](const model::SigningKey& k) { return k.kid == target; }))
            return u"audit events for a key that is not there: "_s + QString::fromStdString(target);
    }
    if (active != 1)
        return u"%1 active keys, not one"_s.arg(active);
    // The active key still unseals (the store and its key file agree).
    const store::Result<jose::Key> signing = (*s)->signingKeyForIssuing();
    if (!signing)
        return u"the active key cannot sign: "_s + QString::fromStdString(signing.error().message);
    return {};
}

void TestCrashCli::killedKeyRotationIsAllOrNothing()
{
    QRandomGenerator rng = m_seed.forScenario("keys");
    const QString path = m_dir.filePath(u"keys.claimsmith"_s);
    QVERIFY(test::copyStore(m_base, path));
    std::map<std::string, KeyBaseline> baseline;
    {
        auto s = test::reopenStore(path, m_keyFile);
        QVERIFY2(s, s.error().message.c_str());
        const test::AuditByTarget audit = test::auditByTarget(**s);
        const store::Result<std::vector<model::SigningKey>> keys = (*s)->signingKeys();
        QVERIFY(keys);
        for (const model::SigningKey& k : *keys)
            baseline[k.kid] = {k.version, test::eventCount(audit, k.kid)};
    }
    auto nextKey = [&]() -> std::string {
        auto s = test::reopenStore(path, m_keyFile);
        const store::Result<std::vector<model::SigningKey>> keys =
            s ? (*s)->signingKeys() : store::Result<std::vector<model::SigningKey>>(s.error());
        if (!keys)
            return {};
        for (const model::SigningKey& k : *keys) {
            if (k.state == model::KeyState::Next)
                return k.kid;
        }
        return {};
    };
    // How long each command takes here, from the runs that are not killed.
    auto timed = [&](const QStringList& args, int& ms) {
        QElapsedTimer t;
        t.start();
        const test::ProcessResult r = test::run(test::claimsmithBinary(), args, {}, 60000, m_env);
        ms = static_cast<int>(t.elapsed());
        return r;
    };
    const QStringList add = {u"keys"_s,  u"add"_s,   u"--store"_s, path,
                             u"--alg"_s, u"ES256"_s, u"--state"_s, u"next"_s};
    int addMs = 0;
    int activateMs = 0;
    test::ProcessResult r = timed(add, addMs);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = timed(
        {u"keys"_s, u"activate"_s, u"--store"_s, path, u"--"_s, QString::fromUtf8(r.out.trimmed())},
        activateMs);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QString problem = keysProblem(path, baseline);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    qInfo("keys add takes %d ms, keys activate %d ms here", addMs, activateMs);

    // A rotation is `keys add --state next`, then `keys activate` of that
    // key (which retires the active one); each step killed at random.
    const int kills = 10;
    int changed = 0;
    int unchanged = 0;
    for (int k = 0; k < kills; ++k) {
        const std::string next = nextKey();
        const bool activate = !next.empty();
        const int span = activate ? activateMs : addMs;
        const int at = test::between(rng, 0, span * 12 / 10);
        QStringList args = add;
        if (activate)
            args = {u"keys"_s, u"activate"_s, u"--store"_s,
                    path,      u"--"_s,       QString::fromStdString(next)};
        const test::KilledRun run = test::runAndKill(args, at, m_env);
        const QString where =
            u"keys %1 with a kill at %2 ms (%3)"_s.arg(activate ? u"activate"_s : u"add"_s)
                .arg(at)
                .arg(run.killed ? u"killed"_s : u"it finished first, exit %1"_s.arg(run.exitCode));
        SEEDED_VERIFY(m_seed, run.killed || run.exitCode == 0,
                      where + u": "_s + QString::fromUtf8(run.err));
        problem = keysProblem(path, baseline);
        SEEDED_VERIFY(m_seed, problem.isEmpty(), where + u": "_s + problem);
        bool applied = false;
        if (activate) {
            auto s = test::reopenStore(path, m_keyFile);
            SEEDED_VERIFY(m_seed, s, where);
            applied = (*s)->activeSigningKey()->kid == next;
        } else {
            applied = !nextKey().empty();
        }
        // Acknowledged (the command finished): applied.
        SEEDED_VERIFY(m_seed, applied || run.killed, where + u": the change is not there"_s);
        applied ? ++changed : ++unchanged;
        qInfo("%s: %s", qPrintable(where), applied ? "applied" : "no trace");
    }
    qInfo("%d kills: %d left no trace, %d found the step applied", kills, unchanged, changed);
}

void TestCrashCli::killedFirstKeyLeavesNoPartialKeyFile()
{
    // The first key of a store also makes its key file. A kill leaves the
    // file whole or absent, and the next `keys add` works.
    QRandomGenerator rng = m_seed.forScenario("first-key");
    const QString input = m_dir.filePath(u"empty.jsonl"_s);
    QFile empty(input);
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    for (int k = 0; k < 4; ++k) {
        const QString path = m_dir.filePath(u"first-%1.claimsmith"_s.arg(k));
        const QString keyFile = m_dir.filePath(u"first-%1.key"_s.arg(k));
        const QProcessEnvironment env = test::childEnvironment(keyFile);
        const test::ProcessResult made = test::run(
            test::claimsmithBinary(),
            {u"import"_s, input, u"--store"_s, path, u"--format"_s, u"jsonl"_s}, {}, 60000, env);
        QVERIFY2(made.exitCode == 0, made.err.constData());
        const QStringList add = {u"keys"_s,  u"add"_s,   u"--store"_s, path,
                                 u"--alg"_s, u"ES256"_s, u"--state"_s, u"active"_s};
        const int at = test::between(rng, 0, 150);
        const test::KilledRun run = test::runAndKill(add, at, env);
        const QString where = u"first keys add with a kill at %1 ms (%2)"_s.arg(at).arg(
            run.killed ? u"killed"_s : u"it finished first, exit %1"_s.arg(run.exitCode));
        if (QFile::exists(keyFile)) {
            const std::string text = test::readFile(keyFile);
            std::string key;
            SEEDED_VERIFY(
                m_seed,
                base64::decodeLenient(QByteArray::fromStdString(text).trimmed().toStdString(),
                                      key) &&
                    key.size() == 32,
                where + u": the key file holds %1 bytes, not a whole key"_s.arg(text.size()));
        }
        const test::ProcessResult again = test::run(test::claimsmithBinary(), add, {}, 60000, env);
        SEEDED_VERIFY(m_seed, again.exitCode == 0,
                      where + u": the next keys add failed: "_s + QString::fromUtf8(again.err));
        auto s = test::reopenStore(path, keyFile);
        SEEDED_VERIFY(m_seed, s, where);
        SEEDED_VERIFY(m_seed, test::integrityProblem(**s).isEmpty(), where);
        SEEDED_VERIFY(m_seed, (*s)->signingKeyForIssuing(), where + u": no key signs"_s);
    }
}

QTEST_GUILESS_MAIN(TestCrashCli)
#include "tst_crash_cli.moc"
