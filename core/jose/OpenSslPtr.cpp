#include "OpenSslPtr.h"

#include <openssl/err.h>

namespace claimsmith::jose::ossl {

std::string lastError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return {};
    const char* reason = ERR_reason_error_string(code);
    return reason ? std::string(reason) : "OpenSSL error " + std::to_string(code);
}

} // namespace claimsmith::jose::ossl
