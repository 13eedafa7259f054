// The Templates page of the real main window (1400x900) on a demo store:
//   keystroke  a 100-line template open in the editor, the preview showing
//              a user with a membership and a temporary ES256 key; each
//              round sends a real key press and release to the text edit
//              (typing a letter into a claim's string, then Backspace) and
//              times from the key event to the preview's previewShown()
//              with the new claim value (checked), and to the claims view's
//              next paint. Reference, in the same run: the engine alone
//              compiling and rendering the same text for the same context
//              (a context built with issue::TokenService on the store).
//   stalls     the longest gap of the 1 ms probe while typing.

#include "GuiBench.h"
#include "app/MainWindow.h"
#include "common/StoreSession.h"
#include "issue/TokenService.h"
#include "store/SqliteStore.h"
#include "template/Template.h"
#include "templates/PreviewPanel.h"
#include "templates/TemplateCodeEditor.h"
#include "templates/TemplateTextEdit.h"
#include "templates/TemplatesPage.h"

#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QTextBrowser>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <memory>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace claimsmith::bench::gui {

namespace {

constexpr double kKeystrokeTargetMs = 16; // one frame
constexpr int kWarmUp = 10;
constexpr int kRounds = 200;
constexpr int kStepTimeoutMs = 10'000;

const char* const kTypedClaim = "\"urn:bench:typed\": \"k";

// 100 lines of the demo's fields: single-line claims and nested objects,
// the first claim a string that the rounds type into. Small values, so the
// claims stay under the 3,072-byte limit whatever the user.
QString hundredLineTemplate()
{
    QStringList lines = {u"{"_s, QString::fromLatin1(kTypedClaim) + u"\","_s};
    const QString single[] = {
        u"  \"urn:b:name_%1\": \"{{ user.first_name }} {{ user.last_name }}\","_s,
        u"  \"urn:b:plan_%1\": {{ user.metadata.plan || 'free' }},"_s,
        u"  \"urn:b:roles_%1\": {{ organization_membership.roles | map: 'slug' | size }},"_s,
        u"  \"urn:b:theme_%1\": {{ user.user_metadata.theme || 'system' }},"_s,
        u"  \"urn:b:verified_%1\": {{ user.email_verified }},"_s,
    };
    int n = 0;
    while (lines.size() < 99) {
        if (n % 6 == 5 && lines.size() + 4 <= 99) {
            lines << u"  \"urn:b:org_%1\": {"_s.arg(n)
                  << u"    \"tier\": {{ user.metadata.tier || 'standard' }},"_s
                  << u"    \"region\": {{ organization.metadata.region || 'us-east-1' }}"_s
                  << u"  },"_s;
        } else {
            lines << single[n % 5].arg(n);
        }
        ++n;
    }
    lines << u"  \"urn:b:last\": 1"_s << u"}"_s;
    return lines.join(u'\n') + u'\n';
}

std::unique_ptr<store::SqliteStore> openDirect(const QString& path)
{
    auto s = store::SqliteStore::open(path.toStdString(), {});
    if (!s)
        throw std::runtime_error("cannot open " + path.toStdString() + ": " + s.error().message);
    return std::move(s.value());
}

Row::Verdict verdict(double value, double limit)
{
    return value <= limit ? Row::Verdict::Met : Row::Verdict::Missed;
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    const auto i = static_cast<std::size_t>(static_cast<double>(v.size() - 1) * p + 0.5);
    return v[std::min(i, v.size() - 1)];
}

template <class T>
T* child(QObject* parent, const QString& name)
{
    T* w = parent->findChild<T*>(name);
    if (!w)
        throw std::runtime_error("no widget named " + name.toStdString());
    return w;
}

class TemplatesBench
{
public:
    explicit TemplatesBench(Report& report)
        : m_report(report)
        , m_path(options().store)
    {}

