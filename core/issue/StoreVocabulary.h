#pragma once

#include "store/Store.h"
#include "template/Vocabulary.h"

#include <optional>

namespace claimsmith::issue {

// Where a template's metadata bag lives in the store.
struct StoreBag
{
    store::MetadataObject object;
    store::MetadataField field;
};
// Nothing for a bag the store does not index (membership custom
// attributes).
std::optional<StoreBag> storeBagOf(tmpl::Bag bag);

// What the store holds, as the template engine's vocabulary: metadata keys
// of every indexed bag with their counts and value kinds (T103 and
// completion), and the role and permission slugs (completion).
store::Result<tmpl::Vocabulary> vocabularyOf(store::Store& store);

} // namespace claimsmith::issue
