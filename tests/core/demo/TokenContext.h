#pragma once

// What the token service gives templates and the linter, built here from a
// store's records (spec §4), for tests of the demo store.

#include "model/Model.h"
#include "store/Store.h"
#include "template/Vocabulary.h"

#include <vector>

namespace claimsmith::test {

// The context of one token: the user, one of their organizations, that
// membership (role, roles and the roles' permissions), the application and a
// session (SSO when the organization has an identity provider).
json::Value tokenContext(const model::User& u, const model::Organization& o,
                         const model::Membership& m, const std::vector<model::Role>& roles,
                         const model::Application& app);

// The metadata keys of every bag the store indexes, for T103.
tmpl::Vocabulary vocabularyOf(store::Store& s);

} // namespace claimsmith::test
