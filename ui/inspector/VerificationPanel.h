#pragma once

#include "LatestTask.h"
#include "VerificationKeys.h"
#include "common/StoreWorker.h"

#include <QDateTime>
#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QToolButton;

namespace claimsmith::ui {
class StoreSession;
}

namespace claimsmith::ui::inspector {

// What a token is checked with and against: the store's signing keys or a
// pasted JWK, JWKS or PEM key (read off the GUI thread; a private key is cut
// to its public part at once and only that is shown), the expected audience
// and issuer, the leeway and the time to check at.
class VerificationPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Source
    {
        Store,
        Pasted
    };

    explicit VerificationPanel(QWidget* parent = nullptr);

    void setSession(StoreSession* session);
    // Reads the store's keys again.
    void reloadStoreKeys();

    Source source() const;
    void setSource(Source source);
    void setPastedKeyText(const QString& text);
    QString pastedKeyText() const;
    void setExpectedAudience(const QString& audience);
    void setExpectedIssuer(const QString& issuer);
    void setLeeway(int seconds);
    // Checks at this time instead of the current one; nullopt: the current time.
    void setCheckTime(const std::optional<QDateTime>& at);

    // The keys to verify with (empty: none), or nullptr while they are read.
    std::shared_ptr<const VerificationKeys> keys() const;
    // The checks, with `now` unless a fixed time is chosen.
    jose::InspectOptions options(std::int64_t now) const;
    bool usesFixedTime() const;
    bool isBusy() const;
    // The line under the key: what is used, or why nothing is.
    QString keyStatus() const;

signals:
    // Keys or options changed: the token should be checked again.
    void changed();

private:
    struct StoreKeys;
    void pastedTextChanged();
    void pastedKeyRead(const std::shared_ptr<const PastedKeys>& result);
    void updateKeyUi();
    void setStatus(const QString& text, bool error);

    StoreSession* m_session = nullptr;
    StoreWorker::Channel m_storeChannel;
    LatestTask<std::shared_ptr<const PastedKeys>> m_keyTask;
    std::shared_ptr<const VerificationKeys> m_storeKeys;
    std::shared_ptr<const VerificationKeys> m_pastedKeys;
    QString m_storeError;
    QString m_pastedError;
    QString m_pastedNote;
    bool m_storeLoading = false;
    bool m_settingKeyText = false;

    QComboBox* m_source;
    QPlainTextEdit* m_keyEdit;
    QToolButton* m_forgetKey;
    QLabel* m_status;
    QLineEdit* m_audience;
    QLineEdit* m_issuer;
    QSpinBox* m_leeway;
    QCheckBox* m_fixedTime;
    QDateTimeEdit* m_time;
};

} // namespace claimsmith::ui::inspector
