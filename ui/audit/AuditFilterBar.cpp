#include "AuditFilterBar.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace claimsmith::ui {

namespace {

// Escape in a filter field empties it.
void clearOnEscape(QLineEdit* edit)
{
    auto* clear = new QAction(edit);
    clear->setShortcut(Qt::Key_Escape);
    clear->setShortcutContext(Qt::WidgetShortcut);
    edit->addAction(clear);
    QObject::connect(clear, &QAction::triggered, edit, &QLineEdit::clear);
    edit->setClearButtonEnabled(true);
}

// The actions the store records, and their prefixes, offered as you type.
QStringList knownActions()
{
    QStringList actions;
    for (const char* object :
         {"user", "organization", "membership", "role", "permission", "application"}) {
        const QString o = QString::fromLatin1(object);
        actions << o + u"."_s << o + u".create"_s << o + u".update"_s << o + u".delete"_s;
    }
    actions << u"template."_s << u"template.create"_s << u"template.version"_s
            << u"template.promote"_s << u"template.restore"_s << u"key."_s << u"key.add"_s
            << u"key.activate"_s << u"key.retire"_s << u"settings."_s
            << u"settings.limits_profile"_s << u"settings.issuer"_s;
    return actions;
}

} // namespace

AuditFilterBar::AuditFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_actor(new QLineEdit)
    , m_action(new QLineEdit)
    , m_targetType(new QComboBox)
    , m_targetId(new QLineEdit)
    , m_fromAny(new QCheckBox(tr("Any")))
    , m_from(new QDateTimeEdit)
    , m_toAny(new QCheckBox(tr("Any")))
    , m_to(new QDateTimeEdit)
    , m_clear(new QPushButton(tr("C&lear Filters")))
    , m_debounce(new QTimer(this))
{
    setObjectName(u"auditFilterBar"_s);
    m_actor->setObjectName(u"actorFilter"_s);
    m_actor->setPlaceholderText(tr("Anyone"));
    m_actor->setToolTip(tr("Who made the change (exact). Ctrl+F comes here; Escape clears."));
    m_action->setObjectName(u"actionFilter"_s);
    m_action->setPlaceholderText(tr("Any, or e.g. user.update or user."));
    m_action->setToolTip(tr("An action (user.update), or a prefix ending in a dot (user.) for "
                            "every action of that kind"));
    auto* completer = new QCompleter(knownActions(), m_action);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_action->setCompleter(completer);
    m_targetType->setObjectName(u"targetTypeFilter"_s);
    const std::pair<QString, QString> types[] = {
        {QString(), tr("Any")},
        {u"user"_s, tr("User")},
        {u"organization"_s, tr("Organization")},
        {u"membership"_s, tr("Membership")},
        {u"role"_s, tr("Role")},
        {u"permission"_s, tr("Permission")},
        {u"application"_s, tr("Application")},
        {u"template"_s, tr("Template")},
        {u"signing_key"_s, tr("Signing key")},
        {u"store"_s, tr("Store")},
    };
    for (const auto& [type, label] : types)
        m_targetType->addItem(label, type);
    m_targetId->setObjectName(u"targetIdFilter"_s);
    m_targetId->setPlaceholderText(tr("Any target ID"));
    m_targetId->setToolTip(tr("The target's ID (exact): user_…, org_…, a key ID, a slug"));
    for (QLineEdit* e : {m_actor, m_action, m_targetId}) {
        clearOnEscape(e);
        e->setMinimumWidth(150);
    }

    const QDateTime now = QDateTime::currentDateTime();
    const QTime midnight(0, 0);
    for (auto [any, edit, name, start] :
         {std::tuple{m_fromAny, m_from, u"from"_s, QDateTime(now.date().addDays(-7), midnight)},
          std::tuple{m_toAny, m_to, u"to"_s, QDateTime(now.date().addDays(1), midnight)}}) {
        any->setObjectName(name + u"AnyCheck"_s);
        any->setChecked(true);
        edit->setObjectName(name + u"Edit"_s);
        edit->setDisplayFormat(tr("yyyy-MM-dd HH:mm:ss"));
        edit->setCalendarPopup(true);
        edit->setDateTime(start);
        edit->setEnabled(false);
        connect(any, &QCheckBox::toggled, edit, [this, edit](bool anyTime) {
            edit->setEnabled(!anyTime);
            changedNow();
        });
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, [this] {
            if (!m_clearing)
                m_debounce->start();
        });
    }
    m_fromAny->setToolTip(tr("From any time (uncheck to choose a start, inclusive)"));
    m_toAny->setToolTip(tr("Up to now (uncheck to choose an end, inclusive)"));
    m_clear->setObjectName(u"clearFiltersButton"_s);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &AuditFilterBar::changed);
    for (QLineEdit* e : {m_actor, m_action, m_targetId}) {
        connect(e, &QLineEdit::textChanged, this, [this] {
            if (!m_clearing)
                m_debounce->start();
        });
    }
    connect(m_targetType, &QComboBox::currentIndexChanged, this, &AuditFilterBar::changedNow);
    connect(m_clear, &QPushButton::clicked, this, &AuditFilterBar::clear);

    auto label = [](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text);
        l->setBuddy(buddy);
        return l;
    };
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(6);
    grid->addWidget(label(tr("Ac&tor:"), m_actor), 0, 0);
    grid->addWidget(m_actor, 0, 1);
    grid->addWidget(label(tr("Acti&on:"), m_action), 0, 2);
    grid->addWidget(m_action, 0, 3);
    grid->addWidget(label(tr("Tar&get:"), m_targetType), 0, 4);
    auto* target = new QHBoxLayout;
    target->setSpacing(6);
    target->addWidget(m_targetType);
    target->addWidget(m_targetId, 1);
    grid->addLayout(target, 0, 5);

    auto* fromRow = new QHBoxLayout;
    fromRow->setSpacing(6);
    fromRow->addWidget(m_fromAny);
    fromRow->addWidget(m_from, 1);
    auto* toRow = new QHBoxLayout;
    toRow->setSpacing(6);
    toRow->addWidget(m_toAny);
    toRow->addWidget(m_to, 1);
    grid->addWidget(label(tr("&From:"), m_from), 1, 0);
    grid->addLayout(fromRow, 1, 1);
    grid->addWidget(label(tr("T&o:"), m_to), 1, 2);
    grid->addLayout(toRow, 1, 3);
    auto* clearRow = new QHBoxLayout;
    clearRow->addStretch();
    clearRow->addWidget(m_clear);
    grid->addLayout(clearRow, 1, 5);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    grid->setColumnStretch(5, 2);
}

