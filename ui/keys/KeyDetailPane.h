#pragma once

#include "model/Model.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;

namespace claimsmith::ui {

// The selected key: its kid, state, algorithm, dates and public JWK (pretty,
// read-only, monospace). Never a private member: the store hands out public
// JWKs only, and the pane drops private member names all the same. HMAC keys
// have no public form; the pane says so instead of showing nothing.
class KeyDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit KeyDetailPane(QWidget* parent = nullptr);

    // nullptr: nothing selected.
    void showKey(const model::SigningKey* key);
    // The JWK text shown (empty for HMAC keys and when nothing is selected).
    QString jwkText() const;

    // The public JWK without any private member, or null for HMAC keys.
    static json::Value publicJwkOf(const model::SigningKey& key);
    // "EC P-256", "RSA, 2048 bits", "Ed25519", "HMAC shared secret".
    static QString keyTypeText(const model::SigningKey& key);

private:
    QStackedWidget* m_stack;
    QLineEdit* m_kid;
    QLabel* m_state;
    QLabel* m_algorithm;
    QLabel* m_type;
    QLabel* m_created;
    QLabel* m_activated;
    QLabel* m_retired;
    QStackedWidget* m_publicStack;
    QPlainTextEdit* m_jwk;
    QLabel* m_noPublicForm;
};

} // namespace claimsmith::ui
