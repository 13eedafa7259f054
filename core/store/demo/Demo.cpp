#include "Demo.h"

#include "DemoCatalog.h"
#include "DemoOrganizations.h"
#include "DemoUsers.h"
#include "jose/Key.h"
#include "model/Clock.h"
#include "model/Ids.h"

#include <utility>

namespace claimsmith::demo {

namespace {

constexpr std::int64_t kProgressEvery = 1000;

// The open batch, rolled back unless committed.
class BatchGuard
{
public:
    explicit BatchGuard(store::Store& store)
        : m_store(store)
    {}
    ~BatchGuard()
    {
        if (m_open)
            m_store.rollbackBatch();
    }
    BatchGuard(const BatchGuard&) = delete;
    BatchGuard& operator=(const BatchGuard&) = delete;

    store::Error begin(const std::string& description)
    {
        store::Error e = m_store.beginBatch("demo.generate", description);
        m_open = !e;
        return e;
    }
    store::Error commit()
    {
        m_open = false;
        return m_store.commitBatch();
    }

private:
    store::Store& m_store;
    bool m_open = false;
};

store::Error invalid(std::string message, std::string field = {})
{
    return store::Error::make(store::ErrorKind::Invalid, std::move(message), std::move(field));
}

template <typename T>
store::Error errorOf(const store::Result<T>& r)
{
    return r ? store::Error{} : r.error();
}

store::Error checkEmpty(store::Store& store)
{
    const store::Result<std::int64_t> users = store.userCount();
    const store::Result<std::int64_t> orgs = store.organizationCount();
    const auto roles = store.roles();
    const auto apps = store.applications();
    const auto templates = store.templates();
    for (const store::Error& e :
         {errorOf(users), errorOf(orgs), errorOf(roles), errorOf(apps), errorOf(templates)}) {
        if (e)
            return e;
    }
    if (*users || *orgs || !roles->empty() || !apps->empty() || !templates->empty())
        return invalid("demo data goes into a new, empty store; " + store.location() +
                       " already holds data");
    // Nested values and keys with dots are part of the demo: only the default
    // limits allow them.
    const store::Result<std::string> profile = store.limitsProfile();
    if (!profile)
        return profile.error();
    if (*profile != "default")
        return invalid("demo data needs the default limits profile, not " + *profile);
    return {};
}

store::Error writeCatalog(store::Store& store, const DemoSettings& settings,
                          model::FixedClock& clock, model::IdGenerator& ids)
{
    for (model::Permission& p : demoPermissions()) {
        if (auto r = store.createPermission(std::move(p)); !r)
            return r.error();
    }
    for (model::Role& role : demoRoles()) {
        if (auto r = store.createRole(std::move(role)); !r)
            return r.error();
    }
    model::Application app = demoApplication(settings);
    clock.set(app.createdAt);
    app.id = ids.next(model::kApplicationPrefix);
    DemoRandom rng(settings.seed, kCatalogStream, 0);
    app.clientId = "client_" + rng.chars(24, kBase62);
    if (auto r = store.createApplication(std::move(app)); !r)
        return r.error();
    return store.setIssuer("https://auth.workspace.example");
}

store::Error writeTemplateAndKey(store::Store& store)
{
    auto created = store.createTemplate(
        "default", demoTemplate(),
        "Demo template: names, organization, roles and metadata with fallbacks");
    if (!created)
        return created.error();
    auto production = store.promoteTemplate("default", 1, "production", created->version,
                                            "the demo store's first template");
    if (!production)
        return production.error();
    auto staging = store.promoteTemplate("default", 1, "staging", production->version);
    if (!staging)
        return staging.error();

    jose::Key key;
    std::string why;
    if (!jose::Key::generate(jose::Algorithm::ES256, 0, key, why))
        return store::Error::make(store::ErrorKind::Internal,
                                  "cannot generate the demo signing key: " + why);
    return errorOf(store.addSigningKey(key, model::KeyState::Active));
}

} // namespace

store::Error generateDemo(store::Store& store, const DemoOptions& options)
{
    if (options.users < 0 || options.users > kMaxDemoUsers)
        return invalid("the number of demo users is from 0 to " + std::to_string(kMaxDemoUsers),
                       "users");
    if (options.organizations < 1 || options.organizations > kMaxDemoOrganizations)
        return invalid("the number of demo organizations is from 1 to " +
                           std::to_string(kMaxDemoOrganizations),
                       "organizations");
    if (options.usersPerBatch < 0)
        return invalid("users per batch cannot be negative", "users_per_batch");
    if (store::Error e = checkEmpty(store))
        return e;

    const DemoSettings settings{options.seed, options.users, options.organizations, kDemoNow};
    // Ids from a generator of our own, on a clock set to each record's
    // creation time: the same seed gives the same ids, and ids carry the
    // records' times. (Seed 0 would mean "secure randomness" there.)
    model::FixedClock clock(settings.applicationCreated());
    model::IdGenerator ids(clock, mix64(options.seed) | 1);

    const std::string description = std::to_string(options.users) + " users, " +
                                    std::to_string(options.organizations) +
                                    " organizations, seed " + std::to_string(options.seed);
    BatchGuard batch(store);
    if (store::Error e = batch.begin("demo data: " + description))
        return e;
    if (store::Error e = writeCatalog(store, settings, clock, ids))
        return e;

    std::vector<OrganizationPlan> plans(static_cast<std::size_t>(options.organizations));
    {
        const DemoOrganizations maker(settings);
        for (int i = 0; i < options.organizations; ++i) {
            OrganizationPlan& plan = plans[static_cast<std::size_t>(i)];
            model::Organization org = maker.make(i, plan);
            clock.set(org.createdAt);
            org.id = ids.next(model::kOrganizationPrefix);
            plan.id = org.id;
            if (auto r = store.createOrganization(std::move(org)); !r)
                return r.error();
        }
    }

    DemoUsers users(settings, plans);
    DemoUsers::Person person;
    DemoProgress progress{0, options.users, 0};
    for (std::int64_t i = 0; i < options.users; ++i) {
        users.make(i, person);
        clock.set(person.user.createdAt);
        const std::string userId = ids.next(model::kUserPrefix);
        person.user.id = userId;
        if (auto r = store.createUser(std::move(person.user)); !r)
            return r.error();
        for (model::Membership& m : person.memberships) {
            clock.set(m.createdAt);
            m.id = ids.next(model::kMembershipPrefix);
            m.userId = userId;
            if (auto r = store.createMembership(std::move(m)); !r)
                return r.error();
            ++progress.memberships;
        }
        progress.users = i + 1;
        if (options.progress &&
            (progress.users % kProgressEvery == 0 || progress.users == options.users))
            options.progress(progress);
        if (options.usersPerBatch && progress.users % options.usersPerBatch == 0 &&
            progress.users < options.users) {
            if (store::Error e = batch.commit())
                return e;
            if (store::Error e = batch.begin("demo data (continued): " + description))
                return e;
        }
    }

    if (store::Error e = writeTemplateAndKey(store))
        return e;
    if (store::Error e = batch.commit())
        return e;
    if (options.progress) {
        progress.done = true;
        options.progress(progress);
    }
    return {};
}

} // namespace claimsmith::demo
