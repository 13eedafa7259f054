#include "VerificationPanel.h"

#include "InspectorColors.h"
#include "common/Settings.h"
#include "common/StoreSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace claimsmith::ui::inspector {

namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

} // namespace

// What reading the store's keys gives, on the worker.
struct VerificationPanel::StoreKeys
{
    std::shared_ptr<const VerificationKeys> keys;
    int skipped = 0;
    QString issuer;
};

VerificationPanel::VerificationPanel(QWidget* parent)
    : QWidget(parent)
    , m_keyTask(this)
    , m_source(new QComboBox)
    , m_keyEdit(new QPlainTextEdit)
    , m_forgetKey(new QToolButton)
    , m_status(new QLabel)
    , m_audience(new QLineEdit)
    , m_issuer(new QLineEdit)
    , m_leeway(new QSpinBox)
    , m_fixedTime(new QCheckBox(tr("Fixed:")))
    , m_time(new QDateTimeEdit)
{
    m_source->setObjectName(u"keySourceCombo"_s);
    m_source->addItem(tr("This store's signing keys"), static_cast<int>(Source::Store));
    m_source->addItem(tr("A key I paste (JWK, JWKS or PEM)"), static_cast<int>(Source::Pasted));
    m_source->setToolTip(tr("Which keys the signature is checked with"));
    m_source->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_source->setMinimumContentsLength(14);
    m_forgetKey->setObjectName(u"forgetKeyButton"_s);
    m_forgetKey->setText(tr("Forget Key"));
    m_forgetKey->setToolTip(tr("Clear the pasted key"));

    m_keyEdit->setObjectName(u"keyEdit"_s);
    m_keyEdit->setFont(Settings::get(settings::editorFont));
    m_keyEdit->setPlaceholderText(
        tr("Paste the issuer's public key: a JWK {\"kty\": …}, a JWKS {\"keys\": […]} or a PEM "
           "key (-----BEGIN PUBLIC KEY-----). A private key works too: only its public part is "
           "kept."));
    m_keyEdit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_keyEdit->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_keyEdit->setTabChangesFocus(true);
    m_keyEdit->setMinimumHeight(72);
    m_keyEdit->setMaximumHeight(130);

    m_status->setObjectName(u"keyStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_audience->setObjectName(u"audienceEdit"_s);
    m_audience->setPlaceholderText(tr("any"));
    m_audience->setToolTip(tr("When set, the token's \"aud\" must contain this value"));
    m_audience->setClearButtonEnabled(true);
    m_issuer->setObjectName(u"issuerEdit"_s);
    m_issuer->setPlaceholderText(tr("any"));
    m_issuer->setToolTip(tr("When set, the token's \"iss\" must be exactly this"));
    m_issuer->setClearButtonEnabled(true);
    m_leeway->setObjectName(u"leewaySpin"_s);
    m_leeway->setRange(0, 86400);
    m_leeway->setValue(60);
    m_leeway->setSuffix(tr(" s"));
    m_leeway->setToolTip(tr("Clock skew allowed when checking exp, nbf and iat"));
    m_fixedTime->setObjectName(u"fixedTimeCheck"_s);
    m_fixedTime->setToolTip(tr("Check the token as of the time beside instead of now"));
    m_time->setObjectName(u"checkTimeEdit"_s);
    m_time->setDisplayFormat(u"yyyy-MM-dd HH:mm:ss"_s);
    m_time->setCalendarPopup(true);
    m_time->setDateTime(QDateTime::currentDateTime());
    m_time->setEnabled(false);
    m_time->setMinimumWidth(m_time->fontMetrics().horizontalAdvance(u"8888-88-88 88:88:88"_s) + 48);

    auto* title = new QLabel(tr("Verification"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);

    auto* sourceRow = new QHBoxLayout;
    sourceRow->setSpacing(6);
    auto* sourceLabel = new QLabel(tr("&Verify with"));
    sourceLabel->setBuddy(m_source);
    sourceRow->addWidget(sourceLabel);
    sourceRow->addWidget(m_source, 1);
    sourceRow->addWidget(m_forgetKey);

    auto* timeRow = new QHBoxLayout;
    timeRow->setSpacing(6);
    timeRow->addWidget(m_fixedTime);
    timeRow->addWidget(m_time, 1);

    auto* form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setHorizontalSpacing(10);
    form->setVerticalSpacing(6);
    form->addRow(tr("Expected &audience"), m_audience);
    form->addRow(tr("Expected &issuer"), m_issuer);
    form->addRow(tr("&Leeway"), m_leeway);
    form->addRow(tr("Check time"), timeRow);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(title);
    layout->addLayout(sourceRow);
    layout->addWidget(m_keyEdit);
    layout->addWidget(m_status);
    layout->addSpacing(4);
    layout->addLayout(form);

    connect(m_source, &QComboBox::currentIndexChanged, this, [this] {
        updateKeyUi();
        emit changed();
    });
    connect(m_keyEdit, &QPlainTextEdit::textChanged, this, &VerificationPanel::pastedTextChanged);
    connect(m_forgetKey, &QToolButton::clicked, this, [this] {
        m_keyEdit->clear();
        m_pastedKeys.reset();
        m_pastedNote.clear();
        updateKeyUi();
        emit changed();
    });
    for (QLineEdit* edit : {m_audience, m_issuer})
        connect(edit, &QLineEdit::textChanged, this, &VerificationPanel::changed);
    connect(m_leeway, &QSpinBox::valueChanged, this, &VerificationPanel::changed);
    connect(m_fixedTime, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_time->setDateTime(QDateTime::currentDateTime());
        m_time->setEnabled(on);
        emit changed();
    });
    connect(m_time, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (m_fixedTime->isChecked())
            emit changed();
    });
    setSession(nullptr);
}

