// Lists in creation order (created_at, then id), the order of the WorkOS-
// compatible lists: started next to any record (store::creationCursor) in
// both directions they give the slice of the order computed in the test, ties
// of created_at go by id (not by the order the rows were stored in), and the
// query reads an index from its starting place instead of every record.

#include "TempStore.h"
#include "TestSupport.h"

#include <QTest>

#include <algorithm>
#include <cstdio>
#include <string>
#include <tuple>
#include <vector>

using namespace claimsmith;

namespace {

// A valid id whose order is that of `n` ("01JZ" and 22 digits).
std::string idOf(const char* prefix, int n)
{
    char digits[32];
    std::snprintf(digits, sizeof digits, "01JZ%022d", n);
    return std::string(prefix) + digits;
}

// Records as (created_at, id), in creation order.
template <class T>
std::vector<std::string> creationOrder(std::vector<T> items, bool descending)
{
    std::sort(items.begin(), items.end(), [](const T& a, const T& b) {
        return std::tie(a.createdAt, a.id) < std::tie(b.createdAt, b.id);
    });
    std::vector<std::string> ids;
    for (const T& item : items)
        ids.push_back(item.id);
    if (descending)
        std::reverse(ids.begin(), ids.end());
    return ids;
}

template <class T>
std::vector<std::string> idsOf(const std::vector<T>& items)
{
    std::vector<std::string> ids;
    for (const T& item : items)
        ids.push_back(item.id);
    return ids;
}

// Every page of `find(cursor, limit)` from the start and from the place of
// each record of `expected`: the records that follow it in `expected`.
template <class T, class Find>
void checkEveryStart(const std::vector<T>& records, const std::vector<std::string>& expected,
                     Find find)
{
    const int limit = 7;
    // From the start, page after page.
    std::vector<std::string> walked;
    std::string cursor;
    for (int guard = 0; guard < 1000; ++guard) {
        store::Result<store::Page<T>> page = find(cursor, limit);
        QVERIFY2(page, page ? "" : page.error().message.c_str());
        for (const T& item : page->items)
            walked.push_back(item.id);
        if (page->next.empty())
            break;
        QCOMPARE(static_cast<int>(page->items.size()), limit);
        cursor = page->next;
    }
    QCOMPARE(walked, expected);
    // From each record's place, as WorkOS's after=<id> does.
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const auto record = std::find_if(records.begin(), records.end(),
                                         [&](const T& r) { return r.id == expected[i]; });
        QVERIFY(record != records.end());
        store::Result<store::Page<T>> page =
            find(store::creationCursor(record->createdAt, record->id), limit);
        QVERIFY2(page, page ? "" : page.error().message.c_str());
        const std::size_t from = i + 1;
        const std::size_t to = std::min(expected.size(), from + limit);
        QCOMPARE(idsOf(page->items),
                 std::vector<std::string>(expected.begin() + static_cast<std::ptrdiff_t>(from),
                                          expected.begin() + static_cast<std::ptrdiff_t>(to)));
        QCOMPARE(page->next.empty(), to == expected.size());
    }
}

bool mentions(const std::vector<std::string>& plan, const std::string& text)
{
    return std::any_of(plan.begin(), plan.end(), [&](const std::string& step) {
        return step.find(text) != std::string::npos;
    });
}

std::string joined(const std::vector<std::string>& plan)
{
    std::string all;
    for (const std::string& step : plan)
        all += (all.empty() ? "" : " | ") + step;
    return all;
}

// The plan walks `index` of `table` and sorts nothing: the rows come in the
// list's order, so reading stops after the page and one more row.
void checkWalksIndex(const store::Result<std::vector<std::string>>& plan, const char* table,
                     const char* index, bool fromCursor, bool postgres)
{
    QVERIFY2(plan, plan ? "" : plan.error().message.c_str());
    const std::string all = joined(*plan);
    if (postgres) {
        // "Index Scan [Backward] using INDEX on TABLE ALIAS", no "Sort" step
        // and no "Seq Scan" of the table; from a cursor an "Index Cond"
        // bounds the walk.
        QVERIFY2(mentions(*plan, std::string(" using ") + index + " on "), all.c_str());
        for (const std::string& step : *plan) {
            QVERIFY2(step.rfind("Sort", 0) != 0 && step.rfind("Incremental Sort", 0) != 0,
                     all.c_str());
            const bool scansTable =
                step.rfind("Seq Scan on ", 0) == 0 && step.ends_with(std::string(" ") + table);
            QVERIFY2(!scansTable, all.c_str());
        }
        if (fromCursor)
            QVERIFY2(mentions(*plan, "Index Cond: "), all.c_str());
        return;
    }
    QVERIFY2(mentions(*plan, std::string("INDEX ") + index), all.c_str());
    QVERIFY2(!mentions(*plan, "TEMP B-TREE"), all.c_str());
    for (const std::string& step : *plan)
        QVERIFY2(step != std::string("SCAN ") + table, all.c_str());
    // From a cursor the walk starts at the cursor's place (a range of the
    // index), not at one end of the table.
    if (fromCursor)
        QVERIFY2(mentions(*plan, std::string("SEARCH ") + table + " USING"), all.c_str());
}

} // namespace

