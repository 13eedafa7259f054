#include "CliSupport.h"

#include "json/Value.h"
#include "json/Writer.h"
#include "template/DiagnosticJson.h"

#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <iostream>
#include <iterator>

using namespace Qt::StringLiterals;

namespace claimsmith::cli {

void out(std::string_view text)
{
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fflush(stdout);
}

void err(std::string_view text)
{
    std::fwrite(text.data(), 1, text.size(), stderr);
    std::fflush(stderr);
}

void err(const QString& text)
{
    err(std::string_view(text.toStdString()));
}

std::string displayName(const QString& path)
{
    return path == u"-"_s ? std::string("<stdin>") : path.toStdString();
}

QCommandLineOption storeOption(const QString& what)
{
    return {u"store"_s,
            what + u" A file, or postgresql://USER@HOST:PORT/DB (the password from PGPASSWORD "
                   "or a pgpass file, never in the URL)."_s,
            u"file|url"_s};
}

std::optional<std::string> readInput(const QString& path, QString& error)
{
    const auto tooLarge = [&] {
        error = u"cannot read %1: it is over %2 MB, the limit for a file that is read whole "
                "(templates, contexts, keys)"_s.arg(QString::fromStdString(displayName(path)))
                    .arg(kMaxInputBytes >> 20);
        return std::nullopt;
    };
    if (path == u"-"_s) {
        std::string data;
        char chunk[64 * 1024];
        while (std::cin.read(chunk, sizeof chunk) || std::cin.gcount() > 0) {
            data.append(chunk, static_cast<std::size_t>(std::cin.gcount()));
            if (data.size() > static_cast<std::size_t>(kMaxInputBytes))
                return tooLarge();
        }
        return data;
    }
    QFile file(path);
    if (QFileInfo(path).isDir()) {
        error = u"cannot read %1: it is a directory"_s.arg(path);
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > kMaxInputBytes)
        return tooLarge();
    // (Also for files whose size is not known until read, such as pipes.)
    const QByteArray bytes = file.read(kMaxInputBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    if (bytes.size() > kMaxInputBytes)
        return tooLarge();
    return bytes.toStdString();
}

bool writeOutput(const QString& path, std::string_view data, QString& error)
{
    if (path.isEmpty() || path == u"-"_s) {
        out(data);
        return true;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(data.data(), static_cast<qint64>(data.size())) !=
            static_cast<qint64>(data.size()) ||
        !file.flush()) {
        error = u"cannot write %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    return true;
}

CommandLine::CommandLine(QString usage, QString description)
    : m_usage(std::move(usage))
{
    m_parser.setApplicationDescription(description);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addHelpOption();
}

void CommandLine::addPositional(const QString& name, const QString& description)
{
    m_parser.addPositionalArgument(name, description);
}

std::optional<int> CommandLine::parse(const QStringList& args, int minPositional, int maxPositional)
{
    if (!m_parser.parse(args)) {
        QString error = m_parser.errorText();
        // Key ids are base64url and may start with '-': say how to pass one.
        if (!m_parser.unknownOptionNames().isEmpty())
            error += u" An argument that starts with '-', such as a key id, goes after --."_s;
        return usageError(error);
    }
    if (m_parser.isSet(u"help"_s)) {
        QString help = m_parser.helpText();
        // Qt prints "Usage: <binary> [options]"; show the sub-command instead.
        const qsizetype eol = help.indexOf(u'\n');
        help = u"Usage: "_s + m_usage + help.mid(eol);
        out(help.toStdString());
        return kOk;
    }
    const auto n = m_parser.positionalArguments().size();
    if (n < minPositional)
        return usageError(u"missing argument"_s);
    if (maxPositional >= 0 && n > maxPositional)
        return usageError(
            u"unexpected argument \"%1\""_s.arg(m_parser.positionalArguments().at(maxPositional)));
    return std::nullopt;
}

int CommandLine::usageError(const QString& message) const
{
    err(u"claimsmith: %1\nUsage: %2\nRun with --help for the options.\n"_s.arg(message, m_usage));
    return kUsage;
}

std::string formatDiagnosticsText(std::string_view path,
                                  const std::vector<tmpl::Diagnostic>& diagnostics)
{
    std::string s;
    for (const tmpl::Diagnostic& d : diagnostics) {
        s += path;
        s += ':' + std::to_string(d.start.line) + ':' + std::to_string(d.start.column) + ": ";
        s += tmpl::severityName(d.severity);
        s += ": " + d.message + " [" + d.code + "]\n";
    }
    return s;
}

std::string formatDiagnosticsJson(const std::vector<tmpl::Diagnostic>& diagnostics)
{
    return json::toString(tmpl::diagnosticsToJson(diagnostics)) + "\n";
}

int runSubcommand(const QStringList& args, std::initializer_list<Subcommand> subcommands,
                  const std::string& usage)
{
    const QString sub = args.value(1);
    QStringList rest = args.mid(1);
    if (!rest.isEmpty())
        rest[0] = args.value(0) + u' ' + sub;
    for (const Subcommand& s : subcommands) {
        if (sub == QLatin1StringView(s.name))
            return s.run(rest);
    }
    if (sub == u"--help"_s || sub == u"-h"_s) {
        out(usage);
        return kOk;
    }
    const std::string command =
        QStringView(args.value(0)).split(u' ').last().toString().toStdString();
    err(sub.isEmpty() ? "claimsmith: " + command + " needs a sub-command\n" + usage
                      : "claimsmith: unknown " + command + " sub-command \"" + sub.toStdString() +
                            "\"\n" + usage);
    return kUsage;
}

} // namespace claimsmith::cli
