#pragma once

// People of several cultures: their names (with their spelling in their own
// script where it differs), the languages they choose, cities and time zones.

#include "DemoWords.h"

#include <span>
#include <string_view>

namespace claimsmith::demo {

// A name in Latin script (with its diacritics), its ASCII form, and the name
// in the culture's own script when that is not Latin ("Sato", "sato", "佐藤").
struct PersonName
{
    std::string_view text;
    std::string_view ascii;
    std::string_view native = {};
};

struct Culture
{
    std::string_view code; // "de", "ja", …
    std::span<const PersonName> firstNames;
    std::span<const PersonName> lastNames;
    std::span<const Weighted<std::string_view>> languages; // BCP 47 tags people pick
    std::span<const std::string_view> cities;
    std::span<const std::string_view> timezones;
    std::string_view region; // the cloud region near them
    double nativeScript = 0; // share who write their name in the native script
};

// Cultures with how common they are among the demo's people.
std::span<const Weighted<const Culture*>> cultures();

} // namespace claimsmith::demo
