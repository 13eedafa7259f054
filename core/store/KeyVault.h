#pragma once

#include "StoreError.h"

#include <string>
#include <string_view>

namespace claimsmith::store {

// Seals the private signing keys of a store with AES-256-GCM under a
// key-encryption key (KEK) that is kept outside the database, so that a
// copied store file alone reveals no key:
//
// - CLAIMSMITH_PASSPHRASE set: the KEK is scrypt(passphrase, the store's salt);
// - otherwise a key file of 32 random bytes, mode 0600, in
//   $XDG_CONFIG_HOME/claimsmith/keys/<store id>.key (CLAIMSMITH_KEY_FILE
//   names another file), made when the first key is sealed.
//
// Each sealed key is bound to the store and the kid (GCM additional data),
// so a sealed blob moved to another row or store does not open. A known
// value sealed at setup tells a wrong KEK apart from a damaged key.
class KeyVault
{
public:
    // What the store keeps about its vault (none of it secret).
    struct Settings
    {
        std::string storeId;
        std::string source; // "passphrase" or "file"; empty until first use
        std::string salt;   // scrypt salt (passphrase source)
        std::string check;  // a known value, sealed
    };

    ~KeyVault();
    KeyVault(KeyVault&&) noexcept;
    KeyVault& operator=(KeyVault&&) noexcept;

    // Opens the vault of a store. With `create`, a store without a vault gets
    // one (settings are filled in; the caller stores them). Errors say which
    // passphrase or key file is missing or wrong and what to do.
    static Result<KeyVault> open(Settings& settings, bool create);

    Result<std::string> seal(std::string_view plaintext, std::string_view kid) const;
    Result<std::string> unseal(std::string_view sealed, std::string_view kid) const;

    // Where the default key file of a store is.
    static std::string keyFilePath(std::string_view storeId);

private:
    KeyVault() = default;
    std::string m_kek; // 32 bytes; wiped on destruction
    std::string m_storeId;
};

} // namespace claimsmith::store
