#pragma once

#include <QString>

namespace claimsmith::ui {

// Times of records as every page shows them, in local time: "2025-05-05 07:05"
// in tables (sortable, narrow, the same in every language) and with seconds
// in detail panels. Nothing for 0 or less (never set).
QString shortTime(qint64 msSinceEpoch);
QString longTime(qint64 msSinceEpoch);

} // namespace claimsmith::ui
