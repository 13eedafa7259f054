#pragma once

#include "store/Store.h"
#include "template/Vocabulary.h"

namespace claimsmith::issue {

// What the store holds, as the template engine's vocabulary: metadata keys
// of every indexed bag with their counts and value kinds (T103 and
// completion), and the role and permission slugs (completion).
store::Result<tmpl::Vocabulary> vocabularyOf(store::Store& store);

} // namespace claimsmith::issue
