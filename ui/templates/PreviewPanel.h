#pragma once

#include "common/StoreWorker.h"
#include "jose/Key.h"
#include "json/Value.h"
#include "template/Template.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QTabWidget;
class QTextBrowser;
class QToolButton;

namespace claimsmith::ui {

class StoreSession;

// The live preview beside the template editor: the claims, payload, header
// and signed token of a real user's token, rendered from the draft on every
// edit.
//
// The subject (user, organization, application) and the signing key are read
// on the store worker when they change; rendering the claims takes
// microseconds and happens at once on the GUI thread; signing and verifying
// run on the thread pool, and a result for an older draft is dropped. When
// the draft has errors the last good preview stays, greyed.
class PreviewPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PreviewPanel(QWidget* parent = nullptr);

    void setSession(StoreSession* session);
    // The draft changed (compiled by the editor or the page).
    void setTemplate(const tmpl::Template& compiled);
    // Chooses the subject: a user id, email or external id.
    void setUser(const QString& idEmailOrExternalId);
    // The claim under the editor's cursor, highlighted in the claims view.
    void highlightClaim(const QString& name);
    QString highlightedClaim() const { return m_highlighted; }

    // "Preview as": switches the preview to a user who has (or lacks) one
    // of the user metadata keys the template reads (index into
    // previewAsKeys()), found by a store search on the worker.
    void previewAs(int keyIndex, bool withKey);
    QStringList previewAsKeys() const; // "user.metadata.plan", …

    // For tests and the benchmark: what the preview shows now.
    QString claimsText() const { return m_claimsJson; }
    QString payloadText() const { return m_payloadJson; }
    QString tokenText() const { return m_token; }
    bool isStale() const { return m_stale; }
    bool hasSubject() const { return m_context.has_value(); }
    QString userId() const;
    // "valid", "invalid", or empty while signing or without a key.
    QString verification() const { return m_verification; }

signals:
    // The admin points at a claim in the preview: the editor shows its hole.
    void claimHovered(const QString& name);
    // A preview was shown for the current draft (claims, and later the token).
    void previewShown();
    void tokenShown();
    // previewAs() found no such user (the message says so).
    void previewAsFoundNobody();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void lookUpUser();
    void loadSubjectChoices(const std::string& userId);
    void loadContext();
    void loadKey();
    void render();
    void sign();
    void showClaims(const std::string& claims, const std::string& payload);
    void showMessage(const QString& text);
    void setStale(bool stale);
    void updatePreviewAs();
    // Sets the HTML of the views on the tab shown; the others when shown.
    void updateViews();
    QString claimAt(const QPoint& pos) const;

    StoreSession* m_session = nullptr;
    StoreWorker::Channel m_lookups;
    StoreWorker::Channel m_contexts;
    StoreWorker::Channel m_keys;
    StoreWorker::Channel m_previewAs;

    QLineEdit* m_user;
    QLabel* m_userLabel;
    QComboBox* m_organization;
    QComboBox* m_application;
    QComboBox* m_key;
    QLabel* m_message;
    QTabWidget* m_tabs;
    QTextBrowser* m_claims;
    QTextBrowser* m_payload;
    QTextBrowser* m_header;
    QTextBrowser* m_tokenView;
    QToolButton* m_copy;
    QProgressBar* m_size;
    QLabel* m_sizeLabel;
    QLabel* m_verify;
    QWidget* m_previewAsRow;
    QComboBox* m_previewAsKey;
    QToolButton* m_withKey;
    QToolButton* m_withoutKey;
    QLabel* m_previewAsNote;
    // The user metadata keys the template reads: bag (tmpl::Bag) and key.
    std::vector<std::pair<int, std::string>> m_readKeys;

    std::string m_userId;
    std::optional<json::Value> m_context;
    std::string m_issuer;
    std::int64_t m_lifetime = 3600;
    jose::Key m_signingKey; // in memory only; never shown
    QString m_keyDescription;
    tmpl::Template m_template;
    bool m_haveTemplate = false;
    quint64 m_generation = 0;

    QString m_claimsJson;
    QString m_payloadJson;       // pretty, for the view
    std::string m_signedPayload; // compact, for signing
    QString m_token;
    QString m_verification;
    QString m_highlighted;
    QString m_headerJson;
    bool m_stale = false;
    // Views whose text changed while their tab was hidden (ViewBit).
    unsigned m_dirtyViews = 0;
};

} // namespace claimsmith::ui
