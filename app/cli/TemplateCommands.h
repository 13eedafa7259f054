#pragma once

#include <QStringList>

namespace claimsmith::cli {

int runValidate(const QStringList& args);

} // namespace claimsmith::cli
