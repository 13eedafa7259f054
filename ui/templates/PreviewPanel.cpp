#include "PreviewPanel.h"

#include "JsonHtml.h"
#include "common/QtText.h"
#include "common/StoreSession.h"
#include "issue/Payload.h"
#include "issue/StoreVocabulary.h"
#include "issue/TokenService.h"
#include "jose/Jws.h"
#include "jose/TokenSigner.h"
#include "json/Base64.h"
#include "json/Reader.h"
#include "json/Writer.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPointer>
#include <QProgressBar>
#include <QTabWidget>
#include <QTextBlock>
#include <QTextBrowser>
#include <QThreadPool>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace claimsmith::ui {

namespace {

QString pretty(std::string_view compact)
{
    const json::ParseResult parsed = json::parse(compact);
    if (!parsed.ok)
        return qs(compact);
    return qs(json::toString(parsed.value, {.pretty = true}));
}

// The views of the tabs, for PreviewPanel::m_dirtyViews.
enum ViewBit : unsigned
{
    ClaimsView = 1,
    PayloadView = 2,
    HeaderView = 4,
    TokenView = 8
};

struct Choices
{
    model::User user;
    std::vector<std::pair<std::string, std::string>> organizations; // id, label
    std::vector<std::pair<std::string, std::string>> applications;  // id, label
    std::string defaultApplication;
};

struct LoadedContext
{
    json::Value context;
    std::string issuer;
    std::int64_t lifetime = issue::kDefaultLifetimeSeconds;
};

struct LoadedKey
{
    jose::Key key;
    QString description;
};

// What the signing thread gives back.
struct Signed
{
    QString token;
    QString header;
    bool verified = false;
    QString error;
};

} // namespace

