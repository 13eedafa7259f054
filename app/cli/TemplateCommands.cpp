#include "TemplateCommands.h"

#include "CliSupport.h"
#include "template/Template.h"

using namespace Qt::StringLiterals;

namespace claimsmith::cli {

namespace {

struct LoadedTemplate
{
    std::string path; // for messages
    tmpl::Template compiled;
};

std::optional<LoadedTemplate> loadTemplate(const QString& path, int& exitCode)
{
    QString error;
    const std::optional<std::string> text = readInput(path, error);
    if (!text) {
        err(u"claimsmith: %1\n"_s.arg(error));
        exitCode = kUsage;
        return std::nullopt;
    }
    tmpl::CompileOptions options;
    return LoadedTemplate{displayName(path), tmpl::Template::compile(*text, options)};
}

} // namespace

int runValidate(const QStringList& args)
{
    CommandLine cl(u"claimsmith validate TEMPLATE [--format text|json]"_s,
                   u"Checks a claim template and prints every diagnostic.\n"
                   "Exits 1 when the template has errors, 0 otherwise (warnings included)."_s);
    cl.addPositional(u"TEMPLATE"_s, u"The template file, or - for standard input."_s);
    cl.parser().addOption(
        {u"format"_s, u"Output format: text (default) or json."_s, u"format"_s, u"text"_s});
    if (auto code = cl.parse(args, 1, 1))
        return *code;
    const QString format = cl.parser().value(u"format"_s);
    if (format != u"text"_s && format != u"json"_s)
        return cl.usageError(u"--format takes text or json, not \"%1\""_s.arg(format));

    int code = kOk;
    const auto loaded = loadTemplate(cl.positional().at(0), code);
    if (!loaded)
        return code;
    const auto& diagnostics = loaded->compiled.diagnostics();
    if (format == u"json"_s)
        out(formatDiagnosticsJson(diagnostics));
    else
        out(formatDiagnosticsText(loaded->path, diagnostics));
    return loaded->compiled.hasErrors() ? kInputWrong : kOk;
}

} // namespace claimsmith::cli