class TestStoreCreationOrder : public QObject
{
    Q_OBJECT

private slots:
    void usersFromAnyRecordInBothOrders();
    void organizationsAndMembershipsFromAnyRecord();
    void aCursorOfAnotherOrderIsRefused();
    void pageQueriesWalkAnIndex();
};

void TestStoreCreationOrder::usersFromAnyRecordInBothOrders()
{
    test::TempStore s;
    std::vector<model::User> users;
    model::Organization o;
    o.name = "Members";
    const std::string org = s->createOrganization(o)->id;
    std::vector<model::User> members;
    for (int i = 0; i < 120; ++i) {
        // Four users a millisecond, stored in the opposite order of their
        // ids: ties of created_at must go by id, not by row.
        if (i % 4 == 0)
            s.clock.advance(1);
        model::User u;
        u.id = idOf("user_", 1000 - i);
        u.email = "u" + std::to_string(i) + "@creation.example.com";
        const auto made = s->createUser(u);
        QVERIFY2(made, made ? "" : made.error().message.c_str());
        users.push_back(*made);
        if (i % 3 == 0) {
            model::Membership m;
            m.userId = made->id;
            m.organizationId = org;
            QVERIFY(s->createMembership(m));
            members.push_back(*made);
        }
    }
    for (bool descending : {true, false}) {
        store::UserQuery q;
        q.sort = store::UserSort::CreatedAt;
        q.descending = descending;
        checkEveryStart(users, creationOrder(users, descending),
                        [&](const std::string& cursor, int limit) {
                            q.after = cursor;
                            q.limit = limit;
                            return s->findUsers(q);
                        });
        // The same among the members of an organization.
        q.organizationId = org;
        checkEveryStart(members, creationOrder(members, descending),
                        [&](const std::string& cursor, int limit) {
                            q.after = cursor;
                            q.limit = limit;
                            return s->findUsers(q);
                        });
    }
}

void TestStoreCreationOrder::organizationsAndMembershipsFromAnyRecord()
{
    test::TempStore s;
    std::vector<model::Organization> orgs;
    std::vector<model::Organization> withDomain;
    for (int i = 0; i < 40; ++i) {
        if (i % 3 == 0)
            s.clock.advance(1);
        model::Organization o;
        o.id = idOf("org_", 500 - i);
        o.name = (i % 2 ? "Blue " : "Green ") + std::to_string(i);
        if (i % 5 == 0)
            o.domains.push_back({"d" + std::to_string(i) + ".example.com", "pending"});
        const auto made = s->createOrganization(o);
        QVERIFY2(made, made ? "" : made.error().message.c_str());
        orgs.push_back(*made);
        if (i % 5 == 0 && i % 10 != 0)
            withDomain.push_back(*made);
    }
    const std::string hub = orgs.front().id;
    std::vector<model::Membership> memberships;
    std::vector<model::Membership> pending;
    for (int i = 0; i < 50; ++i) {
        if (i % 4 == 0)
            s.clock.advance(1);
        model::User u;
        u.email = "m" + std::to_string(i) + "@creation.example.com";
        const auto user = s->createUser(u);
        QVERIFY(user);
        model::Membership m;
        m.id = idOf("om_", 900 - i);
        m.userId = user->id;
        m.organizationId = hub;
        m.status = i % 3 == 0 ? "pending" : "active";
        const auto made = s->createMembership(m);
        QVERIFY2(made, made ? "" : made.error().message.c_str());
        memberships.push_back(*made);
        if (m.status == "pending")
            pending.push_back(*made);
    }
    for (bool descending : {true, false}) {
        store::OrganizationQuery oq;
        oq.byCreation = true;
        oq.descending = descending;
        checkEveryStart(orgs, creationOrder(orgs, descending),
                        [&](const std::string& cursor, int limit) {
                            oq.after = cursor;
                            oq.limit = limit;
                            return s->findOrganizations(oq);
                        });
        // Any of several domains (the odd multiples of 5).
        for (const model::Organization& o : withDomain)
            oq.domains.push_back(o.domains.front().domain);
        checkEveryStart(withDomain, creationOrder(withDomain, descending),
                        [&](const std::string& cursor, int limit) {
                            oq.after = cursor;
                            oq.limit = limit;
                            return s->findOrganizations(oq);
                        });

        store::MembershipQuery mq;
        mq.organizationId = hub;
        mq.byCreation = true;
        mq.descending = descending;
        checkEveryStart(memberships, creationOrder(memberships, descending),
                        [&](const std::string& cursor, int limit) {
                            mq.after = cursor;
                            mq.limit = limit;
                            return s->findMemberships(mq);
                        });
        mq.statuses = {"pending"};
        checkEveryStart(pending, creationOrder(pending, descending),
                        [&](const std::string& cursor, int limit) {
                            mq.after = cursor;
                            mq.limit = limit;
                            return s->findMemberships(mq);
                        });
    }
    // A part of the name, in any case.
    store::OrganizationQuery byName;
    byName.nameContains = "LUE 1";
    byName.limit = 100;
    const auto blue = s->findOrganizations(byName);
    QVERIFY(blue);
    QCOMPARE(blue->items.size(), std::size_t(6)); // Blue 1, 11, 13, 15, 17, 19
    for (const model::Organization& o : blue->items)
        QVERIFY2(o.name.starts_with("Blue 1"), o.name.c_str());
}