void VerificationPanel::setSession(StoreSession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_storeChannel.cancel();
    m_storeChannel.setWorker(session ? session->worker() : nullptr);
    m_storeKeys.reset();
    m_storeError.clear();
    m_storeLoading = false;
    m_issuer->setToolTip(tr("When set, the token's \"iss\" must be exactly this"));
    auto* model = qobject_cast<QStandardItemModel*>(m_source->model());
    if (QStandardItem* storeItem = model ? model->item(0) : nullptr)
        storeItem->setEnabled(session != nullptr);
    {
        const QSignalBlocker blocker(m_source);
        m_source->setCurrentIndex(session ? 0 : 1);
    }
    if (session) {
        connect(session, &StoreSession::dataChanged, this, [this](DataKind kind) {
            if (kind == DataKind::Keys || kind == DataKind::Settings)
                reloadStoreKeys();
        });
        reloadStoreKeys();
    }
    updateKeyUi();
    emit changed();
}

void VerificationPanel::reloadStoreKeys()
{
    if (!m_session)
        return;
    m_storeLoading = true;
    updateKeyUi();
    m_storeChannel.run(
        this,
        [](store::Store& s) -> store::Result<StoreKeys> {
            auto keys = s.signingKeys();
            if (!keys)
                return keys.error();
            // An HMAC key has no public form: the active one's secret verifies
            // the store's own tokens (a remote store refuses to hand it out).
            std::optional<jose::Key> secret;
            for (const model::SigningKey& k : keys.value()) {
                if (k.state == model::KeyState::Active && !k.publicJwk.isObject()) {
                    auto active = s.signingKeyForIssuing();
                    if (active)
                        secret = active.value();
                }
            }
            StoreKeys loaded;
            loaded.keys = std::make_shared<const VerificationKeys>(
                VerificationKeys::fromStore(keys.value(), secret, &loaded.skipped));
            if (auto issuer = s.issuer())
                loaded.issuer = qs(issuer.value());
            return loaded;
        },
        [this](store::Result<StoreKeys> loaded) {
            m_storeLoading = false;
            if (!loaded) {
                m_storeError = qs(loaded.error().message);
                m_storeKeys = std::make_shared<const VerificationKeys>();
            } else {
                m_storeError.clear();
                m_storeKeys = loaded->keys;
                if (!loaded->issuer.isEmpty())
                    m_issuer->setToolTip(
                        tr("When set, the token's \"iss\" must be exactly this. This store "
                           "issues tokens as %1.")
                            .arg(loaded->issuer));
            }
            updateKeyUi();
            emit changed();
        });
}

VerificationPanel::Source VerificationPanel::source() const
{
    return static_cast<Source>(m_source->currentData().toInt());
}

void VerificationPanel::setSource(Source source)
{
    m_source->setCurrentIndex(m_source->findData(static_cast<int>(source)));
}

void VerificationPanel::setPastedKeyText(const QString& text)
{
    m_keyEdit->setPlainText(text);
}

QString VerificationPanel::pastedKeyText() const
{
    return m_keyEdit->toPlainText();
}

void VerificationPanel::setExpectedAudience(const QString& audience)
{
    m_audience->setText(audience);
}

void VerificationPanel::setExpectedIssuer(const QString& issuer)
{
    m_issuer->setText(issuer);
}

void VerificationPanel::setLeeway(int seconds)
{
    m_leeway->setValue(seconds);
}

void VerificationPanel::setCheckTime(const std::optional<QDateTime>& at)
{
    m_fixedTime->setChecked(at.has_value());
    if (at)
        m_time->setDateTime(*at);
}