store::AuditQuery AuditFilterBar::query() const
{
    store::AuditQuery q;
    q.actor = m_actor->text().trimmed().toStdString();
    q.action = m_action->text().trimmed().toStdString();
    q.targetType = m_targetType->currentData().toString().toStdString();
    q.targetId = m_targetId->text().trimmed().toStdString();
    // Whole seconds, both ends inclusive: the store's end is exclusive.
    auto seconds = [](const QDateTime& t) { return t.toSecsSinceEpoch() * 1000; };
    if (!m_fromAny->isChecked())
        q.from = seconds(m_from->dateTime());
    if (!m_toAny->isChecked())
        q.to = seconds(m_to->dateTime()) + 1000;
    return q;
}

bool AuditFilterBar::isEmpty() const
{
    const store::AuditQuery q = query();
    return q.actor.empty() && q.action.empty() && q.targetType.empty() && q.targetId.empty() &&
           !q.from && !q.to;
}

void AuditFilterBar::clear()
{
    m_clearing = true;
    m_actor->clear();
    m_action->clear();
    m_targetId->clear();
    m_targetType->setCurrentIndex(0);
    m_fromAny->setChecked(true);
    m_toAny->setChecked(true);
    m_clearing = false;
    changedNow();
}

void AuditFilterBar::changedNow()
{
    if (m_clearing)
        return;
    m_debounce->stop();
    emit changed();
}

void AuditFilterBar::focusFirst()
{
    m_actor->setFocus(Qt::ShortcutFocusReason);
    m_actor->selectAll();
}

} // namespace claimsmith::ui
