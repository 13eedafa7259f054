#include "RolloutDialog.h"

#include "common/Prompter.h"
#include "common/QtText.h"
#include "common/StoreSession.h"
#include "json/Writer.h"
#include "rollout/ReportCsv.h"
#include "rollout/ReportJson.h"
#include "rollout/RolloutCheck.h"
#include "rollout/RowSpill.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace claimsmith::ui {

namespace {

QString who(const rollout::TokenRef& t)
{
    const QString user = t.email.empty() ? qs(t.userId) : qs(t.email);
    return t.organizationId.empty() ? user : u"%1 @ %2"_s.arg(user, qs(t.organizationId));
}

QString value(const std::optional<std::string>& v)
{
    return v ? qs(*v) : QCoreApplication::translate("RolloutDialog", "(not set)");
}

} // namespace

RolloutDialog::RolloutDialog(StoreSession* session, const QString& templateName,
                             int candidateVersion, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_template(templateName)
    , m_candidate(candidateVersion)
    , m_summary(new QLabel)
    , m_progress(new QProgressBar)
    , m_cancelButton(new QPushButton(tr("Cancel Check")))
    , m_tabs(new QTabWidget)
    , m_changes(new QTreeWidget)
    , m_failures(new QTreeWidget)
    , m_sizes(new QTextBrowser)
    , m_exportJson(new QPushButton(tr("Export JSON…")))
    , m_exportCsv(new QPushButton(tr("Export CSV…")))
    , m_promote(new QPushButton(tr("Promote to Production")))
{
    setObjectName(u"rolloutDialog"_s);
    setWindowTitle(tr("Rollout Check: %1 version %2").arg(templateName).arg(candidateVersion));
    resize(1000, 680);
    m_summary->setObjectName(u"rolloutSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_progress->setObjectName(u"rolloutProgress"_s);
    m_cancelButton->setObjectName(u"rolloutCancel"_s);
    m_changes->setObjectName(u"rolloutChanges"_s);
    m_changes->setHeaderLabels({tr("Claim"), tr("Change"), tr("Tokens"), tr("Example")});
    m_changes->setRootIsDecorated(true);
    m_changes->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_changes->header()->setStretchLastSection(true);
    m_failures->setObjectName(u"rolloutFailures"_s);
    m_failures->setHeaderLabels({tr("Where"), tr("Code"), tr("Tokens"), tr("Error")});
    m_failures->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_failures->header()->setStretchLastSection(true);
    m_sizes->setObjectName(u"rolloutSizes"_s);
    m_tabs->addTab(m_changes, tr("Changes"));
    m_tabs->addTab(m_failures, tr("Failures"));
    m_tabs->addTab(m_sizes, tr("Token Sizes"));
    m_exportJson->setObjectName(u"rolloutExportJson"_s);
    m_exportCsv->setObjectName(u"rolloutExportCsv"_s);
    m_promote->setObjectName(u"rolloutPromote"_s);
    m_promote->setEnabled(false);
    m_exportJson->setEnabled(false);
    m_exportCsv->setEnabled(false);

    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancelButton);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_exportJson);
    buttons->addWidget(m_exportCsv);
    buttons->addStretch(1);
    auto* close = new QPushButton(tr("Close"));
    buttons->addWidget(close);
    buttons->addWidget(m_promote);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(progressRow);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);

    connect(m_cancelButton, &QPushButton::clicked, this, &RolloutDialog::cancel);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_exportJson, &QPushButton::clicked, this, [this] { exportReport(false); });
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { exportReport(true); });
    connect(m_promote, &QPushButton::clicked, this, &RolloutDialog::promote);
}

RolloutDialog::~RolloutDialog()
{
    m_cancel->store(true); // a check still running stops; its result is dropped
}