PreviewPanel::PreviewPanel(QWidget* parent)
    : QWidget(parent)
    , m_user(new QLineEdit)
    , m_userLabel(new QLabel)
    , m_organization(new QComboBox)
    , m_application(new QComboBox)
    , m_key(new QComboBox)
    , m_message(new QLabel)
    , m_tabs(new QTabWidget)
    , m_claims(new QTextBrowser)
    , m_payload(new QTextBrowser)
    , m_header(new QTextBrowser)
    , m_tokenView(new QTextBrowser)
    , m_copy(new QToolButton)
    , m_size(new QProgressBar)
    , m_sizeLabel(new QLabel)
    , m_verify(new QLabel)
    , m_previewAsRow(new QWidget)
    , m_previewAsKey(new QComboBox)
    , m_withKey(new QToolButton)
    , m_withoutKey(new QToolButton)
    , m_previewAsNote(new QLabel)
{
    m_user->setObjectName(u"previewUser"_s);
    m_user->setPlaceholderText(tr("Preview as: email, user id or external id"));
    m_user->setClearButtonEnabled(true);
    m_userLabel->setObjectName(u"previewUserLabel"_s);
    m_userLabel->setForegroundRole(QPalette::PlaceholderText);
    m_userLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_organization->setObjectName(u"previewOrganization"_s);
    m_application->setObjectName(u"previewApplication"_s);
    // Long names and client ids never widen the panel.
    for (QComboBox* box : {m_organization, m_application, m_key}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(16);
    }
    m_key->setObjectName(u"previewKey"_s);
    m_key->addItem(tr("The store's active key"), u"active"_s);
    m_key->addItem(tr("A temporary ES256 key"), u"ES256"_s);
    m_key->addItem(tr("A temporary RS256 key"), u"RS256"_s);
    m_key->addItem(tr("A temporary EdDSA key"), u"EdDSA"_s);
    m_key->addItem(tr("A temporary HS256 secret"), u"HS256"_s);
    m_key->setToolTip(tr("Temporary keys live in memory for the preview only and are never "
                         "stored."));
    m_message->setObjectName(u"previewMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QTextBrowser* view : {m_claims, m_payload, m_header, m_tokenView}) {
        view->setFont(mono);
        view->setOpenLinks(false);
        view->setLineWrapMode(QTextEdit::WidgetWidth);
    }
    m_claims->setObjectName(u"previewClaims"_s);
    m_payload->setObjectName(u"previewPayload"_s);
    m_header->setObjectName(u"previewHeader"_s);
    m_tokenView->setObjectName(u"previewToken"_s);
    m_tokenView->setWordWrapMode(QTextOption::WrapAnywhere);
    m_claims->viewport()->setMouseTracking(true);
    m_claims->viewport()->installEventFilter(this);

    m_tabs->addTab(m_claims, tr("Claims"));
    m_tabs->addTab(m_payload, tr("Payload"));
    m_tabs->addTab(m_header, tr("Header"));
    auto* tokenPage = new QWidget;
    auto* tokenLayout = new QVBoxLayout(tokenPage);
    tokenLayout->setContentsMargins(0, 0, 0, 0);
    tokenLayout->addWidget(m_tokenView, 1);
    auto* tokenBar = new QHBoxLayout;
    m_verify->setObjectName(u"previewVerify"_s);
    m_verify->setWordWrap(true); // a kid is long: never widen the panel
    tokenBar->addWidget(m_verify, 1);
    m_copy->setObjectName(u"previewCopy"_s);
    m_copy->setText(tr("Copy Token"));
    m_copy->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tokenBar->addWidget(m_copy);
    tokenLayout->addLayout(tokenBar);
    m_tabs->addTab(tokenPage, tr("Token"));

    m_size->setObjectName(u"previewSize"_s);
    m_size->setTextVisible(false);
    m_size->setMaximumHeight(10);
    m_sizeLabel->setObjectName(u"previewSizeLabel"_s);

    auto* subject = new QFormLayout;
    subject->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    subject->addRow(tr("&User"), m_user);
    subject->addRow(QString(), m_userLabel);
    subject->addRow(tr("&Organization"), m_organization);
    subject->addRow(tr("&Application"), m_application);
    subject->addRow(tr("Signing &key"), m_key);

    // "Preview as": a user with, or without, a metadata key the template reads.
    m_previewAsRow->setObjectName(u"previewAs"_s);
    m_previewAsKey->setObjectName(u"previewAsKey"_s);
    m_previewAsKey->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_previewAsKey->setMinimumContentsLength(12);
    m_withKey->setObjectName(u"previewAsWith"_s);
    m_withoutKey->setObjectName(u"previewAsWithout"_s);
    for (QToolButton* b : {m_withKey, m_withoutKey}) {
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setAutoRaise(true);
    }
    m_previewAsNote->setObjectName(u"previewAsNote"_s);
    m_previewAsNote->setWordWrap(true);
    m_previewAsNote->setForegroundRole(QPalette::PlaceholderText);
    auto* asLayout = new QHBoxLayout(m_previewAsRow);
    asLayout->setContentsMargins(0, 0, 0, 0);
    asLayout->addWidget(new QLabel(tr("Preview as:")));
    asLayout->addWidget(m_previewAsKey, 1);
    asLayout->addWidget(m_withKey);
    asLayout->addWidget(new QLabel(u"|"_s));
    asLayout->addWidget(m_withoutKey);
    m_previewAsRow->setVisible(false);
    m_previewAsNote->setVisible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* title = new QLabel(tr("Preview"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    layout->addWidget(title);
    layout->addLayout(subject);
    layout->addWidget(m_previewAsRow);
    layout->addWidget(m_previewAsNote);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_sizeLabel);
    layout->addWidget(m_size);

    connect(m_user, &QLineEdit::returnPressed, this, &PreviewPanel::lookUpUser);
    connect(m_user, &QLineEdit::editingFinished, this, [this] {
        if (!m_user->text().trimmed().isEmpty())
            lookUpUser();
    });
    connect(m_organization, &QComboBox::activated, this, &PreviewPanel::loadContext);
    connect(m_application, &QComboBox::activated, this, &PreviewPanel::loadContext);
    connect(m_key, &QComboBox::activated, this, &PreviewPanel::loadKey);
    connect(m_previewAsKey, &QComboBox::currentIndexChanged, this, [this] { updatePreviewAs(); });
    connect(m_withKey, &QToolButton::clicked, this,
            [this] { previewAs(m_previewAsKey->currentIndex(), true); });
    connect(m_withoutKey, &QToolButton::clicked, this,
            [this] { previewAs(m_previewAsKey->currentIndex(), false); });
    connect(m_tabs, &QTabWidget::currentChanged, this, &PreviewPanel::updateViews);
    connect(m_copy, &QToolButton::clicked, this, [this] {
        if (!m_token.isEmpty())
            QApplication::clipboard()->setText(m_token);
    });
    showMessage(tr("Choose a user to preview the claims of their token."));
    setStale(false);
}

void PreviewPanel::setSession(StoreSession* session)
{
    m_session = session;
    StoreWorker* worker = session ? session->worker() : nullptr;
    m_lookups.setWorker(worker);
    m_contexts.setWorker(worker);
    m_keys.setWorker(worker);
    m_previewAs.setWorker(worker);
    m_lookups.cancel();
    m_contexts.cancel();
    m_keys.cancel();
    m_previewAs.cancel();
    m_previewAsNote->clear();
    m_previewAsNote->setVisible(false);
    m_context.reset();
    m_signingKey = {};
    m_userId.clear();
    m_user->clear();
    m_userLabel->clear();
    m_organization->clear();
    m_application->clear();
    m_claimsJson.clear();
    m_payloadJson.clear();
    m_signedPayload.clear();
    m_token.clear();
    m_headerJson.clear();
    m_dirtyViews = 0;
    for (QTextBrowser* view : {m_claims, m_payload, m_header, m_tokenView})
        view->clear();
    showMessage(tr("Choose a user to preview the claims of their token."));
    if (!session)
        return;
    loadKey();
    // Something to look at from the start: the first user (the admin picks another).
    m_lookups.run(
        this,
        [](store::Store& s) -> store::Result<std::string> {
            store::UserQuery q;
            q.limit = 1;
            store::Result<store::Page<model::User>> page = s.findUsers(q);
            if (!page)
                return page.error();
            return page->items.empty() ? std::string() : page->items.front().id;
        },
        [this](store::Result<std::string> id) {
            if (id && !id->empty() && m_user->text().isEmpty())
                setUser(qs(*id));
        });
}

void PreviewPanel::setTemplate(const tmpl::Template& compiled)
{
    m_template = compiled;
    m_haveTemplate = true;
    updatePreviewAs();
    render();
}

QString PreviewPanel::userId() const
{
    return qs(m_userId);
}

QStringList PreviewPanel::previewAsKeys() const
{
    QStringList keys;
    for (int i = 0; i < m_previewAsKey->count(); ++i)
        keys << m_previewAsKey->itemText(i);
    return keys;
}

void PreviewPanel::updatePreviewAs()
{
    // The keys of the user's own bags: those are what a user has or lacks.
    std::vector<std::pair<int, std::string>> keys;
    if (m_haveTemplate && !m_template.hasErrors()) {
        for (const tmpl::MetadataKeyRead& k : m_template.metadataKeys()) {
            const std::optional<issue::StoreBag> where = issue::storeBagOf(k.bag);
            if (where && where->object == store::MetadataObject::User)
                keys.emplace_back(static_cast<int>(k.bag), k.key);
        }
    } else {
        keys = m_readKeys; // the last good template's, while the draft has errors
    }
    if (keys != m_readKeys) {
        const QString current = m_previewAsKey->currentText();
        QSignalBlocker block(m_previewAsKey);
        m_previewAsKey->clear();
        for (const auto& [bag, key] : keys) {
            const QString path = qs(tmpl::bagPath(static_cast<tmpl::Bag>(bag)));
            const bool plain = key.find_first_of(".[]\"' ") == std::string::npos;
            m_previewAsKey->addItem(plain ? QString(path + u'.' + qs(key))
                                          : QString(path + u"[\""_s + qs(key) + u"\"]"_s));
        }
        m_previewAsKey->setCurrentIndex(std::max(0, m_previewAsKey->findText(current)));
        m_readKeys = std::move(keys);
    }
    const int index = m_previewAsKey->currentIndex();
    const bool any = index >= 0 && index < static_cast<int>(m_readKeys.size());
    m_previewAsRow->setVisible(any && m_session);
    m_previewAsKey->setVisible(m_readKeys.size() > 1);
    if (!any)
        return;
    const QString key = qs(m_readKeys[static_cast<std::size_t>(index)].second);
    m_withKey->setText(tr("a user with %1").arg(key));
    m_withoutKey->setText(tr("a user without %1").arg(key));
    m_withKey->setToolTip(
        tr("Preview the token of a user whose %1 is set.").arg(m_previewAsKey->itemText(index)));
    m_withoutKey->setToolTip(tr("Preview the token of a user who lacks %1: what such users "
                                "get.")
                                 .arg(m_previewAsKey->itemText(index)));
}

void PreviewPanel::previewAs(int keyIndex, bool withKey)
{
    if (!m_session || keyIndex < 0 || keyIndex >= static_cast<int>(m_readKeys.size()))
        return;
    const auto& [bag, key] = m_readKeys[static_cast<std::size_t>(keyIndex)];
    store::MetadataCondition condition;
    condition.field = issue::storeBagOf(static_cast<tmpl::Bag>(bag))->field; // a user's bag
    condition.key = key;
    condition.op =
        withKey ? store::MetadataCondition::Op::Exists : store::MetadataCondition::Op::NotExists;
    const QString path = m_previewAsKey->itemText(keyIndex);
    const std::string current = m_userId;
    m_previewAsNote->setText(withKey ? tr("Looking for a user with %1…").arg(path)
                                     : tr("Looking for a user without %1…").arg(path));
    m_previewAsNote->setVisible(true);
    m_previewAs.run(
        this,
        [condition, current](store::Store& s) -> store::Result<std::string> {
            // Another user than the one shown, when there is one.
            store::UserQuery q;
            q.metadata = {condition};
            q.limit = 2;
            store::Result<store::Page<model::User>> page = s.findUsers(q);
            if (!page)
                return page.error();
            for (const model::User& u : page->items) {
                if (u.id != current)
                    return u.id;
            }
            return page->items.empty() ? std::string() : page->items.front().id;
        },
        [this, withKey, path](store::Result<std::string> id) {
            if (!id) {
                m_previewAsNote->setText(
                    tr("Cannot search the users: %1").arg(qs(id.error().message)));
                return;
            }
            if (id->empty()) {
                m_previewAsNote->setText(withKey ? tr("No user has %1.").arg(path)
                                                 : tr("Every user has %1.").arg(path));
                emit previewAsFoundNobody();
                return;
            }
            m_previewAsNote->clear();
            m_previewAsNote->setVisible(false);
            setUser(qs(*id));
        });
}

void PreviewPanel::setUser(const QString& idEmailOrExternalId)
{
    m_user->setText(idEmailOrExternalId);
    lookUpUser();
}

void PreviewPanel::lookUpUser()
{
    const std::string wanted = toStd(m_user->text().trimmed());
    if (wanted.empty() || !m_session || wanted == m_userId)
        return;
    m_userLabel->setText(tr("Looking up…"));
    m_lookups.run(
        this,
        [wanted](store::Store& s) -> store::Result<Choices> {
            store::Result<model::User> user = s.user(wanted);
            if (!user && user.error().kind == store::ErrorKind::NotFound)
                user = s.userByEmail(wanted);
            if (!user && user.error().kind == store::ErrorKind::NotFound)
                user = s.userByExternalId(wanted);
            if (!user && user.error().kind == store::ErrorKind::NotFound) {
                store::UserQuery q;
                q.text = wanted;
                q.limit = 1;
                store::Result<store::Page<model::User>> found = s.findUsers(q);
                if (found && !found->items.empty())
                    user = found->items.front();
            }
            if (!user)
                return user.error();
            Choices c;
            c.user = *user;
            store::MembershipQuery mq;
            mq.userId = user->id;
            mq.limit = 100;
            store::Result<store::Page<model::Membership>> memberships = s.findMemberships(mq);
            if (!memberships)
                return memberships.error();
            for (const model::Membership& m : memberships->items) {
                store::Result<model::Organization> org = s.organization(m.organizationId);
                const std::string roles =
                    m.roles.empty() ? std::string() : " (" + m.roles.front() + ")";
                c.organizations.emplace_back(m.organizationId,
                                             (org ? org->name : m.organizationId) + roles);
            }
            store::Result<std::vector<model::Application>> apps = s.applications();
            if (!apps)
                return apps.error();
            for (const model::Application& a : *apps)
                c.applications.emplace_back(a.id, a.name + " · " + a.clientId);
            if (store::Result<model::Application> d = s.defaultApplication())
                c.defaultApplication = d->id;
            return c;
        },
        [this, wanted](store::Result<Choices> c) {
            if (!c) {
                m_userLabel->setText(c.error().kind == store::ErrorKind::NotFound
                                         ? tr("No user has the email, id or external id "
                                              "“%1”.")
                                               .arg(qs(wanted))
                                         : qs(c.error().message));
                return;
            }
            m_userId = c->user.id;
            const QString name =
                qs(c->user.firstName.value_or("") + " " + c->user.lastName.value_or("")).trimmed();
            m_userLabel->setText(name.isEmpty() ? qs(c->user.email)
                                                : u"%1 · %2"_s.arg(name, qs(c->user.email)));
            m_organization->clear();
            for (const auto& [id, label] : c->organizations)
                m_organization->addItem(qs(label), qs(id));
            m_organization->addItem(tr("No organization"), QString());
            m_application->clear();
            for (const auto& [id, label] : c->applications)
                m_application->addItem(qs(label), qs(id));
            m_application->addItem(tr("No application"), QString());
            const int app = m_application->findData(qs(c->defaultApplication));
            m_application->setCurrentIndex(std::max(0, app));
            loadContext();
        });
}

void PreviewPanel::loadContext()
{
    if (!m_session || m_userId.empty())
        return;
    issue::TokenRequest request;
    request.user = m_userId;
    request.organization = toStd(m_organization->currentData().toString());
    request.application = toStd(m_application->currentData().toString());
    const bool noApplication = request.application.empty();
    m_contexts.run(
        this,
        [request, noApplication](store::Store& s) -> store::Result<LoadedContext> {
            issue::TokenService service(s);
            store::Result<json::Value> context = service.context(request);
            if (!context)
                return context.error();
            LoadedContext out;
            out.context = std::move(*context);
            if (noApplication) {
                if (json::Value* app = out.context.find("application"))
                    *app = json::Value();
            }
            if (store::Result<std::string> issuer = s.issuer())
                out.issuer = *issuer;
            if (!request.application.empty()) {
                if (store::Result<model::Application> a = s.application(request.application))
                    out.lifetime = a->tokenLifetime;
            }
            return out;
        },
        [this](store::Result<LoadedContext> loaded) {
            if (!loaded) {
                showMessage(
                    tr("Cannot build this user's token: %1").arg(qs(loaded.error().message)));
                return;
            }
            m_context = std::move(loaded->context);
            m_issuer = loaded->issuer;
            m_lifetime = loaded->lifetime;
            render();
        });
}

void PreviewPanel::loadKey()
{
    if (!m_session)
        return;
    const QString choice = m_key->currentData().toString();
    m_keys.run(
        this,
        [choice](store::Store& s) -> store::Result<LoadedKey> {
            LoadedKey out;
            if (choice == u"active"_s) {
                store::Result<jose::Key> key = s.signingKeyForIssuing();
                if (!key)
                    return key.error();
                out.key = std::move(*key);
                out.description = QCoreApplication::translate("PreviewPanel", "key %1 (%2)")
                                      .arg(qs(out.key.kid()), qs(out.key.algName()));
                return out;
            }
            const std::optional<jose::Algorithm> alg = jose::algorithmFromName(toStd(choice));
            std::string error;
            if (!alg || !jose::Key::generate(*alg, 0, out.key, error))
                return store::Error{store::ErrorKind::Invalid, error, {}};
            out.key.setKid(out.key.thumbprint());
            std::string ignored;
            out.key.setAlgorithm(alg, ignored);
            out.description =
                QCoreApplication::translate("PreviewPanel", "a temporary %1 key").arg(choice);
            return out;
        },
        [this](store::Result<LoadedKey> loaded) {
            if (!loaded) {
                m_signingKey = {};
                m_keyDescription.clear();
                m_verify->setText(tr("No signing key: %1 Choose a temporary key to see a "
                                     "signed token.")
                                      .arg(qs(loaded.error().message)));
                return;
            }
            m_signingKey = std::move(loaded->key);
            m_keyDescription = loaded->description;
            sign();
        });
}

void PreviewPanel::render()
{
    if (!m_haveTemplate)
        return;
    if (m_template.hasErrors()) {
        int errors = 0;
        for (const tmpl::Diagnostic& d : m_template.diagnostics())
            errors += d.severity == tmpl::Severity::Error ? 1 : 0;
        setStale(true);
        showMessage(tr("The template has %n error(s): the preview shows the last version "
                       "that rendered.",
                       nullptr, errors));
        return;
    }
    if (!m_context) {
        if (m_userId.empty())
            showMessage(tr("Choose a user to preview the claims of their token."));
        return;
    }
    const tmpl::RenderResult result = m_template.render(*m_context);
    if (!result.ok) {
        setStale(true);
        QString text;
        for (const tmpl::Diagnostic& d : result.diagnostics) {
            if (d.severity == tmpl::Severity::Error) {
                text = tr("This user's token does not render: %1 (%2, line %3)")
                           .arg(qs(d.message), qs(d.code))
                           .arg(d.start.line);
                break;
            }
        }
        showMessage(text);
        return;
    }
    issue::PayloadOptions options;
    options.issuer = m_issuer;
    options.issuedAt = QDateTime::currentSecsSinceEpoch();
    options.lifetime = m_lifetime;
    options.jti = issue::derivedJti(m_issuer, m_userId, options.issuedAt, result.json);
    std::string payload;
    issue::appendPayload(payload, *m_context, result.json, m_template.setsClaim("aud"), options);
    QString warning;
    for (const tmpl::Diagnostic& d : result.diagnostics)
        warning = qs(d.message) + u" ("_s + qs(d.code) + u")"_s;
    showMessage(warning);
    setStale(false);
    showClaims(result.json, payload);
    m_signedPayload = std::move(payload); // signed as it is: no second serialisation
    sign();
}

void PreviewPanel::showClaims(const std::string& claims, const std::string& payload)
{
    // Only what changed, and only on the tab shown: laying out HTML is most
    // of the time a keystroke costs here.
    QString claimsJson = pretty(claims);
    if (claimsJson != m_claimsJson) {
        m_claimsJson = std::move(claimsJson);
        m_dirtyViews |= ClaimsView;
    }
    QString payloadJson = pretty(payload);
    if (payloadJson != m_payloadJson) {
        m_payloadJson = std::move(payloadJson);
        m_dirtyViews |= PayloadView;
    }
    updateViews();
    const std::size_t bytes = claims.size();
    const tmpl::LintProfile& profile = m_template.profile();
    m_size->setRange(0, static_cast<int>(profile.sizeErrorBytes));
    m_size->setValue(static_cast<int>(std::min(bytes, profile.sizeErrorBytes)));
    const bool over = bytes > profile.sizeWarningBytes;
    QPalette p = m_size->palette();
    p.setColor(QPalette::Highlight, over ? QColor(0xd9, 0x8c, 0x1f) : QColor(0x2e, 0x9d, 0x5b));
    m_size->setPalette(p);
    m_sizeLabel->setText(tr("Claims: %1 bytes of the %2-byte budget (warning above %3)")
                             .arg(bytes)
                             .arg(profile.sizeErrorBytes)
                             .arg(profile.sizeWarningBytes));
    emit previewShown();
}

void PreviewPanel::sign()
{
    if (m_signedPayload.empty() || m_signingKey.isNull() || !m_context)
        return;
    const quint64 generation = ++m_generation;
    const jose::Key key = m_signingKey;
    const std::string payload = m_signedPayload;
    m_verify->setText(tr("Signing…"));
    QPointer<PreviewPanel> self(this);
    QThreadPool::globalInstance()->start([self, generation, key, payload] {
        Signed out;
        jose::TokenSigner signer;
        std::string error;
        const jose::Algorithm alg = jose::signingAlgorithm(key);
        std::string token;
        if (!jose::TokenSigner::create(key, alg, key.kid(), signer, error) ||
            !signer.sign(payload, token)) {
            out.error = qs(error);
        } else {
            std::string verifiedPayload;
            const jose::Key verifier = key.type() == jose::KeyType::Oct ? key : key.publicKey();
            out.verified = jose::verifyCompact(verifier, alg, token, verifiedPayload) &&
                           verifiedPayload == payload;
            out.token = qs(token);
            const std::string& header = signer.encodedHeaderWithDot();
            std::string decoded;
            if (base64::decodeUrlStrict(std::string_view(header).substr(0, header.size() - 1),
                                        decoded))
                out.header = pretty(decoded);
        }
        QMetaObject::invokeMethod(
            qApp,
            [self, generation, out] {
                if (!self || generation != self->m_generation)
                    return; // an older draft
                self->m_token = out.token;
                if (!out.error.isEmpty()) {
                    self->m_verification = u"invalid"_s;
                    self->m_verify->setText(tr("Cannot sign: %1").arg(out.error));
                    return;
                }
                self->m_verification = out.verified ? u"valid"_s : u"invalid"_s;
                self->m_headerJson = out.header;
                self->m_dirtyViews |= HeaderView | TokenView;
                self->updateViews();
                self->m_verify->setText(
                    out.verified ? tr("✔ %1 bytes · verifies with %2")
                                       .arg(out.token.size())
                                       .arg(self->m_keyDescription)
                                 : tr("✘ does not verify with %1").arg(self->m_keyDescription));
                emit self->tokenShown();
            },
            Qt::QueuedConnection);
    });
}

void PreviewPanel::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void PreviewPanel::setStale(bool stale)
{
    m_stale = stale;
    for (QTextBrowser* view : {m_claims, m_payload, m_header, m_tokenView}) {
        QPalette p = view->palette();
        p.setColor(QPalette::Text,
                   palette().color(stale ? QPalette::Disabled : QPalette::Active, QPalette::Text));
        view->setPalette(p);
        view->setEnabled(!stale);
    }
}

void PreviewPanel::highlightClaim(const QString& name)
{
    if (name == m_highlighted)
        return;
    m_highlighted = name;
    m_dirtyViews |= ClaimsView;
    updateViews();
}

void PreviewPanel::updateViews()
{
    const int tab = m_tabs->currentIndex();
    if (tab == 0 && (m_dirtyViews & ClaimsView))
        m_claims->setHtml(jsonHtml(m_claimsJson, palette(), m_highlighted));
    else if (tab == 1 && (m_dirtyViews & PayloadView))
        m_payload->setHtml(jsonHtml(m_payloadJson, palette(), QString()));
    else if (tab == 2 && (m_dirtyViews & HeaderView))
        m_header->setHtml(jsonHtml(m_headerJson, palette(), QString()));
    else if (tab == 3 && (m_dirtyViews & TokenView))
        m_tokenView->setHtml(tokenHtml(m_token));
    else
        return;
    m_dirtyViews &= ~(1u << tab);
}

QString PreviewPanel::claimAt(const QPoint& pos) const
{
    QTextBlock block = m_claims->cursorForPosition(pos).block();
    for (; block.isValid(); block = block.previous()) {
        const QString line = block.text();
        if (line.startsWith(u"  \""_s)) {
            const qsizetype end = line.indexOf(u"\":"_s);
            return end > 3 ? line.mid(3, end - 3) : QString();
        }
        if (!line.startsWith(u"   "_s))
            return QString();
    }
    return QString();
}

bool PreviewPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_claims->viewport() && event->type() == QEvent::MouseMove) {
        const QString claim = claimAt(static_cast<QMouseEvent*>(event)->position().toPoint());
        if (claim != m_highlighted) {
            highlightClaim(claim);
            emit claimHovered(claim);
        }
    } else if (watched == m_claims->viewport() && event->type() == QEvent::Leave) {
        highlightClaim(QString());
        emit claimHovered(QString());
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace claimsmith::ui
