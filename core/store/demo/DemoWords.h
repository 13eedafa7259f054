#pragma once

// The word lists of the demo's organizations and jobs: company name parts,
// legal forms, top-level domains, mail providers, departments with job titles.

#include "DemoRandom.h"

#include <span>
#include <string_view>

namespace claimsmith::demo {

// A word as people read it and the lower-case ASCII letters it becomes in
// e-mail addresses and domain names ("Łukasz" → "lukasz", "Müller" → "mueller").
struct Word
{
    std::string_view text;
    std::string_view ascii;
};

struct Department
{
    std::string_view name;
    std::span<const std::string_view> titles;
};

std::span<const Weighted<const Department*>> departments();

std::span<const Word> companyPrefixes();
std::span<const Word> companySuffixes();
std::span<const Weighted<std::string_view>> legalForms();
std::span<const Weighted<std::string_view>> topLevelDomains();
// Providers of personal e-mail addresses (guests, contractors).
std::span<const Weighted<std::string_view>> mailProviders();

} // namespace claimsmith::demo
