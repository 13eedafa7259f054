#pragma once

#include "HttpClient.h"
#include "store/StoreError.h"

#include <string>

namespace claimsmith::store {

// The store error an answer stands for: the server's RFC 9457 problem
// (type urn:claimsmith:problem:<kind>) mapped back to the kinds SqliteStore
// raises, with the field, the record id and the current version of a
// conflict; or, when there was no answer, what happened and what to do.
// `server` is the URL, named in messages (the API key never is).
Error remoteError(const HttpAnswer& answer, const std::string& server, int timeoutMs);

} // namespace claimsmith::store
