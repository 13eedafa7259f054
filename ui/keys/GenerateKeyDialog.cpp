#include "GenerateKeyDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace claimsmith::ui {

namespace {

bool isRsa(jose::Algorithm alg)
{
    return jose::keyTypeFor(alg) == jose::KeyType::RSA;
}

QString algorithmLabel(jose::Algorithm alg)
{
    const QString name = QString::fromLatin1(jose::algorithmName(alg));
    const QString hash = QString::number(jose::hashSize(alg) * 8);
    QString what;
    switch (alg) {
    case jose::Algorithm::ES256:
        what = GenerateKeyDialog::tr("ECDSA P-256 (recommended)");
        break;
    case jose::Algorithm::ES384:
        what = GenerateKeyDialog::tr("ECDSA P-384");
        break;
    case jose::Algorithm::ES512:
        what = GenerateKeyDialog::tr("ECDSA P-521");
        break;
    case jose::Algorithm::EdDSA:
        what = GenerateKeyDialog::tr("Ed25519");
        break;
    case jose::Algorithm::RS256:
    case jose::Algorithm::RS384:
    case jose::Algorithm::RS512:
        what = GenerateKeyDialog::tr("RSA with SHA-%1").arg(hash);
        break;
    case jose::Algorithm::PS256:
    case jose::Algorithm::PS384:
    case jose::Algorithm::PS512:
        what = GenerateKeyDialog::tr("RSA-PSS with SHA-%1").arg(hash);
        break;
    case jose::Algorithm::HS256:
    case jose::Algorithm::HS384:
    case jose::Algorithm::HS512:
        what = GenerateKeyDialog::tr("HMAC with SHA-%1 (shared secret)").arg(hash);
        break;
    }
    return GenerateKeyDialog::tr("%1 — %2").arg(name, what);
}

} // namespace

GenerateKeyDialog::GenerateKeyDialog(bool hasActiveKey, const QString& activeKid, QWidget* parent)
    : QDialog(parent)
    , m_algorithm(new QComboBox)
    , m_rsaBits(new QComboBox)
    , m_rsaLabel(new QLabel(tr("RSA key &size:")))
    , m_algorithmHint(new QLabel)
    , m_next(new QRadioButton(tr("&Next — publish it in the JWKS now, activate it later")))
    , m_active(new QRadioButton(tr("&Active — it signs new tokens from now on")))
    , m_stateHint(new QLabel)
    , m_hasActiveKey(hasActiveKey)
    , m_activeKid(activeKid)
{
    setObjectName(u"generateKeyDialog"_s);
    setWindowTitle(tr("Generate Signing Key"));
    m_algorithm->setObjectName(u"algorithmCombo"_s);
    m_rsaBits->setObjectName(u"rsaBitsCombo"_s);
    m_next->setObjectName(u"nextRadio"_s);
    m_active->setObjectName(u"activeRadio"_s);

    // Elliptic curves first (the usual choice), then RSA, then HMAC.
    const jose::Algorithm order[] = {
        jose::Algorithm::ES256, jose::Algorithm::ES384, jose::Algorithm::ES512,
        jose::Algorithm::EdDSA, jose::Algorithm::RS256, jose::Algorithm::RS384,
        jose::Algorithm::RS512, jose::Algorithm::PS256, jose::Algorithm::PS384,
        jose::Algorithm::PS512, jose::Algorithm::HS256, jose::Algorithm::HS384,
        jose::Algorithm::HS512};
    for (jose::Algorithm alg : order) {
        if (alg == jose::Algorithm::RS256 || alg == jose::Algorithm::HS256)
            m_algorithm->insertSeparator(m_algorithm->count());
        m_algorithm->addItem(algorithmLabel(alg), static_cast<int>(alg));
    }
    m_algorithm->setCurrentIndex(m_algorithm->findData(static_cast<int>(jose::Algorithm::ES256)));
    for (int bits : {2048, 3072, 4096})
        m_rsaBits->addItem(tr("%1 bits").arg(bits), bits);
    m_rsaLabel->setBuddy(m_rsaBits);
    m_algorithmHint->setWordWrap(true);
    m_algorithmHint->setForegroundRole(QPalette::PlaceholderText);
    m_stateHint->setWordWrap(true);
    m_stateHint->setForegroundRole(QPalette::PlaceholderText);
    // Room for the longest hint (three lines), so that the dialog never
    // clips one when the choice changes.
    for (QLabel* hint : {m_algorithmHint, m_stateHint})
        hint->setMinimumHeight(hint->fontMetrics().lineSpacing() * 3 + 4);
    (hasActiveKey ? m_next : m_active)->setChecked(true);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* algorithmLabelWidget = new QLabel(tr("Al&gorithm:"));
    algorithmLabelWidget->setBuddy(m_algorithm);
    form->addRow(algorithmLabelWidget, m_algorithm);
    form->addRow(m_rsaLabel, m_rsaBits);
    form->addRow(QString(), m_algorithmHint);

    auto* stateBox = new QGroupBox(tr("The new key becomes"));
    auto* stateLayout = new QVBoxLayout(stateBox);
    stateLayout->addWidget(m_next);
    stateLayout->addWidget(m_active);
    stateLayout->addWidget(m_stateHint);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->setObjectName(u"generateButtons"_s);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Generate"));
    ok->setObjectName(u"generateOkButton"_s);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"generateCancelButton"_s);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(10);
    layout->addLayout(form);
    layout->addWidget(stateBox);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(480);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_algorithm, &QComboBox::currentIndexChanged, this, &GenerateKeyDialog::updateHints);
    connect(m_rsaBits, &QComboBox::currentIndexChanged, this, &GenerateKeyDialog::updateHints);
    connect(m_next, &QRadioButton::toggled, this, &GenerateKeyDialog::updateHints);
    updateHints();
}

