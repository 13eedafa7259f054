#include "InspectorPage.h"

#include "InspectionView.h"
#include "InspectorColors.h"
#include "TokenField.h"
#include "VerificationPanel.h"

#include <QAction>
#include <QClipboard>
#include <QDateTime>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace claimsmith::ui {

using inspector::InspectionReport;
using inspector::Verdict;

namespace {

// Below this width the two sides are stacked instead of side by side.
constexpr int kSideBySideWidth = 760;
// Typing into a long token waits a little longer before it is decoded.
constexpr qsizetype kLongToken = 20000;

QLabel* sectionTitle(const QString& text)
{
    auto* label = new QLabel(text);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

QString colored(const QString& text, const QColor& color)
{
    return u"<span style=\"color:%1\">%2</span>"_s.arg(color.name(), text.toHtmlEscaped());
}

} // namespace

InspectorPage::InspectorPage(QWidget* parent)
    : Page(parent)
    , m_task(this)
    , m_pasteAction(new QAction(tr("Paste Token"), this))
    , m_outer(new QScrollArea)
    , m_content(new QWidget)
    , m_splitter(new QSplitter(Qt::Horizontal))
    , m_token(new inspector::TokenField)
    , m_pasteButton(new QPushButton(tr("&Paste")))
    , m_clearButton(new QPushButton(tr("C&lear")))
    , m_legend(new QLabel)
    , m_busy(new QLabel)
    , m_verification(new inspector::VerificationPanel)
    , m_resultStack(new QStackedWidget)
    , m_sample(new QLabel)
    , m_view(new inspector::InspectionView)
{
    m_splitter->setObjectName(u"inspectorSplitter"_s);
    // The results scroll; the explanation on the empty page wraps.
    m_resultStack->setMinimumWidth(360);
    m_splitter->addWidget(buildTokenSide());
    m_splitter->addWidget(m_resultStack);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 5);
    m_splitter->setStretchFactor(1, 6);
    m_resultStack->addWidget(buildEmptyState());
    m_resultStack->addWidget(buildResultSide());

    auto* intro = new QLabel(tr("Decode a token and check it as a service would: its signature, "
                                "its times, its audience and issuer. Tokens and keys stay on "
                                "this computer."));
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);

    auto* contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(12, 10, 12, 10);
    contentLayout->setSpacing(8);
    contentLayout->addWidget(intro);
    contentLayout->addWidget(m_splitter, 1);
    m_outer->setWidget(m_content);
    m_outer->setWidgetResizable(true);
    m_outer->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_outer);

    // Ctrl+V while the page shows, with the focus anywhere but in a text
    // field (the sidebar, a button), pastes a new token.
    m_pasteAction->setShortcut(QKeySequence::Paste);
    m_pasteAction->setShortcutContext(Qt::WindowShortcut);
    m_pasteAction->setEnabled(false);
    addAction(m_pasteAction);
    connect(m_pasteAction, &QAction::triggered, this, &InspectorPage::pasteToken);

    m_debounce.setSingleShot(true);
    connect(&m_debounce, &QTimer::timeout, this, &InspectorPage::inspectNow);
    m_clock.setInterval(1000);
    connect(&m_clock, &QTimer::timeout, this, &InspectorPage::tick);
    connect(m_token, &inspector::TokenField::textChanged, this, &InspectorPage::tokenChanged);
    connect(m_pasteButton, &QPushButton::clicked, this, &InspectorPage::pasteToken);
    connect(m_clearButton, &QPushButton::clicked, this, &InspectorPage::clear);
    connect(m_view, &inspector::InspectionView::locateRequested, this, &InspectorPage::locate);
    connect(m_view, &inspector::InspectionView::statusMessage, this, &Page::statusMessage);
    connect(m_verification, &inspector::VerificationPanel::changed, this,
            &InspectorPage::scheduleInspection);

    applyColors();
    showEmpty();
    setSession(nullptr);
}

QWidget* InspectorPage::buildTokenSide()
{
    m_token->setMinimumHeight(140);
    m_pasteButton->setObjectName(u"pasteButton"_s);
    m_pasteButton->setToolTip(tr("Replace the token with the clipboard's text"));
    m_clearButton->setObjectName(u"clearButton"_s);
    m_clearButton->setToolTip(tr("Clear the token"));
    m_legend->setObjectName(u"tokenLegend"_s);
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setWordWrap(true);
    m_busy->setObjectName(u"busyLabel"_s);
    m_busy->setForegroundRole(QPalette::PlaceholderText);
    m_busy->setText(tr("Decoding…"));
    m_busy->hide();

    auto* header = new QHBoxLayout;
    header->setSpacing(6);
    header->addWidget(sectionTitle(tr("Token")));
    header->addStretch();
    header->addWidget(m_pasteButton);
    header->addWidget(m_clearButton);
    auto* legendRow = new QHBoxLayout;
    legendRow->addWidget(m_legend, 1);
    legendRow->addWidget(m_busy, 0, Qt::AlignTop);

    auto* side = new QWidget;
    auto* layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 8, 0);
    layout->setSpacing(6);
    layout->addLayout(header);
    layout->addWidget(m_token, 1);
    layout->addLayout(legendRow);
    layout->addSpacing(8);
    layout->addWidget(m_verification);
    return side;
}

