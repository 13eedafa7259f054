#include "Cli.h"

#include "ApiKeyCommands.h"
#include "CliSupport.h"
#include "DemoCommand.h"
#include "ImportExportCommands.h"
#include "KeyCommands.h"
#include "RenderCommand.h"
#include "RolloutCommand.h"
#include "ServeCommand.h"
#include "TemplateCommands.h"

#include <QCoreApplication>

#include <cstring>
#include <functional>

using namespace Qt::StringLiterals;

namespace claimsmith::cli {

namespace {

struct Command
{
    const char* name;
    const char* summary;
    std::function<int(const QStringList&)> run;
};

const std::vector<Command>& commands()
{
    static const std::vector<Command> list = {
        {"validate", "lint a claim template", runValidate},
        {"render", "render a template's claims, payload or signed token", runRender},
        {"keys", "generate keys, print public keys", runKeys},
        {"decode", "decode and verify a token", runDecode},
        {"demo", "create a store with realistic sample data", runDemo},
        {"import", "import users and more from jsonl, Auth0, ZITADEL or CSV", runImport},
        {"export", "export a whole store as jsonl", runExport},
        {"rollout-check", "check a template change against every user", runRolloutCheck},
        {"serve", "serve a store over HTTP(S): REST API, JWKS, tokens", runServe},
        {"apikey", "create, list and revoke the server's API keys", runApiKey},
    };
    return list;
}

std::string generalHelp()
{
    std::string s = "Usage: claimsmith [--store FILE]          open the desktop application\n"
                    "       claimsmith COMMAND [options]       run a command (no display needed)\n"
                    "       claimsmith --version\n\nCommands:\n";
    for (const Command& c : commands()) {
        std::string name = c.name;
        name.resize(16, ' ');
        s += "  " + name + c.summary + "\n";
    }
    s += "\nRun claimsmith COMMAND --help for the options of a command.\n"
         "Exit codes: 0 success, 1 the input is wrong, 2 usage errors and unreadable files.\n";
    return s;
}

} // namespace

bool isCommandLine(int argc, char** argv)
{
    if (argc < 2)
        return false;
    const char* a = argv[1];
    if (!std::strcmp(a, "--help") || !std::strcmp(a, "-h") || !std::strcmp(a, "--version") ||
        !std::strcmp(a, "help"))
        return true;
    for (const Command& c : commands()) {
        if (!std::strcmp(a, c.name))
            return true;
    }
    // Anything else that is not an option is a mistyped command, not a GUI request.
    return a[0] != '-';
}

int run(int argc, char** argv)
{
    // The server's threads wait on sockets all the time. Qt's own event
    // dispatcher wakes a thread with one system call where the GLib one
    // takes up to three per posted event, and polls without GLib's
    // bookkeeping (`serve` has no use for a GLib main loop).
    if (argc > 1 && !std::strcmp(argv[1], "serve") && qEnvironmentVariableIsEmpty("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"claimsmith"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CLAIMSMITH_VERSION));
    const QStringList args = QCoreApplication::arguments();
    const QString first = args.value(1);
    if (first == u"--version"_s) {
        out("claimsmith " CLAIMSMITH_VERSION "\n");
        return kOk;
    }
    if (first == u"--help"_s || first == u"-h"_s || first == u"help"_s) {
        out(generalHelp());
        return kOk;
    }
    for (const Command& c : commands()) {
        if (first == QLatin1StringView(c.name)) {
            QStringList rest = args.mid(1);
            rest[0] = u"claimsmith "_s + first;
            return c.run(rest);
        }
    }
    err("claimsmith: unknown command \"" + first.toStdString() + "\"\n\n" + generalHelp());
    return kUsage;
}

} // namespace claimsmith::cli
