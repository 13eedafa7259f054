#pragma once

#include <QString>

namespace claimsmith::ui {

// What is wrong with `slug` as a role or permission slug, by the store's rule
// (1–100 letters, digits, '-', '_', ':' or '.'), or an empty string.
QString slugProblem(const QString& slug);

} // namespace claimsmith::ui