jose::Algorithm GenerateKeyDialog::algorithm() const
{
    return static_cast<jose::Algorithm>(m_algorithm->currentData().toInt());
}

int GenerateKeyDialog::rsaBits() const
{
    return isRsa(algorithm()) ? m_rsaBits->currentData().toInt() : 0;
}

model::KeyState GenerateKeyDialog::state() const
{
    return m_active->isChecked() ? model::KeyState::Active : model::KeyState::Next;
}

void GenerateKeyDialog::setAlgorithm(jose::Algorithm alg)
{
    m_algorithm->setCurrentIndex(m_algorithm->findData(static_cast<int>(alg)));
}

void GenerateKeyDialog::setRsaBits(int bits)
{
    m_rsaBits->setCurrentIndex(m_rsaBits->findData(bits));
}

void GenerateKeyDialog::setState(model::KeyState state)
{
    (state == model::KeyState::Active ? m_active : m_next)->setChecked(true);
}

void GenerateKeyDialog::updateHints()
{
    const jose::Algorithm alg = algorithm();
    const bool rsa = isRsa(alg);
    m_rsaBits->setEnabled(rsa);
    m_rsaLabel->setEnabled(rsa);
    switch (jose::keyTypeFor(alg)) {
    case jose::KeyType::EC:
        m_algorithmHint->setText(
            tr("Supported by every JWT library, with short signatures. Generated at once."));
        break;
    case jose::KeyType::OKP:
        m_algorithmHint->setText(tr("Fast and compact. Check that every verifier of your tokens "
                                    "supports EdDSA before you make it active."));
        break;
    case jose::KeyType::RSA:
        m_algorithmHint->setText(
            m_rsaBits->currentData().toInt() >= 4096
                ? tr("Supported everywhere. A 4096-bit key takes several seconds to generate; "
                     "you can keep working meanwhile.")
                : tr("Supported everywhere, with larger keys and signatures than ECDSA."));
        break;
    case jose::KeyType::Oct:
        m_algorithmHint->setText(
            tr("A shared secret: it has no public form, is not published in the JWKS and is "
               "never exported, so only this store can verify the tokens it signs."));
        break;
    }
    if (m_active->isChecked())
        m_stateHint->setText(
            m_hasActiveKey
                ? tr("The store retires the active key %1: it leaves the JWKS, so tokens it "
                     "signed stop verifying once verifiers refresh their keys.")
                      .arg(QString(m_activeKid.left(12) + u"…"_s))
                : tr("The store has no active key yet; this one signs tokens at once."));
    else
        m_stateHint->setText(tr("Verifiers can fetch it from the JWKS before it signs anything. "
                                "Activate it later under Signing Keys."));
}

} // namespace claimsmith::ui
