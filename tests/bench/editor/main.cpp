// claimsmith-bench-editor: the template editor's latency on the offscreen
// platform, one JSON object per line (see ../Bench.h).
//
// - completion: from the key event that types the '.' after
//   `{{ user.metadata` to the list being shown (visible) and to its first
//   paint, with 10,000 distinct metadata keys in the vocabulary; tmpl::complete
//   alone at the same cursor is the reference.
// - compile on keystroke: a 100-line template, the engine's compile alone and
//   the editor's whole refresh (compile, squiggles, markers, the list), and
//   from a typed key to diagnosticsChanged.
//
// claimsmith-bench-editor [--runs N]

#include "Bench.h"
#include "common/Settings.h"
#include "template/Completion.h"
#include "template/Template.h"
#include "templates/CompletionPopup.h"
#include "templates/TemplateCodeEditor.h"
#include "templates/TemplateTextEdit.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QListView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <vector>

using namespace claimsmith;
using namespace Qt::StringLiterals;

namespace {

struct Stats
{
    double median = 0;
    double p95 = 0;
};

Stats stats(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    Stats s;
    s.median = v[v.size() / 2];
    s.p95 =
        v[std::min(v.size() - 1, static_cast<std::size_t>(static_cast<double>(v.size()) * 0.95))];
    return s;
}

double msSince(const QElapsedTimer& t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

std::shared_ptr<const tmpl::Vocabulary> bigVocabulary(int keys)
{
    auto v = std::make_shared<tmpl::Vocabulary>();
    std::vector<tmpl::KeyInfo> infos;
    infos.reserve(static_cast<std::size_t>(keys));
    std::uint32_t seed = 12345;
    for (int i = 0; i < keys; ++i) {
        seed = seed * 1664525u + 1013904223u;
        char name[32];
        std::snprintf(name, sizeof name, "attribute_%05d", i);
        const auto kinds = static_cast<std::uint8_t>(
            i % 3 == 0 ? tmpl::AcceptString
                       : (i % 3 == 1 ? tmpl::AcceptNumber : tmpl::AcceptArray));
        infos.push_back({name, static_cast<std::int64_t>(seed % 100000), kinds});
    }
    v->setKeys(tmpl::Bag::UserMetadata, std::move(infos));
    return v;
}

QString hundredLineTemplate()
{
    QString t = u"{\n"_s;
    for (int i = 0; i < 98; ++i) {
        switch (i % 4) {
        case 0:
            t += u"  \"urn:c:name_%1\": \"{{ user.first_name }} {{ user.last_name }}\",\n"_s.arg(i);
            break;
        case 1:
            t += u"  \"urn:c:tier_%1\": {{ user.metadata.attribute_%2 || 'bronze' }},\n"_s.arg(i)
                     .arg(i, 5, 10, QLatin1Char('0'));
            break;
        case 2:
            t +=
                u"  \"urn:c:roles_%1\": {{ organization_membership.roles | map: 'slug' }},\n"_s.arg(
                    i);
            break;
        default:
            t += u"  \"urn:c:email_%1\": {{ user.email | downcase | default: 'none' }},\n"_s.arg(i);
            break;
        }
    }
    t += u"  \"urn:c:last\": 1\n}\n"_s;
    return t;
}

// Records when a widget is painted.
class PaintWatch : public QObject
{
public:
    bool painted = false;
    bool eventFilter(QObject*, QEvent* e) override
    {
        if (e->type() == QEvent::Paint)
            painted = true;
        return false;
    }
};

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    int runs = 60;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--runs") && i + 1 < argc) {
            runs = std::max(5, std::atoi(argv[++i]));
        } else {
            std::fprintf(stderr, "usage: claimsmith-bench-editor [--runs N]\n");
            return 2;
        }
    }
    QApplication app(argc, argv);
    QTemporaryDir dir;
    ui::Settings::useFile(dir.filePath(u"settings.ini"_s));
    bench::Report report;

    ui::TemplateCodeEditor editor;
    editor.resize(1000, 700);
    editor.show();
    if (!QTest::qWaitForWindowExposed(&editor))
        std::fprintf(stderr, "warning: the editor window was not exposed\n");
    ui::TemplateTextEdit* edit = editor.textEdit();
    edit->setFocus();
    const auto vocabulary = bigVocabulary(10000);
    editor.setVocabulary(vocabulary);
    ui::CompletionPopup* popup = editor.completionPopup();
    PaintWatch watch;
    popup->listView()->viewport()->installEventFilter(&watch);

    // --- Completion after '.' with 10,000 keys.
    const QString before = u"{\n  \"urn:c:a\": {{ user.metadata }}\n}\n"_s;
    const int caret = static_cast<int>(before.indexOf(u" }}"_s));
    std::vector<double> shown, painted, core;
    std::size_t items = 0;
    for (int run = 0; run < runs + 3; ++run) {
        editor.setText(before);
        popup->hide();
        edit->setCaretPosition(caret);
        QCoreApplication::processEvents();
        watch.painted = false;
        QElapsedTimer t;
        t.start();
        QTest::keyClick(edit, Qt::Key_Period);
        const double visible = msSince(t);
        while (!watch.painted && t.elapsed() < 2000)
            QCoreApplication::processEvents();
        const double firstPaint = msSince(t);
        if (!popup->isVisible() || !watch.painted) {
            std::fprintf(stderr, "the completion list did not show\n");
            return 1;
        }
        items = static_cast<std::size_t>(popup->count());
        // The reference: the same completion by the engine alone.
        const std::string text =
            editor.utf8Text().data() ? std::string(editor.utf8Text()) : std::string();
        QElapsedTimer c;
        c.start();
        const tmpl::Completion completion =
            tmpl::complete(text, static_cast<std::uint32_t>(caret + 1), vocabulary.get());
        const double coreMs = msSince(c);
        bench::keep(&completion);
        if (run < 3)
            continue; // warm-up
        shown.push_back(visible);
        painted.push_back(firstPaint);
        core.push_back(coreMs);
    }
    if (items != 10000) {
        std::fprintf(stderr, "expected 10000 keys in the list, got %zu\n", items);
        return 1;
    }
    const Stats s = stats(shown), p = stats(painted), c = stats(core);
    report.ratio("editor.completion_10k_keys.key_to_shown.median", s.median, "ms",
                 "tmpl.complete_10k_keys.median", c.median, s.median / c.median);
    report.value("editor.completion_10k_keys.key_to_shown.p95", s.p95, "ms");
    report.ratio("editor.completion_10k_keys.key_to_painted.median", p.median, "ms",
                 "tmpl.complete_10k_keys.median", c.median, p.median / c.median);
    report.value("editor.completion_10k_keys.key_to_painted.p95", p.p95, "ms");
    report.value("tmpl.complete_10k_keys.p95", c.p95, "ms");
    report.ratio("editor.completion_10k_keys.key_to_painted.p95_vs_budget", p.p95, "ms", "budget",
                 30.0, p.p95 / 30.0);
    popup->hide();

    // --- Compile on keystroke, 100-line template.
    const QString big = hundredLineTemplate();
    editor.setText(big);
    const int lines = edit->lines();
    const std::string bigUtf8 = big.toStdString();
    tmpl::CompileOptions options;
    options.vocabulary = vocabulary.get();
    std::vector<double> compile, refresh, keyToDiagnostics;
    for (int run = 0; run < runs * 3; ++run) {
        QElapsedTimer t;
        t.start();
        const tmpl::Template compiled = tmpl::Template::compile(bigUtf8, options);
        compile.push_back(msSince(t));
        bench::keep(&compiled);
    }
    // A typo-free edit inside a string on line 2, typed and compiled each round.
    const int inString = static_cast<int>(big.toUtf8().indexOf("{{ user.first_name }}")) - 1;
    bool diagnosed = false;
    QObject::connect(&editor, &ui::TemplateCodeEditor::diagnosticsChanged, &editor,
                     [&diagnosed] { diagnosed = true; });
    for (int run = 0; run < runs; ++run) {
        edit->setCaretPosition(inString);
        QCoreApplication::processEvents();
        diagnosed = false;
        QElapsedTimer t;
        t.start();
        QTest::keyClick(edit, run % 2 ? Qt::Key_Backspace : Qt::Key_X, Qt::NoModifier);
        while (!diagnosed && t.elapsed() < 2000)
            QCoreApplication::processEvents();
        keyToDiagnostics.push_back(msSince(t));
        QElapsedTimer r;
        r.start();
        editor.compileNow();
        refresh.push_back(msSince(r));
        if (run % 2 == 0)
            edit->setCaretPosition(inString + 1);
    }
    const Stats k = stats(compile), rf = stats(refresh), kd = stats(keyToDiagnostics);
    report.value("tmpl.compile_" + std::to_string(lines) + "_lines.median", k.median, "ms");
    report.value("tmpl.compile_" + std::to_string(lines) + "_lines.p95", k.p95, "ms");
    report.ratio("editor.refresh_" + std::to_string(lines) + "_lines.median", rf.median, "ms",
                 "tmpl.compile_" + std::to_string(lines) + "_lines.median", k.median,
                 rf.median / k.median);
    report.value("editor.refresh_" + std::to_string(lines) + "_lines.p95", rf.p95, "ms");
    report.value("editor.key_to_diagnostics_" + std::to_string(lines) + "_lines.median", kd.median,
                 "ms");
    report.value("editor.key_to_diagnostics_" + std::to_string(lines) + "_lines.p95", kd.p95, "ms");
    return 0;
}
