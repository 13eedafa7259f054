#include "TemplateCommands.h"

#include "CliSupport.h"
#include "StoreAccess.h"
#include "issue/StoreVocabulary.h"
#include "template/Template.h"

using namespace Qt::StringLiterals;

namespace claimsmith::cli {

namespace {

struct LoadedTemplate
{
    std::string path; // for messages
    tmpl::Template compiled;
};

std::optional<LoadedTemplate> loadTemplate(const QString& path, const tmpl::Vocabulary* vocabulary,
                                           int& exitCode)
{
    QString error;
    const std::optional<std::string> text = readInput(path, error);
    if (!text) {
        err(u"claimsmith: %1\n"_s.arg(error));
        exitCode = kUsage;
        return std::nullopt;
    }
    tmpl::CompileOptions options;
    options.vocabulary = vocabulary;
    return LoadedTemplate{displayName(path), tmpl::Template::compile(*text, options)};
}

} // namespace

int runValidate(const QStringList& args)
{
    CommandLine cl(u"claimsmith validate TEMPLATE [--store FILE] [--format text|json]"_s,
                   u"Checks a claim template and prints every diagnostic.\n"
                   "Exits 1 when the template has errors, 0 otherwise (warnings included)."_s);
    cl.addPositional(u"TEMPLATE"_s, u"The template file, or - for standard input."_s);
    cl.parser().addOption(
        {u"format"_s, u"Output format: text (default) or json."_s, u"format"_s, u"text"_s});
    cl.parser().addOption(storeOption(u"Check metadata keys against this store (T103)."_s));
    if (auto code = cl.parse(args, 1, 1))
        return *code;
    const QString format = cl.parser().value(u"format"_s);
    if (format != u"text"_s && format != u"json"_s)
        return cl.usageError(u"--format takes text or json, not \"%1\""_s.arg(format));

    int code = kOk;
    std::optional<tmpl::Vocabulary> vocabulary;
    if (cl.parser().isSet(u"store"_s)) {
        std::unique_ptr<store::Store> s = openStore(cl.parser().value(u"store"_s), false, code);
        if (!s)
            return code;
        store::Result<tmpl::Vocabulary> v = issue::vocabularyOf(*s);
        if (!v) {
            printStoreError(v.error());
            return kInputWrong;
        }
        vocabulary = std::move(v.value());
    }
    const auto loaded =
        loadTemplate(cl.positional().at(0), vocabulary ? &*vocabulary : nullptr, code);
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