void RolloutDialog::start()
{
    if (!m_session || m_running)
        return;
    m_running = true;
    m_cancel->store(false);
    m_summary->setText(tr("Rendering version %1 and the production version of %2 for every "
                          "user…")
                           .arg(m_candidate)
                           .arg(m_template));
    m_progress->setRange(0, 0);
    const std::string name = m_template.toStdString();
    const int candidate = m_candidate;
    const std::shared_ptr<std::atomic<bool>> cancel = m_cancel;
    // Every CSV row goes to a temporary file as the check makes them; the
    // report keeps the first 10,000 in memory.
    m_rows = std::make_shared<rollout::RowSpill>();
    const std::shared_ptr<rollout::RowSpill> rows = m_rows;
    QPointer<QProgressBar> bar(m_progress);
    m_session->jobs()->runJob(
        tr("Rollout check of %1").arg(m_template), this,
        [name, candidate, cancel, rows](store::Store& s,
                                        JobControl& job) -> store::Result<rollout::RolloutReport> {
            rollout::RolloutOptions options;
            options.templateName = name;
            options.candidateVersion = candidate;
            options.cancel = cancel.get();
            options.rowSink = rows->ok() ? rows.get() : nullptr;
            options.progress = [&job, cancel](std::int64_t done, std::int64_t total) {
                if (job.cancelled())
                    cancel->store(true); // the status bar's cancel button
                job.progress(done, total);
            };
            return rollout::RolloutCheck(std::move(options)).run(s);
        },
        [this](store::Result<rollout::RolloutReport> report) {
            m_running = false;
            m_cancelButton->setEnabled(false);
            m_progress->setRange(0, 1);
            m_progress->setValue(1);
            if (!report) {
                m_summary->setText(
                    tr("The check could not run: %1").arg(qs(report.error().message)));
                emit finished(qs(report.error().message));
                return;
            }
            m_report = std::move(*report);
            showReport();
            emit finished(QString());
        });
    connect(m_session->jobs(), &StoreWorker::jobProgress, this,
            [bar](quint64, qint64 done, qint64 total, const QString&) {
                if (!bar || total <= 0)
                    return;
                bar->setRange(0, 1000);
                bar->setValue(static_cast<int>(done * 1000 / total));
            });
}

void RolloutDialog::cancel()
{
    m_cancel->store(true);
    m_cancelButton->setEnabled(false);
    m_summary->setText(tr("Cancelling…"));
}

bool RolloutDialog::isClean() const
{
    return m_report && !m_report->cancelled && m_report->failed == 0 && m_report->overBudget == 0;
}

QString RolloutDialog::auditNote(bool override) const
{
    if (!m_report)
        return tr("promoted without a rollout check (override)");
    const rollout::RolloutReport& r = *m_report;
    const QString figures = u"rollout check: %1 users checked, %2 changed, %3 failed, %4 over "
                            u"budget%5"_s.arg(r.usersChecked)
                                .arg(r.changed)
                                .arg(r.failed)
                                .arg(r.overBudget)
                                .arg(r.cancelled ? u" (cancelled)"_s : QString());
    return override ? figures + u"; promoted anyway (override)"_s : figures;
}

