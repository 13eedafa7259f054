#pragma once

// Helpers shared by the tests of core/store/io: imports and exports through
// in-memory devices, a readable list of problems, and every record of a store.

#include "TestSupport.h"
#include "store/Store.h"
#include "store/io/ImportTypes.h"

#include <QString>

#include <string>
#include <vector>

namespace claimsmith::test {

store::io::ImportResult importText(store::Store& store, const std::string& text,
                                   store::io::Format format, bool stopOnError = true,
                                   bool dryRun = false);
store::io::ImportResult importFile(store::Store& store, const QString& path,
                                   store::io::Format format, bool stopOnError = true,
                                   bool dryRun = false);
std::string exportText(store::Store& store);

// "LINE: MESSAGE" per problem, one a line, for comparisons and messages.
std::string problemsText(const std::vector<store::io::Problem>& problems);
// The problem at `line`, or a default Problem (line 0) when there is none.
store::io::Problem problemAt(const store::io::ImportResult& result, std::int64_t line);

// Every record, by paging through the store.
std::vector<model::User> allUsers(store::Store& store);
std::vector<model::Organization> allOrganizations(store::Store& store);
std::vector<model::Membership> allMemberships(store::Store& store);
std::int64_t auditEventCount(store::Store& store);

} // namespace claimsmith::test
