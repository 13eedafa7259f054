#include "KeyDetailPane.h"

#include "KeyStateBadge.h"
#include "SigningKeyModel.h"
#include "common/Settings.h"
#include "json/Writer.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace claimsmith::ui {

namespace {

// The JWK members that hold private key material (RFC 7518 §6).
constexpr const char* kPrivateMembers[] = {"d", "p", "q", "dp", "dq", "qi", "oth", "k"};

QLabel* mutedLabel(const QString& text)
{
    auto* label = new QLabel(text);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

KeyDetailPane::KeyDetailPane(QWidget* parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget)
    , m_kid(new QLineEdit)
    , m_state(new QLabel)
    , m_algorithm(new QLabel)
    , m_type(new QLabel)
    , m_created(new QLabel)
    , m_activated(new QLabel)
    , m_retired(new QLabel)
    , m_publicStack(new QStackedWidget)
    , m_jwk(new QPlainTextEdit)
    , m_noPublicForm(new QLabel)
{
    setObjectName(u"keyDetailPane"_s);
    auto* nothing = new QLabel(tr("Select a key to see its public key and dates."));
    nothing->setObjectName(u"keyDetailPlaceholder"_s);
    nothing->setAlignment(Qt::AlignCenter);
    nothing->setWordWrap(true);
    nothing->setForegroundRole(QPalette::PlaceholderText);

    m_kid->setObjectName(u"detailKid"_s);
    m_kid->setReadOnly(true);
    m_kid->setFrame(false);
    m_kid->setToolTip(tr("The key ID (RFC 7638 thumbprint), the \"kid\" of the tokens it signs"));
    m_kid->setFont(Settings::get(settings::editorFont));
    m_kid->setStyleSheet(u"QLineEdit { background: transparent; }"_s);
    m_state->setObjectName(u"detailState"_s);
    for (QLabel* l : {m_algorithm, m_type, m_created, m_activated, m_retired})
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* stateRow = new QHBoxLayout;
    stateRow->setContentsMargins(0, 0, 0, 0);
    stateRow->addWidget(m_state);
    stateRow->addStretch();

    auto* form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setHorizontalSpacing(12);
    form->addRow(mutedLabel(tr("Algorithm")), m_algorithm);
    form->addRow(mutedLabel(tr("Key type")), m_type);
    form->addRow(mutedLabel(tr("Created")), m_created);
    form->addRow(mutedLabel(tr("Activated")), m_activated);
    form->addRow(mutedLabel(tr("Retired")), m_retired);

    auto* publicTitle = new QLabel(tr("Public key (JWK)"));
    QFont bold = publicTitle->font();
    bold.setBold(true);
    publicTitle->setFont(bold);

    m_jwk->setObjectName(u"publicJwkView"_s);
    m_jwk->setReadOnly(true);
    // Long members (an RSA modulus) wrap anywhere rather than run off the side.
    m_jwk->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_jwk->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_jwk->setFont(Settings::get(settings::editorFont));
    m_jwk->setMinimumHeight(160);
    m_noPublicForm->setObjectName(u"noPublicFormNote"_s);
    m_noPublicForm->setWordWrap(true);
    m_noPublicForm->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_noPublicForm->setText(
        tr("HMAC keys are shared secrets and have no public form: there is nothing to publish "
           "in the JWKS or to export. The secret stays sealed in the store; only this store can "
           "verify the tokens the key signs."));
    m_publicStack->addWidget(m_jwk);
    m_publicStack->addWidget(m_noPublicForm);

    auto* details = new QWidget;
    auto* layout = new QVBoxLayout(details);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_kid);
    layout->addLayout(stateRow);
    layout->addLayout(form);
    layout->addSpacing(4);
    layout->addWidget(publicTitle);
    layout->addWidget(m_publicStack, 1);

    m_stack->addWidget(nothing);
    m_stack->addWidget(details);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(10, 0, 0, 0);
    outer->addWidget(m_stack);
    setMinimumWidth(380);
    showKey(nullptr);
}

json::Value KeyDetailPane::publicJwkOf(const model::SigningKey& key)
{
    if (!key.publicJwk.isObject())
        return {};
    json::Value jwk = key.publicJwk;
    for (const char* member : kPrivateMembers)
        jwk.remove(member);
    return jwk;
}

QString KeyDetailPane::keyTypeText(const model::SigningKey& key)
{
    const json::Value& jwk = key.publicJwk;
    const json::Value* kty = jwk.find("kty");
    if (!kty || !kty->isString())
        return tr("HMAC shared secret");
    const std::string& type = kty->string();
    const json::Value* crv = jwk.find("crv");
    const QString curve =
        crv && crv->isString() ? QString::fromStdString(crv->string()) : QString();
    if (type == "RSA") {
        const json::Value* n = jwk.find("n");
        if (n && n->isString()) {
            // base64url without padding: 4 characters hold 3 bytes.
            const std::size_t bytes = n->string().size() * 3 / 4;
            return tr("RSA, %1 bits").arg(static_cast<qulonglong>(bytes * 8));
        }
        return tr("RSA");
    }
    if (type == "EC")
        return tr("EC %1").arg(curve);
    if (type == "OKP")
        return curve;
    return QString::fromStdString(type);
}

void KeyDetailPane::showKey(const model::SigningKey* key)
{
    if (!key) {
        m_stack->setCurrentIndex(0);
        m_jwk->clear();
        m_kid->clear();
        return;
    }
    m_stack->setCurrentIndex(1);
    m_kid->setText(QString::fromStdString(key->kid));
    m_kid->setCursorPosition(0);
    showStateBadge(m_state, key->state);
    m_algorithm->setText(QString::fromStdString(key->alg));
    m_type->setText(keyTypeText(*key));
    m_created->setText(SigningKeyModel::timeText(key->createdAt));
    m_activated->setText(SigningKeyModel::timeText(key->activatedAt));
    m_retired->setText(SigningKeyModel::timeText(key->retiredAt));
    const json::Value jwk = publicJwkOf(*key);
    if (jwk.isNull()) {
        m_jwk->clear();
        m_publicStack->setCurrentWidget(m_noPublicForm);
        return;
    }
    json::WriteOptions pretty;
    pretty.pretty = true;
    m_jwk->setPlainText(QString::fromStdString(json::toString(jwk, pretty)));
    m_publicStack->setCurrentWidget(m_jwk);
}

QString KeyDetailPane::jwkText() const
{
    return m_publicStack->currentWidget() == m_jwk ? m_jwk->toPlainText() : QString();
}

} // namespace claimsmith::ui
