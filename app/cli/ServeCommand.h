#pragma once

#include <QStringList>

namespace claimsmith::cli {

// claimsmith serve: the REST API of a store (spec/server-api.md).
int runServe(const QStringList& args);

} // namespace claimsmith::cli
