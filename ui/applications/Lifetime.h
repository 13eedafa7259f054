#pragma once

#include <QString>

namespace claimsmith::ui {

// A token lifetime for people: its two largest units that are not zero
// ("1 hour 30 minutes", "10 minutes", "30 days").
QString readableLifetime(qint64 seconds);

} // namespace claimsmith::ui