QWidget* InspectorPage::buildResultSide()
{
    auto* scroll = new QScrollArea;
    scroll->setObjectName(u"resultsScroll"_s);
    scroll->setWidget(m_view);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumWidth(360);
    return scroll;
}

QWidget* InspectorPage::buildEmptyState()
{
    auto* title = new QLabel(tr("Decode and verify a token"));
    QFont big = title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.4);
    title->setFont(big);
    auto* text = new QLabel(
        tr("Paste a JWT, or any signed token in compact form, into the field on the left. As "
           "you type it is decoded here: the header and the claims in their own order, the "
           "times in your time zone, and every problem in plain words with where it is.\n\n"
           "The signature is checked with this store's signing keys, or with a key you paste. "
           "Set an expected audience or issuer to check those too."));
    text->setWordWrap(true);
    m_sample->setObjectName(u"sampleHint"_s);
    m_sample->setWordWrap(true);
    m_sample->setTextFormat(Qt::RichText);
    m_sample->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* empty = new QWidget;
    empty->setObjectName(u"inspectorEmptyState"_s);
    auto* inner = new QWidget;
    inner->setMaximumWidth(560);
    auto* innerLayout = new QVBoxLayout(inner);
    innerLayout->setSpacing(12);
    innerLayout->addWidget(title);
    innerLayout->addWidget(text);
    innerLayout->addWidget(m_sample);
    // Centred between stretches, not by alignment: an aligned widget gets
    // its size hint, which cuts wrapped text.
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(inner, 4);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(empty);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);
    return empty;
}

void InspectorPage::setSession(StoreSession* session)
{
    m_session = session;
    m_verification->setSession(session);
}

void InspectorPage::focusSearch()
{
    m_token->focusAndSelectAll();
}

void InspectorPage::refresh()
{
    m_verification->reloadStoreKeys();
    scheduleInspection();
}

void InspectorPage::setTokenText(const QString& text)
{
    m_token->setText(text);
}

QString InspectorPage::tokenText() const
{
    return m_token->text();
}

void InspectorPage::clear()
{
    m_token->setText(QString());
    m_token->setFocus(Qt::OtherFocusReason);
}

void InspectorPage::pasteToken()
{
    const QString text = QGuiApplication::clipboard()->text();
    if (text.trimmed().isEmpty()) {
        emit statusMessage(tr("The clipboard holds no text to inspect"));
        return;
    }
    m_token->setText(text);
    m_token->setFocus(Qt::OtherFocusReason);
}

void InspectorPage::copyHeader()
{
    m_view->copyHeader();
}

void InspectorPage::copyPayload()
{
    m_view->copyPayload();
}

bool InspectorPage::isBusy() const
{
    return m_debounce.isActive() || m_task.isBusy() || m_waitingForKeys || m_verification->isBusy();
}

Verdict InspectorPage::verdict() const
{
    return m_report ? m_report->verdict : Verdict::Empty;
}

void InspectorPage::tokenChanged()
{
    // Whatever is under way is for text that is gone.
    m_task.cancel();
    m_token->setMarks({});
    scheduleInspection();
}

void InspectorPage::scheduleInspection()
{
    m_debounce.start(m_token->size() > kLongToken ? 250 : 40);
    m_busy->setVisible(!m_token->isEmpty());
}

void InspectorPage::inspectNow()
{
    const QString text = m_token->text();
    if (text.trimmed().isEmpty()) {
        m_task.cancel();
        m_waitingForKeys = false;
        showEmpty();
        return;
    }
    const std::shared_ptr<const inspector::VerificationKeys> keys = m_verification->keys();
    m_waitingForKeys = !keys;
    if (!keys)
        return; // the panel says when its keys are read, and this runs again
    const jose::InspectOptions options = m_verification->options(currentTime());
    m_busy->show();
    m_task.run(
        [text, keys, options] { return InspectionReport::make(text, *keys, options); },
        [this](std::shared_ptr<const InspectionReport> report) { showReport(std::move(report)); });
}

void InspectorPage::showEmpty()
{
    m_report.reset();
    m_busy->hide();
    m_resultStack->setCurrentIndex(0);
    m_legend->clear();
    m_token->setMarks({});
    m_view->clear();
    m_clearButton->setEnabled(!m_token->isEmpty());
    emit reportShown();
}