void VerificationPanel::pastedTextChanged()
{
    if (m_settingKeyText)
        return;
    m_pastedKeys.reset();
    m_pastedError.clear();
    m_pastedNote.clear();
    const std::string text = m_keyEdit->toPlainText().toStdString();
    if (source() != Source::Pasted && !text.empty())
        setSource(Source::Pasted);
    if (text.empty()) {
        m_keyTask.cancel();
        updateKeyUi();
        emit changed();
        return;
    }
    m_keyTask.run(
        [text] { return std::make_shared<const PastedKeys>(VerificationKeys::fromPaste(text)); },
        [this](std::shared_ptr<const PastedKeys> result) { pastedKeyRead(result); });
    updateKeyUi();
    emit changed();
}

void VerificationPanel::pastedKeyRead(const std::shared_ptr<const PastedKeys>& result)
{
    if (!result->ok) {
        m_pastedError = result->error;
        m_pastedKeys = std::make_shared<const VerificationKeys>();
    } else {
        m_pastedKeys = std::make_shared<const VerificationKeys>(result->keys);
        if (result->hadPrivate) {
            // The private part goes at once: the field shows the public part
            // (nothing for an HMAC secret), and its undo history is dropped.
            m_settingKeyText = true;
            m_keyEdit->setPlainText(result->publicText);
            m_settingKeyText = false;
            m_pastedNote = result->publicText.isEmpty()
                               ? tr("The secret is kept in memory only, to verify; it is never "
                                    "shown.")
                               : tr("A private key was pasted: only its public part is kept and "
                                    "shown above.");
        }
    }
    updateKeyUi();
    emit changed();
}

std::shared_ptr<const VerificationKeys> VerificationPanel::keys() const
{
    if (source() == Source::Store)
        return m_storeLoading
                   ? nullptr
                   : (m_storeKeys ? m_storeKeys : std::make_shared<const VerificationKeys>());
    if (m_keyTask.isBusy())
        return nullptr;
    return m_pastedKeys ? m_pastedKeys : std::make_shared<const VerificationKeys>();
}

jose::InspectOptions VerificationPanel::options(std::int64_t now) const
{
    jose::InspectOptions o;
    o.now = m_fixedTime->isChecked() ? m_time->dateTime().toSecsSinceEpoch() : now;
    o.leeway = m_leeway->value();
    if (!m_audience->text().isEmpty())
        o.audience = m_audience->text().toStdString();
    if (!m_issuer->text().isEmpty())
        o.issuer = m_issuer->text().toStdString();
    return o;
}

bool VerificationPanel::usesFixedTime() const
{
    return m_fixedTime->isChecked();
}

bool VerificationPanel::isBusy() const
{
    return m_storeLoading || m_keyTask.isBusy();
}

QString VerificationPanel::keyStatus() const
{
    return m_status->text();
}

void VerificationPanel::setStatus(const QString& text, bool error)
{
    m_status->setText(text);
    QPalette p = m_status->palette();
    p.setColor(QPalette::WindowText, error ? severityColor(jose::Severity::Error, palette())
                                           : palette().color(QPalette::PlaceholderText));
    m_status->setPalette(p);
}

void VerificationPanel::updateKeyUi()
{
    const bool pasted = source() == Source::Pasted;
    m_keyEdit->setVisible(pasted);
    m_forgetKey->setVisible(pasted && (m_pastedKeys || !m_keyEdit->toPlainText().isEmpty()));
    if (!pasted) {
        if (!m_session)
            setStatus(tr("No store is open: paste a key instead."), false);
        else if (m_storeLoading)
            setStatus(tr("Reading the store's signing keys…"), false);
        else if (!m_storeError.isEmpty())
            setStatus(tr("The store's signing keys could not be read: %1").arg(m_storeError), true);
        else if (!m_storeKeys || m_storeKeys->isEmpty())
            setStatus(tr("This store has no signing keys yet: generate one on the Signing Keys "
                         "page, or paste a key."),
                      false);
        else
            setStatus(
                tr("The store's keys, retired ones included: %1.").arg(m_storeKeys->summary()),
                false);
        return;
    }
    if (m_keyTask.isBusy())
        setStatus(tr("Reading the key…"), false);
    else if (!m_pastedError.isEmpty())
        setStatus(m_pastedError, true);
    else if (m_pastedKeys && !m_pastedKeys->isEmpty())
        setStatus(m_pastedNote.isEmpty()
                      ? QString(m_pastedKeys->summary() + u'.')
                      : QString(m_pastedKeys->summary() + u". "_s + m_pastedNote),
                  false);
    else
        setStatus(tr("No key: the token is decoded but its signature is not checked."), false);
}

} // namespace claimsmith::ui::inspector
