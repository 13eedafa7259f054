#pragma once

#include "template/Diagnostic.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <functional>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimsmith::cli {

// Exit codes of every sub-command (spec/cli.md).
enum ExitCode : int
{
    kOk = 0,
    kInputWrong = 1, // the input was read but is wrong
    kUsage = 2,      // usage errors, files that cannot be read or written
};

void out(std::string_view text);
void err(std::string_view text);
void err(const QString& text);
inline void err(const char* text)
{
    err(std::string_view(text));
}

// Files that are read whole (templates, contexts, keys, stdin) are at most
// this large: nothing of the kind is bigger, and reading it would only use
// memory. Imports stream their input and have their own limits.
inline constexpr qint64 kMaxInputBytes = qint64{16} << 20;

// Reads a whole file, or stdin for "-". On failure (or over kMaxInputBytes)
// returns nullopt with a message that names the file and the reason.
std::optional<std::string> readInput(const QString& path, QString& error);
bool writeOutput(const QString& path, std::string_view data, QString& error);
// How a path is named in messages ("<stdin>" for "-").
std::string displayName(const QString& path);
// The --store option: `what` and the forms a store can take (a file, or a
// PostgreSQL URL).
QCommandLineOption storeOption(const QString& what);

// A sub-command's parser: --help prints `help` and the options; parse errors
// print the problem and the usage and give kUsage.
class CommandLine
{
public:
    CommandLine(QString usage, QString description);
    QCommandLineParser& parser() { return m_parser; }
    void addPositional(const QString& name, const QString& description);
    // Returns nullopt when parsing succeeded and the command should run,
    // otherwise the exit code to return (0 after --help).
    std::optional<int> parse(const QStringList& args, int minPositional, int maxPositional);
    QStringList positional() const { return m_parser.positionalArguments(); }
    int usageError(const QString& message) const;

private:
    QString m_usage;
    QCommandLineParser m_parser;
};

enum class DiagnosticFormat
{
    Text,
    Json
};
// `PATH:LINE:COL: error|warning: MESSAGE [CODE]`, one per line.
std::string formatDiagnosticsText(std::string_view path,
                                  const std::vector<tmpl::Diagnostic>& diagnostics);
// A JSON array of {"severity","code","message","line","column","end_line","end_column","fix"}.
std::string formatDiagnosticsJson(const std::vector<tmpl::Diagnostic>& diagnostics);

// One sub-command of a command with several (`keys`, `apikey`): its name and
// what runs it, given the arguments from the sub-command on, the first one
// reading "claimsmith COMMAND SUB" for messages.
struct Subcommand
{
    const char* name;
    std::function<int(const QStringList&)> run;
};
// Runs the sub-command args[1] names; --help prints `usage`; a missing or
// unknown one is a usage error that names it.
int runSubcommand(const QStringList& args, std::initializer_list<Subcommand> subcommands,
                  const std::string& usage);

} // namespace claimsmith::cli
