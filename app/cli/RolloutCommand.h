#pragma once

#include <QStringList>

namespace claimsmith::cli {

// rollout-check --store FILE --template NAME (--candidate FILE | --version N)
//               [--format text|json]
int runRolloutCheck(const QStringList& args);

} // namespace claimsmith::cli