void RolloutDialog::showReport()
{
    const rollout::RolloutReport& r = *m_report;
    m_summary->setText(
        tr("%1 users checked in %2 s%3: %4 changed, %5 unchanged, %6 failed, %7 over the "
           "%8-byte budget.")
            .arg(r.usersChecked)
            .arg(double(r.durationMs) / 1000.0, 0, 'f', 1)
            .arg(r.cancelled ? tr(" (cancelled: the figures cover the users done)") : QString())
            .arg(r.changed)
            .arg(r.unchanged)
            .arg(r.failed)
            .arg(r.overBudget)
            .arg(r.budgetBytes));
    m_changes->clear();
    for (const rollout::ClaimChange& c : r.claimChanges) {
        auto* item = new QTreeWidgetItem({qs(c.claim), qs(rollout::changeKindName(c.kind)),
                                          QString::number(c.tokens), QString()});
        for (const rollout::ClaimExample& e : c.examples)
            item->addChild(new QTreeWidgetItem(
                {QString(), QString(), QString(),
                 u"%1: %2 → %3"_s.arg(who(e.token), value(e.before), value(e.after))}));
        if (!c.examples.empty())
            item->setText(3, item->child(0)->text(3));
        m_changes->addTopLevelItem(item);
    }
    m_failures->clear();
    for (const rollout::FailureKind& k : r.failureKinds) {
        auto* item = new QTreeWidgetItem(
            {tr("line %1, column %2%3")
                 .arg(k.line)
                 .arg(k.column)
                 .arg(k.claim.empty() ? QString() : u" (%1)"_s.arg(qs(k.claim))),
             qs(k.code), QString::number(k.tokens), qs(k.message)});
        for (const rollout::RenderFailure& f : r.failures)
            if (f.code == k.code && f.line == k.line && f.column == k.column)
                item->addChild(
                    new QTreeWidgetItem({who(f.token), QString(), QString(), qs(f.message)}));
        m_failures->addTopLevelItem(item);
    }
    m_tabs->setTabText(1, tr("Failures (%1)").arg(r.failed));
    // The histogram as bars, the budget marked, then the largest tokens.
    std::int64_t most = 1;
    for (const rollout::SizeBucket& b : r.histogram)
        most = std::max(most, b.tokens);
    QString html = u"<table cellspacing=4>"_s;
    for (const rollout::SizeBucket& b : r.histogram) {
        const bool over = b.min > r.budgetBytes;
        const int width = static_cast<int>(300 * b.tokens / most);
        html += u"<tr><td align=right>%1–%2</td><td><table cellspacing=0><tr><td bgcolor=%3 "
                u"width=%4 height=12></td></tr></table></td><td>%5</td></tr>"_s.arg(b.min)
                    .arg(b.max ? QString::number(*b.max) : u"…"_s)
                    .arg(over ? u"#d9534f"_s : u"#2e9d5b"_s)
                    .arg(std::max(width, 1))
                    .arg(b.tokens);
    }
    html += u"</table><p>"_s +
            tr("Budget: %1 bytes (T403 warns above it); limit: %2 bytes.")
                .arg(r.budgetBytes)
                .arg(r.limitBytes)
                .toHtmlEscaped() +
            u"</p><p><b>"_s + tr("Largest tokens").toHtmlEscaped() + u"</b><br>"_s;
    for (const rollout::SizedToken& t : r.largest)
        html += u"%1 bytes — %2<br>"_s.arg(t.bytes).arg(who(t.token).toHtmlEscaped());
    m_sizes->setHtml(html + u"</p>"_s);
    m_exportJson->setEnabled(true);
    m_exportCsv->setEnabled(true);
    m_promote->setEnabled(true);
    m_promote->setText(isClean() ? tr("Promote to Production") : tr("Promote Anyway…"));
    m_tabs->setCurrentIndex(r.failed > 0 ? 1 : 0);
}

void RolloutDialog::promote()
{
    if (!m_report)
        return;
    if (isClean()) {
        emit promoteRequested(auditNote(false));
        accept();
        return;
    }
    Prompter::instance().confirm(
        this, tr("Promote Anyway"),
        tr("The check found %1 users whose token fails and %2 over the size budget%3. Promoting "
           "anyway is written to the audit log as an override.")
            .arg(m_report->failed)
            .arg(m_report->overBudget)
            .arg(m_report->cancelled ? tr(", and it did not check every user") : QString()),
        tr("Promote Anyway"), [this](bool yes) {
            if (!yes)
                return;
            emit promoteRequested(auditNote(true));
            accept();
        });
}

bool RolloutDialog::exportTo(const QString& path, bool csv, QString* error) const
{
    if (!m_report)
        return false;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        if (error)
            *error = f.errorString();
        return false;
    }
    if (csv && m_rows && m_rows->ok()) {
        std::string problem;
        if (!m_rows->copyTo(f, problem) || !f.commit()) {
            if (error)
                *error = problem.empty() ? f.errorString() : qs(problem);
            return false;
        }
        return true;
    }
    // Without the temporary file: the rows the report kept.
    const std::string text =
        csv ? rollout::reportToCsv(*m_report)
            : json::toString(rollout::reportToJson(*m_report), {.pretty = true}) + "\n";
    if (f.write(text.data(), static_cast<qint64>(text.size())) < 0 || !f.commit()) {
        if (error)
            *error = f.errorString();
        return false;
    }
    return true;
}

void RolloutDialog::exportReport(bool csv)
{
    const QString path = QFileDialog::getSaveFileName(
        this, csv ? tr("Export Report as CSV") : tr("Export Report as JSON"),
        u"%1-v%2-rollout.%3"_s.arg(m_template).arg(m_candidate).arg(csv ? u"csv"_s : u"json"_s),
        csv ? tr("CSV (*.csv)") : tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, csv, &error))
        Prompter::instance().error(this, tr("Export Report"),
                                   tr("Cannot write %1: %2. Choose another folder.")
                                       .arg(QDir::toNativeSeparators(path), error));
}

} // namespace claimsmith::ui
