#include "ProblemList.h"

#include "InspectorColors.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace claimsmith::ui::inspector {

namespace {

QString severityText(jose::Severity s)
{
    switch (s) {
    case jose::Severity::Error:
        return ProblemList::tr("Error");
    case jose::Severity::Warning:
        return ProblemList::tr("Warning");
    case jose::Severity::Info:
        return ProblemList::tr("Note");
    }
    return {};
}

QStyle::StandardPixmap severityIcon(jose::Severity s)
{
    switch (s) {
    case jose::Severity::Error:
        return QStyle::SP_MessageBoxCritical;
    case jose::Severity::Warning:
        return QStyle::SP_MessageBoxWarning;
    case jose::Severity::Info:
        break;
    }
    return QStyle::SP_MessageBoxInformation;
}

// Problems quote the token: every label shows plain text only.
QLabel* plainLabel(const QString& text)
{
    auto* label = new QLabel(text);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ProblemList::ProblemList(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    setObjectName(u"problemList"_s);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(8);
}

void ProblemList::setProblems(const std::vector<ListedProblem>& problems)
{
    m_problems = problems;
    rebuild();
}

void ProblemList::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_rebuilding)
        rebuild();
}

void ProblemList::rebuild()
{
    m_rebuilding = true;
    // Later, not now: a row's button may be the sender of the current signal.
    for (QWidget* w : m_rows) {
        w->hide();
        w->deleteLater();
    }
    m_rows.clear();
    QFont mono(u"monospace"_s);
    mono.setStyleHint(QFont::Monospace);
    for (const ListedProblem& p : m_problems) {
        auto* row = new QWidget;
        row->setObjectName(u"problemRow"_s);
        row->setProperty("code", p.code);
        auto* rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        rowLayout->setSpacing(8);

        auto* icon = new QLabel;
        icon->setObjectName(u"problemIcon"_s);
        icon->setProperty("severity", QString::fromLatin1(jose::severityName(p.severity)));
        icon->setPixmap(
            style()->standardIcon(severityIcon(p.severity), nullptr, this).pixmap(18, 18));
        icon->setToolTip(severityText(p.severity));
        icon->setAccessibleName(severityText(p.severity));
        icon->setFixedWidth(20);
        rowLayout->addWidget(icon, 0, Qt::AlignTop);

        auto* texts = new QVBoxLayout;
        texts->setSpacing(2);
        auto* top = new QHBoxLayout;
        top->setSpacing(6);
        if (!p.claim.isEmpty()) {
            auto* claim = plainLabel(p.claim);
            claim->setObjectName(u"problemClaim"_s);
            claim->setWordWrap(false);
            claim->setFont(mono);
            claim->setToolTip(tr("The claim or header member this is about"));
            claim->setStyleSheet(u"QLabel { background: palette(alternate-base); border: 1px "
                                 "solid palette(mid); border-radius: 3px; padding: 0px 4px; }"_s);
            top->addWidget(claim, 0, Qt::AlignTop);
        }
        auto* message = plainLabel(p.message);
        message->setObjectName(u"problemMessage"_s);
        top->addWidget(message, 1);
        texts->addLayout(top);
        if (!p.location.isEmpty()) {
            auto* where = new QHBoxLayout;
            where->setSpacing(6);
            auto* location = plainLabel(p.location);
            location->setObjectName(u"problemLocation"_s);
            QPalette lp = location->palette();
            lp.setColor(QPalette::WindowText, severityColor(p.severity, palette()));
            location->setPalette(lp);
            where->addWidget(location, 1);
            if (p.markStart >= 0) {
                auto* show = new QToolButton;
                show->setObjectName(u"problemLocateButton"_s);
                show->setText(tr("Show"));
                show->setToolTip(tr("Select this place in the token"));
                show->setAutoRaise(true);
                const qsizetype start = p.markStart;
                const qsizetype length = p.markLength;
                connect(show, &QToolButton::clicked, this,
                        [this, start, length] { emit locateRequested(start, length); });
                where->addWidget(show, 0, Qt::AlignTop);
            }
            texts->addLayout(where);
        }
        rowLayout->addLayout(texts, 1);
        m_layout->addWidget(row);
        m_rows.push_back(row);
    }
    setVisible(!m_problems.empty());
    m_rebuilding = false;
}

QStringList ProblemList::texts() const
{
    QStringList out;
    for (const ListedProblem& p : m_problems) {
        QString line = QString::fromLatin1(jose::severityName(p.severity)) + u": "_s;
        if (!p.claim.isEmpty())
            line += u"["_s + p.claim + u"] "_s;
        line += p.message;
        if (!p.location.isEmpty())
            line += u" — "_s + p.location;
        out << line;
    }
    return out;
}

} // namespace claimsmith::ui::inspector
