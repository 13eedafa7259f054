#pragma once

#include <QStringList>

namespace claimsmith::cli {

// import FILE --store FILE --format jsonl|auth0|zitadel|csv [--dry-run] [--on-error skip|abort]
int runImport(const QStringList& args);
// export --store FILE [--format jsonl] [--out FILE]
int runExport(const QStringList& args);

} // namespace claimsmith::cli
