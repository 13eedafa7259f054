#include "ClaimTimesView.h"

#include "InspectorColors.h"
#include "TimeText.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>

#include <cmath>

using namespace Qt::StringLiterals;

namespace claimsmith::ui::inspector {

namespace {

QLabel* plainLabel(const QString& text)
{
    auto* label = new QLabel(text);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

const TimeClaim* findClaim(const std::vector<TimeClaim>& times, const QString& name)
{
    for (const TimeClaim& t : times) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

} // namespace

ClaimTimesView::ClaimTimesView(QWidget* parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(14);
    m_grid->setVerticalSpacing(3);
    m_grid->setColumnStretch(2, 1);
}

void ClaimTimesView::clearRows()
{
    for (QWidget* w : m_widgets)
        delete w;
    m_widgets.clear();
    m_rows.clear();
}

void ClaimTimesView::setTimes(const std::vector<TimeClaim>& times, std::int64_t now,
                              std::int64_t leeway)
{
    clearRows();
    m_now = now;
    m_leeway = leeway;
    int row = 0;
    auto add = [&](QLabel* name, QLabel* date, QLabel* relative) {
        name->setForegroundRole(QPalette::PlaceholderText);
        m_grid->addWidget(name, row, 0);
        m_grid->addWidget(date, row, 1);
        m_grid->addWidget(relative, row, 2);
        m_widgets.insert(m_widgets.end(), {name, date, relative});
        ++row;
    };
    for (const TimeClaim& t : times) {
        auto* name = plainLabel(u"%1 (%2)"_s.arg(TimeText::label(t.name), t.name));
        auto* date = plainLabel(TimeText::localTime(t.seconds));
        date->setObjectName(u"timeDate_%1"_s.arg(t.name));
        date->setToolTip(tr("%1\n%2 seconds since 1970")
                             .arg(TimeText::utcTime(t.seconds))
                             .arg(t.seconds, 0, 'f', t.seconds == std::floor(t.seconds) ? 0 : 3));
        auto* relative = plainLabel({});
        relative->setObjectName(u"timeRelative_%1"_s.arg(t.name));
        relative->setWordWrap(true);
        add(name, date, relative);
        m_rows.push_back({t, relative});
        paintRelative(m_rows.back());
    }
    // How long the token lives, from when it was issued (or became valid).
    const TimeClaim* exp = findClaim(times, u"exp"_s);
    const TimeClaim* from = findClaim(times, u"iat"_s);
    if (!from)
        from = findClaim(times, u"nbf"_s);
    if (exp && from && exp->seconds >= from->seconds) {
        auto* lifetime = plainLabel(TimeText::duration(exp->seconds - from->seconds));
        lifetime->setObjectName(u"timeLifetime"_s);
        add(plainLabel(tr("Lifetime")), lifetime, plainLabel(tr("from %1 to exp").arg(from->name)));
        m_widgets.back()->setForegroundRole(QPalette::PlaceholderText);
    }
    setVisible(row > 0);
}

void ClaimTimesView::setNow(std::int64_t now)
{
    if (now == m_now)
        return;
    m_now = now;
    for (const Row& row : m_rows)
        paintRelative(row);
}

void ClaimTimesView::paintRelative(const Row& row)
{
    const TimeClaim& t = row.claim;
    row.relative->setText(TimeText::relative(t.name, t.seconds, m_now));
    const double now = static_cast<double>(m_now);
    const double skew = static_cast<double>(m_leeway);
    bool bad = false;
    if (t.name == u"exp")
        bad = now >= t.seconds + skew;
    else if (t.name == u"nbf")
        bad = now + skew < t.seconds;
    else if (t.name == u"iat")
        bad = t.seconds > now + skew;
    QPalette p = row.relative->palette();
    p.setColor(QPalette::WindowText, bad ? severityColor(jose::Severity::Error, palette())
                                         : palette().color(QPalette::WindowText));
    row.relative->setPalette(p);
    QFont f = row.relative->font();
    f.setBold(bad);
    row.relative->setFont(f);
}

void ClaimTimesView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        for (const Row& row : m_rows)
            paintRelative(row);
}

QStringList ClaimTimesView::relativeTexts() const
{
    QStringList out;
    for (const Row& row : m_rows)
        out << u"%1: %2"_s.arg(row.claim.name, row.relative->text());
    return out;
}

} // namespace claimsmith::ui::inspector
