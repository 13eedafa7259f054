#include "RolloutReport.h"

namespace claimsmith::rollout {

const char* changeKindName(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Added:
        return "added";
    case ChangeKind::Removed:
        return "removed";
    case ChangeKind::Changed:
        return "changed";
    }
    return "changed";
}

std::optional<ChangeKind> changeKindFromName(std::string_view name)
{
    for (ChangeKind k : {ChangeKind::Added, ChangeKind::Removed, ChangeKind::Changed}) {
        if (name == changeKindName(k))
            return k;
    }
    return std::nullopt;
}

} // namespace claimsmith::rollout
