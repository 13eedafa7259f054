#pragma once

#include <QStringList>

namespace claimsmith::cli {

// keys generate | public (and, with a store, list | add | activate | retire | jwks)
int runKeys(const QStringList& args);
int runDecode(const QStringList& args);

} // namespace claimsmith::cli