void InspectorPage::showReport(std::shared_ptr<const InspectionReport> report)
{
    m_busy->setVisible(isBusy());
    if (report->layout.isEmpty()) {
        showEmpty();
        return;
    }
    m_report = std::move(report);
    const InspectionReport& r = *m_report;
    m_resultStack->setCurrentIndex(1);
    m_clearButton->setEnabled(true);
    showLegend(r);
    std::vector<inspector::TokenHighlighter::Mark> marks;
    for (const inspector::ListedProblem& p : r.problems) {
        if (p.markStart >= 0)
            marks.push_back({p.markStart, p.markLength});
    }
    m_token->setMarks(std::move(marks));
    const jose::InspectOptions options = m_verification->options(0);
    m_view->showReport(r, options.audience || options.issuer,
                       m_verification->usesFixedTime() ? r.checkedAt : currentTime());
    emit reportShown();
}

void InspectorPage::showLegend(const InspectionReport& r)
{
    const inspector::TokenLayout& layout = r.layout;
    const QPalette& p = palette();
    QStringList parts;
    const QString names[] = {tr("Header"), tr("Payload"), tr("Signature")};
    for (int i = 0; i < std::min(layout.partCount(), 3); ++i) {
        const qsizetype size = layout.part(i).size();
        parts << colored(u"■ "_s + names[i], inspector::tokenPartColor(i, p)) + u' ' +
                     locale().toString(size);
    }
    if (layout.partCount() > 3)
        parts << tr("and %1 more parts").arg(layout.partCount() - 3);
    m_legend->setText(tr("%1 characters").arg(parts.join(u" · "_s)));
}

std::int64_t InspectorPage::currentTime() const
{
    return QDateTime::currentSecsSinceEpoch();
}

void InspectorPage::tick()
{
    if (!m_report || m_verification->usesFixedTime())
        return;
    const std::int64_t now = currentTime();
    m_view->setNow(now);
    // A token that expires (or becomes valid) while it is shown is checked again.
    for (const inspector::TimeClaim& t : m_report->times) {
        const double leeway = static_cast<double>(m_report->leeway);
        double flips = -1;
        if (t.name == u"exp")
            flips = t.seconds + leeway;
        else if (t.name == u"nbf" || t.name == u"iat")
            flips = t.seconds - leeway;
        if (flips > static_cast<double>(m_report->checkedAt) && flips <= static_cast<double>(now) &&
            !isBusy()) {
            inspectNow();
            return;
        }
    }
}

void InspectorPage::locate(qsizetype start, qsizetype length)
{
    if (!m_token->select(start, length))
        emit statusMessage(tr("The token is too long to show in full; the place is at character "
                              "%1")
                               .arg(start + 1));
}

void InspectorPage::applyColors()
{
    const QPalette& p = palette();
    const QString sample = colored(u"eyJhbGciOiJFUzI1NiIs…"_s, inspector::tokenPartColor(0, p)) +
                           u"."_s +
                           colored(u"eyJzdWIiOiJ1c2Vy…"_s, inspector::tokenPartColor(1, p)) +
                           u"."_s + colored(u"MEUCIQDv…"_s, inspector::tokenPartColor(2, p));
    m_sample->setText(
        tr("<p>A token is three base64url parts joined by dots, coloured here as in the field: "
           "<br><tt>%1</tt></p><p>To make one from this store: <tt>claimsmith render TEMPLATE "
           "--store FILE --user ID --sign</tt>, or copy the Authorization header of a request; "
           "the “Bearer” prefix is fine.</p>")
            .arg(sample));
    if (m_report)
        showLegend(*m_report);
}

void InspectorPage::updateOrientation()
{
    const bool sideBySide = width() >= kSideBySideWidth;
    const Qt::Orientation orientation = sideBySide ? Qt::Horizontal : Qt::Vertical;
    if (m_splitter->orientation() == orientation)
        return;
    m_splitter->setOrientation(orientation);
    // Stacked, the page scrolls as a whole: the token and its checks first,
    // with a field of a few lines, then the results with room of their own.
    m_content->setMinimumHeight(sideBySide ? 0 : 1300);
    if (sideBySide)
        m_splitter->setSizes({500, 600});
    else
        m_splitter->setSizes({560, 700});
}

void InspectorPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    m_pasteAction->setEnabled(true);
    updateOrientation();
    m_clock.start();
    tick();
}

void InspectorPage::hideEvent(QHideEvent* event)
{
    Page::hideEvent(event);
    m_pasteAction->setEnabled(false);
    m_clock.stop();
}

void InspectorPage::resizeEvent(QResizeEvent* event)
{
    Page::resizeEvent(event);
    updateOrientation();
}

void InspectorPage::changeEvent(QEvent* event)
{
    Page::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColors();
}

} // namespace claimsmith::ui