    void run()
    {
        probe().phase("templates: setup");
        // The subject: a user with a membership, found directly.
        std::string userId;
        {
            auto s = openDirect(m_path);
            store::MembershipQuery q;
            q.limit = 1;
            auto page = s->findMemberships(q);
            if (!page || page->items.empty())
                throw std::runtime_error("the store has no memberships");
            userId = page->items.front().userId;
        }

        m_window = std::make_unique<ui::MainWindow>();
        m_window->resize(1400, 900);
        m_window->show();
        for (int i = 0; i < m_window->pageCount() && !m_page; ++i) {
            m_page = qobject_cast<ui::TemplatesPage*>(m_window->page(i));
            if (m_page)
                m_window->showPage(i);
        }
        if (!m_page)
            throw std::runtime_error("the main window has no Templates page");
        m_window->openStore(m_path);
        waitUntil([this] { return !m_page->currentTemplate().isEmpty(); },
                  "the Templates page to open a template", 300'000);
        waitIdle();

        ui::PreviewPanel* preview = m_page->preview();
        preview->setUser(QString::fromStdString(userId));
        // A temporary key: the store's own key may need a passphrase.
        auto* key = child<QComboBox>(preview, u"previewKey"_s);
        key->setCurrentIndex(key->findData(u"ES256"_s));
        emit key->activated(key->currentIndex());
        waitUntil([&] { return preview->userId() == QString::fromStdString(userId); },
                  "the preview to pick the user", 60'000);
        waitIdle();

        // The draft: the whole text replaced through the text edit (an edit,
        // as typing is; TemplateCodeEditor::setText would be a load).
        ui::TemplateTextEdit* edit = m_page->editor()->textEdit();
        const QString text = hundredLineTemplate();
        edit->selectAll();
        edit->replaceSelectedText(text);
        waitUntil(
            [&] {
                return preview->claimsText().contains(QString::fromLatin1(kTypedClaim) + u'"') &&
                       !preview->isStale();
            },
            "the preview of the 100-line template", 60'000);
        waitIdle();
        if (edit->lines() < 100)
            throw std::runtime_error("the template has " + std::to_string(edit->lines()) +
                                     " lines, not 100");
        const int caret = static_cast<int>(text.toUtf8().indexOf(kTypedClaim)) +
                          static_cast<int>(std::strlen(kTypedClaim));
        edit->setCaretPosition(caret);
        edit->setFocus();
        processPending();

        auto* claimsView = child<QTextBrowser>(preview, u"previewClaims"_s);
        // Gone before the window: it unhooks itself from the view.
        auto paintOwner = std::make_unique<PaintWatch>(claimsView->viewport());
        PaintWatch& paint = *paintOwner;
        bool shown = false;
        Clock::time_point shownAt;
        QObject::connect(preview, &ui::PreviewPanel::previewShown, preview, [&] {
            if (!shown)
                shownAt = Clock::now();
            shown = true;
        });

        probe().phase("templates: typing");
        std::vector<double> toShown, toPainted;
        for (int round = 0; round < kWarmUp + kRounds; ++round) {
            const bool typing = round % 2 == 0;
            const QString expected =
                QString::fromLatin1(kTypedClaim) + (typing ? u"Z\""_s : u"\""_s);
            shown = false;
            paint.arm([&] { return shown; });
            const Qt::Key k = typing ? Qt::Key_Z : Qt::Key_Backspace;
            const QString t = typing ? u"Z"_s : QString();
            QKeyEvent press(QEvent::KeyPress, k, Qt::NoModifier, t);
            QKeyEvent release(QEvent::KeyRelease, k, Qt::NoModifier, t);
            const auto t0 = Clock::now();
            QApplication::sendEvent(edit, &press);
            QApplication::sendEvent(edit, &release);
            waitUntil([&] { return shown; }, "previewShown() after a keystroke", kStepTimeoutMs);
            if (!preview->claimsText().contains(expected))
                throw std::runtime_error("the preview does not show the typed value: " +
                                         preview->claimsText().left(200).toStdString());
            waitUntil([&] { return paint.painted(); }, "the claims view to paint", kStepTimeoutMs);
            if (round >= kWarmUp) {
                toShown.push_back(msSince(t0, shownAt));
                toPainted.push_back(msSince(t0, paint.paintedAt()));
            }
            // The token is signed off the GUI thread; let it land between
            // keystrokes as it would between a typist's keys (~10 a second
            // at most; here as soon as it is done).
            waitUntil([&] { return !preview->tokenText().isEmpty(); }, "the signed token",
                      kStepTimeoutMs);
            processPending();
        }

        // The reference: the engine alone, same text, same context.
        probe().pause();
        std::vector<double> compileMs, renderMs, bothMs;
        {
            auto s = openDirect(m_path);
            issue::TokenService service(*s);
            issue::TokenRequest request;
            request.user = userId;
            auto memberships = [&] {
                store::MembershipQuery q;
                q.userId = userId;
                q.limit = 1;
                return s->findMemberships(q);
            }();
            if (memberships && !memberships->items.empty())
                request.organization = memberships->items.front().organizationId;
            auto context = service.context(request);
            if (!context)
                throw std::runtime_error("no context: " + context.error().message);
            const std::string utf8 = m_page->editor()->text().toStdString();
            for (int round = 0; round < kWarmUp + kRounds; ++round) {
                const auto t0 = Clock::now();
                const tmpl::Template t = tmpl::Template::compile(utf8);
                const auto t1 = Clock::now();
                const tmpl::RenderResult r = t.render(*context);
                const auto t2 = Clock::now();
                if (!r.ok)
                    throw std::runtime_error("the reference render failed");
                keep(&r);
                if (round >= kWarmUp) {
                    compileMs.push_back(msSince(t0, t1));
                    renderMs.push_back(msSince(t1, t2));
                    bothMs.push_back(msSince(t0, t2));
                }
            }
        }
        probe().resume();

        const double shownMed = median(toShown), shownP95 = percentile(toShown, 0.95);
        const double paintMed = median(toPainted), paintP95 = percentile(toPainted, 0.95);
        const double refMed = median(bothMs), refP95 = percentile(bothMs, 0.95);
        m_report.ratio("gui.templates.keystroke.to_preview.median", shownMed, "ms",
                       "tmpl.compile_render_100_lines.median", refMed, shownMed / refMed);
        m_report.ratio("gui.templates.keystroke.to_preview.p95", shownP95, "ms",
                       "tmpl.compile_render_100_lines.p95", refP95, shownP95 / refP95);
        m_report.value("gui.templates.keystroke.to_preview.max", worst(toShown), "ms");
        m_report.ratio("gui.templates.keystroke.to_painted.median", paintMed, "ms",
                       "tmpl.compile_render_100_lines.median", refMed, paintMed / refMed);
        m_report.ratio("gui.templates.keystroke.to_painted.p95", paintP95, "ms",
                       "tmpl.compile_render_100_lines.p95", refP95, paintP95 / refP95);
        m_report.value("gui.templates.keystroke.to_painted.max", worst(toPainted), "ms");
        m_report.value("tmpl.compile_100_lines.median", median(compileMs), "ms");
        m_report.value("tmpl.render_100_lines.median", median(renderMs), "ms");
        const double stall = probe().longestWallMs("templates: typing");
        m_report.value("gui.templates.stall.typing", stall, "ms");

        const std::string target = "<= " + formatMs(kKeystrokeTargetMs);
        const auto ratio = [](double v, double r) {
            return r > 0 ? format(v / r, "x", 1) : std::string();
        };
        addRow({"keystroke -> preview shows the claims, median of " + std::to_string(kRounds),
                formatMs(shownMed), formatMs(refMed), ratio(shownMed, refMed), std::string(),
                Row::Verdict::None});
        addRow({"keystroke -> preview shows the claims, p95", formatMs(shownP95), formatMs(refP95),
                ratio(shownP95, refP95), target, verdict(shownP95, kKeystrokeTargetMs)});
        addRow({"keystroke -> preview shows the claims, max", formatMs(worst(toShown)),
                formatMs(worst(bothMs)), std::string(), std::string(), Row::Verdict::None});
        addRow({"keystroke -> claims painted, p95", formatMs(paintP95), formatMs(refP95),
                ratio(paintP95, refP95), target, verdict(paintP95, kKeystrokeTargetMs)});
        addRow({"longest GUI stall: typing", formatMs(stall), std::string(), std::string(),
                std::string(), Row::Verdict::None});

        probe().phase("templates: teardown");
        paintOwner.reset();
        m_window.reset();
    }

private:
    void waitIdle()
    {
        waitUntil(
            [this] {
                ui::StoreSession* s = m_window->session();
                return !s || (s->worker()->pending() == 0 && s->jobs()->pending() == 0);
            },
            "the store workers to finish", 300'000);
        processPending();
    }

    Report& m_report;
    QString m_path;
    std::unique_ptr<ui::MainWindow> m_window;
    ui::TemplatesPage* m_page = nullptr;
};

void runTemplates(Report& report)
{
    if (!report.wants("gui.templates"))
        return;
    TemplatesBench(report).run();
}

const Register registerTemplates("gui.templates", runTemplates);

} // namespace

} // namespace claimsmith::bench::gui
