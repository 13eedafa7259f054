#include "FaultSupport.h"

#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>

#include <grp.h>
#include <unistd.h>

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

QString FaultFolder::check() const
{
    if (!m_dir.isValid())
        return u"cannot make a temporary folder: "_s + m_dir.errorString();
    if (!QFile::exists(claimsmithBinary()))
        return u"the claimsmith binary is not built ("_s + claimsmithBinary() + u')';
    return {};
}

FaultFolder::DemoStore FaultFolder::newStore(const QString& name) const
{
    DemoStore s;
    s.dir = m_dir.filePath(name);
    s.path = makeDemoStore(s.dir);
    s.keyFile = s.dir + u"/store.key"_s;
    return s;
}

QString makeDemoStore(const QString& dir)
{
    if (!QDir().mkpath(dir))
        return {};
    const QString path = dir + u"/store.claimsmith"_s;
    const ProcessResult made =
        run(claimsmithBinary(),
            {u"demo"_s, u"--store"_s, path, u"--users"_s, u"8"_s, u"--orgs"_s, u"2"_s}, {}, 60000,
            childEnvironment(dir + u"/store.key"_s));
    return made.exitCode == 0 ? path : QString();
}

bool writeUsersFile(const QString& path, int count, const std::string& prefix)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    for (int i = 0; i < count; ++i) {
        // "user_01J" and 23 digits: a valid ULID.
        const std::string line = R"({"type":"user","id":"user_01J)" +
                                 QString::number(i).rightJustified(23, u'0').toStdString() +
                                 R"(","email":")" + prefix + std::to_string(i) +
                                 R"(@example.com","first_name":"Many","last_name":"Users",)"
                                 R"("metadata":{"plan":"pro","note":"a value that takes room"}})"
                                 "\n";
        f.write(line.data(), static_cast<qint64>(line.size()));
    }
    return f.error() == QFileDevice::NoError;
}

StoreSnapshot snapshotOf(const QString& path, const QString& keyFile)
{
    StoreSnapshot s;
    const ProcessResult exported = run(claimsmithBinary(), {u"export"_s, u"--store"_s, path}, {},
                                       60000, childEnvironment(keyFile));
    s.exported = exported.exitCode == 0 ? exported.out : "export failed: " + exported.err;
    auto opened = reopenStore(path, keyFile);
    if (opened) {
        for (const auto& [target, events] : auditByTarget(**opened))
            s.auditEvents += events.size();
    }
    return s;
}

QString changedSince(const QString& path, const QString& keyFile, const StoreSnapshot& before)
{
    {
        auto s = reopenStore(path, keyFile);
        if (!s)
            return QString::fromStdString(s.error().message);
        if (const QString problem = integrityProblem(**s); !problem.isEmpty())
            return u"integrity_check: "_s + problem;
    }
    const StoreSnapshot after = snapshotOf(path, keyFile);
    if (after.exported != before.exported)
        return u"the store's data changed"_s;
    if (after.auditEvents != before.auditEvents)
        return u"%1 audit events, were %2"_s.arg(after.auditEvents).arg(before.auditEvents);
    return {};
}

QProcessEnvironment withSmallDisk(QProcessEnvironment env, const QString& dir,
                                  const QString& control)
{
    const QString shim = QStringLiteral(CLAIMSMITH_DISKFULL_SHIM);
    const QString preload = env.value(u"LD_PRELOAD"_s);
    env.insert(u"LD_PRELOAD"_s, preload.isEmpty() ? shim : shim + u':' + preload);
    env.insert(u"CLAIMSMITH_TEST_DISK_DIR"_s, QDir(dir).canonicalPath());
    env.insert(u"CLAIMSMITH_TEST_DISK_FREE"_s, control);
    // Under AddressSanitizer the shim would come before its runtime.
    const QString asan = env.value(u"ASAN_OPTIONS"_s);
    env.insert(u"ASAN_OPTIONS"_s,
               (asan.isEmpty() ? QString() : asan + u':') + u"verify_asan_link_order=0"_s);
    return env;
}

bool setFreeSpace(const QString& control, qint64 bytes)
{
    QFile f(control);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    // A changed text is a new amount of room, even when the number repeats.
    static int generation = 0;
    const QByteArray text = (bytes < 0 ? "plenty"_ba : QByteArray::number(bytes)) + ' ' +
                            QByteArray::number(++generation);
    return f.write(text) == text.size();
}

bool isRoot()
{
    return ::geteuid() == 0;
}

void dropPrivileges(QProcess& process)
{
    if (!isRoot())
        return;
    process.setChildProcessModifier([] {
        if (::setgroups(0, nullptr) != 0 || ::setgid(kNobody) != 0 || ::setuid(kNobody) != 0)
            ::_exit(126);
    });
}

ProcessResult runUnprivileged(const QString& binary, const QStringList& args,
                              const QProcessEnvironment& env, int timeoutMs)
{
    ProcessResult r;
    QProcess p;
    p.setProcessEnvironment(env);
    dropPrivileges(p);
    p.start(binary, args);
    if (!p.waitForStarted(10000)) {
        r.err = p.errorString().toUtf8();
        return r;
    }
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = "timed out";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString runnableBinary(const QString& dir, QString& error)
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QString binary = claimsmithBinary();
    ProcessResult r = runUnprivileged(binary, {u"--version"_s}, env);
    if (r.exitCode == 0)
        return binary;
    const QString copy = QDir(dir).filePath(u"claimsmith"_s);
    if (!QFile::exists(copy) && !QFile::copy(binary, copy)) {
        error =
            u"user %1 cannot run %2, nor can it be copied to %3"_s.arg(kNobody).arg(binary, dir);
        return {};
    }
    QFile::setPermissions(copy, QFile::permissions(copy) | QFileDevice::ExeOther |
                                    QFileDevice::ReadOther | QFileDevice::ExeGroup |
                                    QFileDevice::ReadGroup);
    r = runUnprivileged(copy, {u"--version"_s}, env);
    if (r.exitCode != 0) {
        error = u"user %1 can run neither %2 nor a copy in %3: %4"_s.arg(kNobody).arg(
            binary, dir, QString::fromUtf8(r.err));
        return {};
    }
    return copy;
}

} // namespace claimsmith::test
