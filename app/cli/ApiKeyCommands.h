#pragma once

#include <QStringList>

namespace claimsmith::cli {

// claimsmith apikey create|list|revoke: the API keys of `claimsmith serve`.
int runApiKey(const QStringList& args);

} // namespace claimsmith::cli
