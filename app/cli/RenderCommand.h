#pragma once

#include <QStringList>

namespace claimsmith::cli {

// render TEMPLATE --context FILE [--sign --key FILE [--issuer] [--lifetime] [--now]] [--payload]
int runRender(const QStringList& args);

} // namespace claimsmith::cli
