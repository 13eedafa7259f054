#pragma once

#include <cstdint>
#include <string_view>

namespace claimsmith::rollout {

// Where a rollout check streams every row of the CSV export as it goes
// (RolloutOptions::rowSink), so that an export has all of them however many
// there are, while the report itself keeps only the first ones in memory.
class RowSink
{
public:
    virtual ~RowSink() = default;
    // Whole CSV lines (appendCsvRow), `rows` of them; called from the render
    // threads, so it must be thread-safe.
    virtual void write(std::string_view lines, std::int64_t rows) = 0;
};

} // namespace claimsmith::rollout