void TestStoreCreationOrder::aCursorOfAnotherOrderIsRefused()
{
    test::TempStore s;
    for (int i = 0; i < 3; ++i) {
        model::User u;
        u.email = "c" + std::to_string(i) + "@creation.example.com";
        QVERIFY(s->createUser(u));
    }
    store::UserQuery byEmail;
    byEmail.limit = 1;
    const auto first = s->findUsers(byEmail);
    QVERIFY(first && !first->next.empty());
    store::UserQuery byCreation;
    byCreation.sort = store::UserSort::CreatedAt;
    byCreation.after = first->next;
    const auto r = s->findUsers(byCreation);
    QCOMPARE(r.error().kind, store::ErrorKind::Invalid);
    QCOMPARE(r.error().field, std::string("after"));
    // And the other way round.
    byEmail.after = store::creationCursor(1, "user_01JZ0000000000000000000001");
    QCOMPARE(s->findUsers(byEmail).error().kind, store::ErrorKind::Invalid);
}

void TestStoreCreationOrder::pageQueriesWalkAnIndex()
{
    test::TempStore s;
    QVERIFY(!s->beginBatch("test", "many records"));
    model::Organization o;
    o.name = "Big";
    const std::string org = s->createOrganization(o)->id;
    for (int i = 0; i < 2000; ++i) {
        if (i % 10 == 0)
            s.clock.advance(1);
        model::User u;
        u.email = "p" + std::to_string(i) + "@creation.example.com";
        const auto made = s->createUser(u);
        QVERIFY(made);
        if (i % 2 == 0) {
            model::Membership m;
            m.userId = made->id;
            m.organizationId = org;
            QVERIFY(s->createMembership(m));
        }
        if (i % 20 == 0) {
            model::Organization other;
            other.name = "Org " + std::to_string(i);
            QVERIFY(s->createOrganization(other));
        }
    }
    QVERIFY(!s->commitBatch());
    const bool pg = s.isPostgres();
    const auto check = [&](bool analyzed) {
        const std::string cursor =
            store::creationCursor(1767225600100, "user_01JZ0000000000000000000001");
        for (bool descending : {true, false}) {
            store::UserQuery q;
            q.sort = store::UserSort::CreatedAt;
            q.descending = descending;
            q.limit = 10;
            checkWalksIndex(s->queryPlan(q), "u", "users_created", false, pg);
            q.after = cursor;
            checkWalksIndex(s->queryPlan(q), "u", "users_created", true, pg);

            store::OrganizationQuery oq;
            oq.byCreation = true;
            oq.descending = descending;
            oq.limit = 10;
            checkWalksIndex(s->queryPlan(oq), "o", "organizations_created", false, pg);
            oq.after = store::creationCursor(1767225600100, "org_01JZ0000000000000000000001");
            checkWalksIndex(s->queryPlan(oq), "o", "organizations_created", true, pg);

            // PostgreSQL estimates the memberships of "the organization
            // with this id" from statistics; before the first ANALYZE
            // (autovacuum's, or one after an import) it takes them for few,
            // and sorts them.
            if (pg && !analyzed)
                continue;
            store::MembershipQuery mq;
            mq.organizationId = org;
            mq.byCreation = true;
            mq.descending = descending;
            mq.limit = 10;
            checkWalksIndex(s->queryPlan(mq), "m", "memberships_org_created", true, pg);
            mq.after = store::creationCursor(1767225600100, "om_01JZ0000000000000000000001");
            checkWalksIndex(s->queryPlan(mq), "m", "memberships_org_created", true, pg);
        }
    };
    // As SQLite plans without statistics, and with them (ANALYZE, as after
    // an import).
    check(false);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!s->analyze());
    check(true);
}

QTEST_GUILESS_MAIN(TestStoreCreationOrder)
#include "tst_store_creation_order.moc"
