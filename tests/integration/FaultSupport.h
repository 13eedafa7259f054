#pragma once

#include "TestSupport.h"
#include "model/Model.h"
#include "store/SqliteStore.h"

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace claimsmith::test {

// The randomness of a fault test. The seed is CLAIMSMITH_TEST_SEED when set
// (to replay a failure), else a new one; every failure message names it.
// Each scenario draws from its own generator (the seed and the scenario's
// name), so that one scenario replays alone (`tst_x scenarioName`).
class Seed
{
public:
    Seed();
    quint32 value() const { return m_seed; }
    // A generator for one scenario.
    QRandomGenerator forScenario(const char* name) const;
    // `what`, with the seed and how to replay it.
    QByteArray note(const QString& what) const;

private:
    quint32 m_seed;
};

// QVERIFY2 with the seed in the message.
#define SEEDED_VERIFY(seed, condition, what) QVERIFY2(condition, (seed).note(what).constData())

// A number from [low, high).
int between(QRandomGenerator& rng, int low, int high);

// The environment of the claimsmith child processes of a test: the store's
// key file beside the store, never the user's.
QProcessEnvironment childEnvironment(const QString& keyFile);

// Runs `claimsmith ARGS` and SIGKILLs it after `killAfterMs` unless it has
// finished by then.
struct KilledRun
{
    bool killed = false;
    int exitCode = -1; // when it finished
    QByteArray out;
    QByteArray err;
};
KilledRun runAndKill(const QStringList& args, int killAfterMs, const QProcessEnvironment& env);

// Opens a store as the next run of the program would (SQLite recovers its
// write-ahead log), with CLAIMSMITH_KEY_FILE set to `keyFile` in this process.
store::Result<std::unique_ptr<store::SqliteStore>> reopenStore(const QString& path,
                                                               const QString& keyFile);

// PRAGMA integrity_check: empty when "ok", else what it says.
QString integrityProblem(store::SqliteStore& s);

// The whole audit log: the events of each target, newest first.
using AuditByTarget = std::map<std::string, std::vector<model::AuditEvent>>;
AuditByTarget auditByTarget(store::Store& s);
std::size_t eventCount(const AuditByTarget& audit, const std::string& target);

// Copies a closed store file (no -wal or -shm beside it).
bool copyStore(const QString& from, const QString& to);

// A demo store (8 users, 2 organizations) at DIR/store.claimsmith with its
// key file DIR/store.key; the store's path, or empty when it failed.
QString makeDemoStore(const QString& dir);

// The working folder of a fault test (a temporary folder), and what the
// tests of full disks, read-only stores and crashes make in it.
class FaultFolder
{
public:
    // Empty, or why the test cannot run: no temporary folder, or the
    // claimsmith binary is not built.
    QString check() const;
    QString path() const { return m_dir.path(); }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }

    // A demo store (makeDemoStore) in a folder of its own, NAME.
    struct DemoStore
    {
        QString dir;
        QString path;    // DIR/store.claimsmith; empty when it could not be made
        QString keyFile; // DIR/store.key
    };
    DemoStore newStore(const QString& name) const;

private:
    QTemporaryDir m_dir;
};

// A jsonl file of `count` users (ids user_01J…, emails PREFIX<n>@example.com).
bool writeUsersFile(const QString& path, int count, const std::string& prefix);

// What a failed write must leave as it was: the export (all the data but
// private keys) and the number of audit events.
struct StoreSnapshot
{
    QByteArray exported;
    std::size_t auditEvents = 0;
};
StoreSnapshot snapshotOf(const QString& path, const QString& keyFile);
// Empty when the store passes integrity_check and holds what `before`
// held; else what is wrong.
QString changedSince(const QString& path, const QString& keyFile, const StoreSnapshot& before);
// QVERIFYs that the store is sound and as it was.
#define UNCHANGED(path, keyFile, before, what)                                                     \
    do {                                                                                           \
        const QString changed = claimsmith::test::changedSince(path, keyFile, before);             \
        QVERIFY2(changed.isEmpty(), qPrintable(QString(what) + QStringLiteral(": ") + changed));   \
    } while (false)

// A disk that fills up (tests/support/DiskFullShim.cpp, preloaded into the
// children run with the returned environment): the files under `dir` live
// on it, and its free space is what setFreeSpace() last wrote to `control`.
QProcessEnvironment withSmallDisk(QProcessEnvironment env, const QString& dir,
                                  const QString& control);
// Room for `bytes` more on that disk from now on; -1: plenty.
bool setFreeSpace(const QString& control, qint64 bytes);

// The user the children that must not write as root run as.
inline constexpr unsigned kNobody = 65534;
// Whether this process is root: root writes read-only files anyway, so the
// children that must meet a read-only file run as kNobody instead.
bool isRoot();
// Makes `process` start as kNobody when this process is root.
void dropPrivileges(QProcess& process);
// `claimsmith ARGS` as kNobody when root (else as this user); binary: the
// claimsmith that kNobody can run (see runnableBinary).
ProcessResult runUnprivileged(const QString& binary, const QStringList& args,
                              const QProcessEnvironment& env, int timeoutMs = 60000);
// The claimsmith binary, or a copy in `dir` when kNobody cannot reach the
// build folder (a checkout under /root); empty with `error` when neither works.
QString runnableBinary(const QString& dir, QString& error);

} // namespace claimsmith::test
