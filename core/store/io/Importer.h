#pragma once

#include "ImportTypes.h"
#include "store/Store.h"

class QIODevice;

namespace claimsmith::store::io {

struct SourceRecord;

// Imports one input into a Store, record by record, in the input's order,
// through the Store interface only (so that every check of the store — ids,
// unique emails and external ids, roles that exist, metadata limits — applies
// whichever client writes).
//
// The whole import is one batch. With stopOnError (--on-error abort) the
// first bad record rolls the batch back: the store is exactly as it was.
// Without it (skip), a bad record changes nothing (a failed write inside a
// batch leaves the batch as it was) and the rest goes on; the batch is
// committed at the end. A dry run does all of it and rolls back. An input
// that cannot be read to its end stops the import in either mode.
class Importer
{
public:
    explicit Importer(Store& store);
    ImportResult run(QIODevice& input, const ImportOptions& options);

private:
    class Run;
    Store& m_store;
};

} // namespace claimsmith::store::io
