#pragma once

// The objects admins manage (DESIGN.md, "Data model"). Plain values: no
// storage, no Qt, copyable. Times are milliseconds since 1970 (UTC); metadata
// bags are JSON objects. Every object carries `version`, which every write
// increments; a write that names an older version is refused as a conflict.
// `==` compares every field, metadata member order included.

#include "json/Value.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimsmith::model {

using Millis = std::int64_t;

struct Domain
{
    std::string domain;
    std::string state = "pending"; // verified, pending, failed
    bool operator==(const Domain&) const = default;
};

struct User
{
    std::string id; // user_ + ULID
    std::string email;
    bool emailVerified = false;
    std::optional<std::string> firstName;
    std::optional<std::string> lastName;
    std::optional<std::string> externalId;
    json::Value metadata{json::Object{}};      // admin-set, trusted
    json::Value userMetadata{json::Object{}};  // self-service, untrusted
    json::Value ssoAttributes{json::Object{}}; // from the identity provider
    Millis createdAt = 0;
    Millis updatedAt = 0;
    std::int64_t version = 0;
    bool operator==(const User&) const = default;
};

struct Organization
{
    std::string id; // org_ + ULID
    std::string name;
    std::optional<std::string> externalId;
    std::vector<Domain> domains;
    json::Value metadata{json::Object{}};
    Millis createdAt = 0;
    Millis updatedAt = 0;
    std::int64_t version = 0;
    bool operator==(const Organization&) const = default;
};

struct Membership
{
    std::string id; // om_ + ULID
    std::string userId;
    std::string organizationId;
    std::vector<std::string> roles; // role slugs; the first is the primary role
    std::string status = "active";  // active, pending, inactive
    json::Value customAttributes{json::Object{}};
    Millis createdAt = 0;
    Millis updatedAt = 0;
    std::int64_t version = 0;
    bool operator==(const Membership&) const = default;
};

struct Permission
{
    std::string slug;
    std::string name;
    std::string description;
    std::int64_t version = 0;
    bool operator==(const Permission&) const = default;
};

struct Role
{
    std::string slug;
    std::string name;
    std::string description;
    std::vector<std::string> permissions; // permission slugs
    std::int64_t version = 0;
    bool operator==(const Role&) const = default;
};

struct Application
{
    std::string id; // app_ + ULID
    std::string name;
    std::string clientId;
    json::Value metadata{json::Object{}}; // client metadata
    std::string templateName = "default";
    std::int64_t tokenLifetime = 3600; // seconds
    Millis createdAt = 0;
    Millis updatedAt = 0;
    std::int64_t version = 0;
    bool operator==(const Application&) const = default;
};

struct TemplateVersion
{
    std::string templateName;
    int number = 0; // 1, 2, … per template; versions never change
    std::string content;
    std::string author;
    std::string comment;
    Millis createdAt = 0;
    bool operator==(const TemplateVersion&) const = default;
};

struct Template
{
    std::string name;
    int latestVersion = 0;
    std::optional<int> stagingVersion;
    std::optional<int> productionVersion;
    Millis createdAt = 0;
    Millis updatedAt = 0;
    std::int64_t version = 0;
    bool operator==(const Template&) const = default;
};

enum class KeyState
{
    Next,
    Active,
    Retired
};

struct SigningKey
{
    std::string kid; // RFC 7638 thumbprint
    std::string alg;
    KeyState state = KeyState::Next;
    json::Value publicJwk; // null for HMAC keys, which have no public form
    Millis createdAt = 0;
    std::optional<Millis> activatedAt;
    std::optional<Millis> retiredAt;
    std::int64_t version = 0;
    bool operator==(const SigningKey&) const = default;
};

struct AuditEvent
{
    std::int64_t id = 0;
    Millis at = 0;
    std::string actor;
    std::string action;     // "user.create", "template.promote", …
    std::string targetType; // "user", "organization", …
    std::string targetId;
    json::Value before; // null for creations
    json::Value after;  // null for deletions
    bool operator==(const AuditEvent&) const = default;
};

const char* keyStateName(KeyState s);
std::optional<KeyState> keyStateFromName(std::string_view name);

} // namespace claimsmith::model
