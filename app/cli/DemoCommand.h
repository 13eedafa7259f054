#pragma once

#include <QStringList>

namespace claimsmith::cli {

// demo --store FILE [--users N] [--orgs N] [--seed S]
int runDemo(const QStringList& args);

} // namespace claimsmith::cli
