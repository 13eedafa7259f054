#include "InspectionView.h"

#include "ClaimTimesView.h"
#include "JsonHighlighter.h"
#include "ProblemList.h"
#include "VerdictBanner.h"
#include "common/Settings.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace claimsmith::ui::inspector {

namespace {

QLabel* sectionTitle(const QString& text)
{
    auto* label = new QLabel(text);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

QLabel* mutedLabel(const QString& name)
{
    auto* label = new QLabel;
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QPlainTextEdit* jsonView(const QString& name)
{
    auto* view = new QPlainTextEdit;
    view->setObjectName(name);
    view->setReadOnly(true);
    view->setFont(Settings::get(settings::editorFont));
    view->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    view->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return view;
}

QToolButton* copyButton(const QString& name, const QString& text, const QString& tip)
{
    auto* button = new QToolButton;
    button->setObjectName(name);
    button->setText(text);
    button->setToolTip(tip);
    return button;
}

QHBoxLayout* titleRow(QLabel* title, QLabel* note, QToolButton* button)
{
    auto* row = new QHBoxLayout;
    row->setSpacing(8);
    row->addWidget(title);
    row->addWidget(note, 1);
    row->addWidget(button);
    return row;
}

} // namespace

InspectionView::InspectionView(QWidget* parent)
    : QWidget(parent)
    , m_banner(new VerdictBanner)
    , m_problemsTitle(sectionTitle(tr("Problems")))
    , m_problems(new ProblemList)
    , m_headerView(jsonView(u"headerView"_s))
    , m_headerHighlighter(new JsonHighlighter(m_headerView->document()))
    , m_headerNote(mutedLabel(u"headerNote"_s))
    , m_copyHeader(copyButton(u"copyHeaderButton"_s, tr("Copy Header JSON"),
                              tr("Copy the decoded header to the clipboard")))
    , m_payloadView(jsonView(u"payloadView"_s))
    , m_payloadHighlighter(new JsonHighlighter(m_payloadView->document()))
    , m_payloadNote(mutedLabel(u"payloadNote"_s))
    , m_copyPayload(copyButton(u"copyPayloadButton"_s, tr("Copy Payload JSON"),
                               tr("Copy the decoded claims to the clipboard")))
    , m_timesTitle(sectionTitle(tr("Times")))
    , m_times(new ClaimTimesView)
{
    m_banner->setMinimumHeight(56);
    m_problemsTitle->setObjectName(u"problemsTitle"_s);
    m_payloadView->setMinimumHeight(160);
    m_timesTitle->setObjectName(u"timesTitle"_s);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 0, 4, 0);
    layout->setSpacing(6);
    layout->addWidget(m_banner);
    layout->addSpacing(4);
    layout->addWidget(m_problemsTitle);
    layout->addWidget(m_problems);
    layout->addSpacing(4);
    layout->addLayout(titleRow(sectionTitle(tr("Header")), m_headerNote, m_copyHeader));
    layout->addWidget(m_headerView);
    layout->addSpacing(4);
    layout->addLayout(titleRow(sectionTitle(tr("Payload")), m_payloadNote, m_copyPayload));
    layout->addWidget(m_payloadView, 1);
    layout->addSpacing(4);
    layout->addWidget(m_timesTitle);
    layout->addWidget(m_times);

    connect(m_copyHeader, &QToolButton::clicked, this, &InspectionView::copyHeader);
    connect(m_copyPayload, &QToolButton::clicked, this, &InspectionView::copyPayload);
    connect(m_problems, &ProblemList::locateRequested, this, &InspectionView::locateRequested);
    m_headerHighlighter->setColors(palette());
    m_payloadHighlighter->setColors(palette());
    clear();
}

void InspectionView::clear()
{
    m_banner->setVerdict(VerdictBanner::Tone::Neutral, {}, {});
    m_headerText.clear();
    m_payloadText.clear();
    m_headerView->clear();
    m_payloadView->clear();
    m_headerNote->clear();
    m_payloadNote->clear();
    m_problems->setProblems({});
    m_times->setTimes({}, 0, 0);
    m_timesTitle->hide();
    m_copyHeader->setEnabled(false);
    m_copyPayload->setEnabled(false);
}

void InspectionView::showReport(const InspectionReport& r, bool claimsChecked, std::int64_t now)
{
    showVerdict(r, claimsChecked);

    const int problems = r.errorCount + r.warningCount;
    const int notes = static_cast<int>(r.problems.size()) - problems;
    m_problemsTitle->setText(problems > 0 && notes > 0
                                 ? tr("Problems (%1) and notes (%2)").arg(problems).arg(notes)
                             : problems > 0 ? tr("Problems (%1)").arg(problems)
                             : notes > 0    ? tr("Notes (%1)").arg(notes)
                                            : tr("Problems: none"));
    m_problems->setProblems(r.problems);

    m_headerText = r.headerText;
    m_headerHighlighter->setEnabled(r.headerIsJson);
    if (m_headerView->toPlainText() != r.headerShown)
        m_headerView->setPlainText(r.headerShown);
    m_headerNote->setText(r.headerText.isEmpty() ? tr("cannot be decoded")
                          : r.headerDamaged
                              ? tr("damaged: shown as far as it decodes")
                              : (r.headerIsJson ? QString() : tr("not JSON: shown as text")));
    m_copyHeader->setEnabled(r.headerIsJson);
    fitHeaderView();

    m_payloadText = r.payloadText;
    m_payloadIsJson = r.payloadIsJson;
    m_payloadHighlighter->setEnabled(r.payloadIsJson);
    if (m_payloadView->toPlainText() != r.payloadShown)
        m_payloadView->setPlainText(r.payloadShown);
    QString note;
    if (r.payloadDamaged)
        note = tr("damaged: shown as far as it decodes");
    else if (r.payloadText.isEmpty())
        note = r.layout.partCount() > 1 && !r.layout.part(1).isEmpty() ? tr("cannot be decoded")
                                                                       : tr("empty");
    else if (!r.payloadIsJson)
        note = tr("not JSON: shown as text");
    else if (r.inspection.payload.isObject())
        note = r.inspection.payload.size() == 1 ? tr("1 claim")
                                                : tr("%1 claims").arg(r.inspection.payload.size());
    if (r.shortened)
        note += tr("; long values are cut here, the copy buttons copy them whole");
    m_payloadNote->setText(note);
    m_copyPayload->setEnabled(!r.payloadText.isEmpty());

    m_times->setTimes(r.times, now, r.leeway);
    m_timesTitle->setVisible(!r.times.empty());
}

void InspectionView::showVerdict(const InspectionReport& r, bool claimsChecked)
{
    const QString firstError = [&r] {
        for (const ListedProblem& p : r.problems) {
            if (p.severity == jose::Severity::Error)
                return p.location.isEmpty() ? p.message : p.message + u' ' + p.location;
        }
        return QString();
    }();
    const QString key = r.keyId.isEmpty() ? tr("(no kid)") : r.keyId;
    switch (r.verdict) {
    case Verdict::Empty:
        break;
    case Verdict::Malformed:
        m_banner->setVerdict(VerdictBanner::Tone::Bad, tr("Malformed token"), firstError);
        break;
    case Verdict::Invalid:
        m_banner->setVerdict(VerdictBanner::Tone::Bad, tr("Signature invalid"), firstError);
        break;
    case Verdict::NoKey:
        m_banner->setVerdict(VerdictBanner::Tone::Bad, tr("Not verified: no matching key"),
                             firstError);
        break;
    case Verdict::Rejected:
        m_banner->setVerdict(
            VerdictBanner::Tone::Bad,
            r.errorCount == 1 ? tr("Token rejected: a check failed")
                              : tr("Token rejected: %1 checks failed").arg(r.errorCount),
            tr("The signature matches key %1 (%2), but: %3").arg(key, r.algorithm, firstError));
        break;
    case Verdict::Unchecked:
        m_banner->setVerdict(
            r.errorCount > 0 ? VerdictBanner::Tone::Bad : VerdictBanner::Tone::Caution,
            tr("Not checked: no key"),
            r.errorCount > 0
                ? tr("The token is rejected whatever its signature: %1").arg(firstError)
                : tr("Anyone can write a token that decodes like this one. Use the store's keys "
                     "or paste the issuer's key to verify its signature."));
        break;
    case Verdict::Valid: {
        QString detail =
            r.warningCount == 0 ? tr("Every check passed.")
            : r.warningCount == 1
                ? tr("Every check passed, with a warning below.")
                : tr("Every check passed, with %1 warnings below.").arg(r.warningCount);
        if (!claimsChecked)
            detail += u' ' + tr("The audience and issuer were not checked: set the expected "
                                "values to check them too.");
        m_banner->setVerdict(VerdictBanner::Tone::Good,
                             tr("Signature valid, signed by key %1 (%2)").arg(key, r.algorithm),
                             detail, key);
        break;
    }
    }
}

void InspectionView::fitHeaderView()
{
    // As tall as the header (a few lines), up to twelve lines.
    const int lines = std::clamp(static_cast<int>(m_headerView->document()->blockCount()), 2, 12);
    const QFontMetrics metrics(m_headerView->font());
    const QMargins margins = m_headerView->contentsMargins();
    const int frame = margins.top() + margins.bottom() +
                      static_cast<int>(2 * m_headerView->document()->documentMargin());
    m_headerView->setFixedHeight((lines + 1) * metrics.lineSpacing() + frame);
}

void InspectionView::setNow(std::int64_t now)
{
    m_times->setNow(now);
}

void InspectionView::copyHeader()
{
    if (m_headerText.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(m_headerText);
    emit statusMessage(tr("Header JSON copied"));
}

void InspectionView::copyPayload()
{
    if (m_payloadText.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(m_payloadText);
    emit statusMessage(m_payloadIsJson ? tr("Payload JSON copied") : tr("Payload copied"));
}

QString InspectionView::bannerTitle() const
{
    return m_banner->title();
}

QString InspectionView::bannerDetail() const
{
    return m_banner->detail();
}

QStringList InspectionView::problemTexts() const
{
    return m_problems->texts();
}

QString InspectionView::headerText() const
{
    return m_headerView->toPlainText();
}

QString InspectionView::payloadText() const
{
    return m_payloadView->toPlainText();
}

QStringList InspectionView::timeTexts() const
{
    return m_times->relativeTexts();
}

void InspectionView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_headerHighlighter->setColors(palette());
        m_payloadHighlighter->setColors(palette());
    }
}

} // namespace claimsmith::ui::inspector
