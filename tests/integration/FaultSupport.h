#pragma once

#include "model/Model.h"
#include "store/SqliteStore.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

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

} // namespace claimsmith::test
