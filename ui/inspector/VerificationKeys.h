#pragma once

#include "jose/Inspector.h"
#include "jose/KeySet.h"
#include "model/Model.h"

#include <QCoreApplication>
#include <QString>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimsmith::ui::inspector {

struct PastedKeys;

// What the inspector verifies tokens with: the public keys of the open store
// or of a pasted JWK, JWKS or PEM, and HMAC secrets. Private keys are cut
// down to their public part when they are read; HMAC secrets, which have no
// public part, are held only to verify and are never shown. Copies share the
// keys and are safe to use from any thread.
class VerificationKeys
{
    Q_DECLARE_TR_FUNCTIONS(VerificationKeys)

public:
    enum class Origin
    {
        Store,
        Pasted
    };

    // What the store says about one of its keys.
    struct StoreKey
    {
        model::KeyState state = model::KeyState::Next;
        std::optional<model::Millis> retiredAt;
    };

    // No keys: tokens are decoded but their signature is not checked.
    VerificationKeys() = default;

    // The store's keys: every key's public JWK (retired ones too, so that a
    // token they signed is recognised) and the active HMAC secret when the
    // store hands it out. Keys that cannot be read are counted in `skipped`.
    static VerificationKeys fromStore(const std::vector<model::SigningKey>& keys,
                                      const std::optional<jose::Key>& activeSecret,
                                      int* skipped = nullptr);
    // A pasted JWK, JWKS or PEM key.
    static PastedKeys fromPaste(std::string_view text);

    Origin origin() const { return m_origin; }
    bool isEmpty() const { return !m_single && m_public.empty() && m_secrets.empty(); }
    int size() const;
    // "EC P-256, kid …" for one key, "3 keys: ES256, RS256" for several.
    QString summary() const;
    const StoreKey* storeKey(std::string_view kid) const;

    // Inspects with the key that fits the token: the one pasted key, else
    // the key whose kid the header names (public keys first, so that an HMAC
    // token naming an RSA key is reported as key confusion), else the keys
    // that suit the header's alg.
    jose::Inspection inspect(std::string_view token, const jose::InspectOptions& options) const;

    // "EC P-256", "RSA, 2048 bits", "Ed25519", "HMAC secret, 256 bits".
    static QString keyTypeText(const jose::Key& key);

private:
    bool addPublic(const jose::Key& key, std::string& error);
    bool addSecret(const jose::Key& key, std::string& error);

    Origin m_origin = Origin::Pasted;
    std::optional<jose::Key> m_single;
    jose::KeySet m_public;
    jose::KeySet m_secrets;
    std::map<std::string, StoreKey, std::less<>> m_storeKeys;
};

// What reading a pasted key gave.
struct PastedKeys
{
    bool ok = false;
    QString error; // why the text is not a usable key (empty text: no error)
    VerificationKeys keys;
    // The text held private key material: the field shows `publicText`
    // instead (empty when the text held only HMAC secrets).
    bool hadPrivate = false;
    QString publicText;
};

} // namespace claimsmith::ui::inspector
