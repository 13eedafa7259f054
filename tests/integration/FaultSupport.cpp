#include "FaultSupport.h"

#include "TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace claimsmith::test {

Seed::Seed()
{
    bool ok = false;
    const quint32 given = qEnvironmentVariable("CLAIMSMITH_TEST_SEED").toUInt(&ok);
    m_seed = ok ? given : QRandomGenerator::system()->generate();
    qInfo("seed %u (replay with CLAIMSMITH_TEST_SEED=%u)", m_seed, m_seed);
}

QRandomGenerator Seed::forScenario(const char* name) const
{
    const QByteArray hash = QCryptographicHash::hash(QByteArray(name), QCryptographicHash::Sha256);
    quint32 mixed = m_seed;
    for (int i = 0; i < 4; ++i)
        mixed ^= static_cast<quint32>(static_cast<quint8>(hash.at(i))) << (8 * i);
    return QRandomGenerator(mixed);
}

QByteArray Seed::note(const QString& what) const
{
    return (what + u" [seed %1: replay with CLAIMSMITH_TEST_SEED=%1]"_s.arg(m_seed)).toUtf8();
}

int between(QRandomGenerator& rng, int low, int high)
{
    return high <= low ? low : static_cast<int>(rng.bounded(low, high));
}

QProcessEnvironment childEnvironment(const QString& keyFile)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"CLAIMSMITH_KEY_FILE"_s, keyFile);
    env.remove(u"CLAIMSMITH_PASSPHRASE"_s);
    return env;
}

KilledRun runAndKill(const QStringList& args, int killAfterMs, const QProcessEnvironment& env)
{
    KilledRun r;
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(claimsmithBinary(), args);
    if (!p.waitForStarted(10000)) {
        r.err = p.errorString().toUtf8();
        return r;
    }
    if (!p.waitForFinished(std::max(1, killAfterMs))) {
        p.kill(); // SIGKILL
        p.waitForFinished(10000);
        r.killed = true;
    } else {
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

store::Result<std::unique_ptr<store::SqliteStore>> reopenStore(const QString& path,
                                                               const QString& keyFile)
{
    qputenv("CLAIMSMITH_KEY_FILE", QFile::encodeName(keyFile));
    return store::SqliteStore::open(path.toStdString(), {});
}

QString integrityProblem(store::SqliteStore& s)
{
    const store::Result<std::string> check = s.integrityCheck();
    if (!check)
        return QString::fromStdString(check.error().message);
    return *check == "ok" ? QString() : QString::fromStdString(*check);
}

AuditByTarget auditByTarget(store::Store& s)
{
    AuditByTarget out;
    store::AuditQuery q;
    q.limit = store::kMaxPageSize;
    for (;;) {
        store::Result<store::Page<model::AuditEvent>> page = s.findAuditEvents(q);
        if (!page)
            throw std::runtime_error(page.error().message);
        for (model::AuditEvent& e : page->items)
            out[e.targetId].push_back(std::move(e));
        if (page->next.empty())
            return out;
        q.after = page->next;
    }
}

std::size_t eventCount(const AuditByTarget& audit, const std::string& target)
{
    auto it = audit.find(target);
    return it == audit.end() ? 0 : it->second.size();
}

bool copyStore(const QString& from, const QString& to)
{
    QFile::remove(to);
    QFile::remove(to + u"-wal"_s);
    QFile::remove(to + u"-shm"_s);
    return !QFile::exists(from + u"-wal"_s) && QFile::copy(from, to);
}

} // namespace claimsmith::test
