#include "Model.h"

namespace claimsmith::model {

const char* keyStateName(KeyState s)
{
    switch (s) {
    case KeyState::Next:
        break;
    case KeyState::Active:
        return "active";
    case KeyState::Retired:
        return "retired";
    }
    return "next";
}

std::optional<KeyState> keyStateFromName(std::string_view name)
{
    if (name == "next")
        return KeyState::Next;
    if (name == "active")
        return KeyState::Active;
    if (name == "retired")
        return KeyState::Retired;
    return std::nullopt;
}

} // namespace claimsmith::model
