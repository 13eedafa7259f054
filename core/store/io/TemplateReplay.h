#pragma once

#include "RecordSource.h"
#include "store/Store.h"

#include <optional>
#include <string>

namespace claimsmith::store::io {

// A write of an import that failed: the store's error, and whether part of
// the record was already written (a template's later version, a role's
// version replay), in which case the batch can no longer leave out just
// this record.
struct WriteFailure
{
    Error error;
    bool partial = false;
};

// Writes a template with its whole history (Store::restoreTemplate) after
// checking the record's numbering, so that mistakes name the record's field.
std::optional<WriteFailure> writeTemplate(Store& store, const TemplateItem& t);

} // namespace claimsmith::store::io
