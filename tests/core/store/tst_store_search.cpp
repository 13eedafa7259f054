// The users page's search: every condition, both query plans (starting from
// a selective condition, or walking the sort order), sorting and keyset
// paging, checked against the same answers computed in the test.

#include "TempStore.h"
#include "TestSupport.h"
#include "json/Reader.h"
#include "json/Writer.h"

#include <QTest>

#include <algorithm>
#include <functional>
#include <set>
#include <tuple>

using namespace Qt::StringLiterals;
using namespace claimsmith;
using store::MetadataCondition;
using Op = store::MetadataCondition::Op;

namespace {

struct Fixture
{
    // threshold 3: conditions with more than 3 matches are probed, fewer drive
    // (whatever the cost model would choose, so that both plans are tested).
    explicit Fixture(std::int64_t threshold, bool byCost = false)
        : s(threshold, byCost)
    {
        const char* plans[] = {"free", "pro", "enterprise", "Pro"};
        const char* names[][2] = {{"Ada", "Lovelace"}, {"Alan", "Turing"}, {"Grace", "Hopper"},
                                  {"Édith", "Piaf"},   {"Zoë", "Ng"},      {"Adam", "Smith"}};
        model::Organization o;
        o.name = "Acme";
        org = s->createOrganization(o)->id;
        for (int i = 0; i < 30; ++i) {
            model::User u;
            u.email = "user" + std::to_string(100 + i) + "@example.com";
            u.firstName = names[i % 6][0];
            u.lastName = names[i % 6][1];
            u.externalId =
                i % 3 == 0 ? std::optional<std::string>("crm-" + std::to_string(i)) : std::nullopt;
            json::Value m{json::Object{}};
            m.set("plan", plans[i % 4]);
            if (i % 5 == 0)
                m.set("beta", true);
            if (i % 7 == 0)
                m.set("seats", i);
            m.set("region", i < 10 ? "eu-west-1" : "us-east-2");
            u.metadata = m;
            if (i % 2 == 0)
                u.userMetadata = json::Value::object({{"theme", i % 4 == 0 ? "dark" : "light"}});
            s.clock.advance(1000);
            model::User created = *s->createUser(u);
            users.push_back(created);
            if (i % 4 == 1) {
                model::Membership m2;
                m2.userId = created.id;
                m2.organizationId = org;
                s->createMembership(m2);
                members.insert(created.id);
            }
        }
    }

    test::TempStore s;
    std::string org;
    std::vector<model::User> users;
    std::set<std::string> members;
};

std::string textOf(const json::Value& v)
{
    return v.isString() ? v.string() : json::toString(v);
}

std::string lowerAscii(std::string s)
{
    for (char& c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

bool holds(const model::User& u, const MetadataCondition& c)
{
    const json::Value& bag =
        c.field == store::MetadataField::Metadata ? u.metadata : u.userMetadata;
    const json::Value* v = bag.find(c.key);
    if (c.op == Op::Exists)
        return v != nullptr;
    if (c.op == Op::NotExists)
        return v == nullptr;
    if (!v)
        return c.op == Op::NotEquals;
    std::string have = textOf(*v);
    std::string want = c.value;
    if (!c.caseSensitive) {
        have = lowerAscii(have);
        want = lowerAscii(want);
    }
    switch (c.op) {
    case Op::Equals:
        return have == want;
    case Op::NotEquals:
        return have != want;
    case Op::StartsWith:
        return have.rfind(want, 0) == 0;
    case Op::Contains:
        return have.find(want) != std::string::npos;
    default:
        return false;
    }
}

// Every page of a query, checking that pages neither overlap nor skip.
std::vector<std::string> allPages(store::Store& s, store::UserQuery q, int pageSize)
{
    q.limit = pageSize;
    std::vector<std::string> ids;
    for (int guard = 0; guard < 1000; ++guard) {
        const auto page = s.findUsers(q);
        if (!page)
            qFatal("search failed: %s", page.error().message.c_str());
        for (const model::User& u : page->items)
            ids.push_back(u.id);
        if (page->next.empty())
            break;
        if (static_cast<int>(page->items.size()) != pageSize)
            qFatal("a page before the last one is short");
        q.after = page->next;
    }
    return ids;
}

// The same search by position: the count, and pages at offsets that start
// inside, at the edges and past the end, match slices of `expected`.
void checkPositions(store::Store& s, store::UserQuery q, const std::vector<std::string>& expected)
{
    const auto n = s.countUsers(q);
    QVERIFY2(n, n ? "" : n.error().message.c_str());
    QCOMPARE(*n, static_cast<std::int64_t>(expected.size()));
    const std::int64_t size = static_cast<std::int64_t>(expected.size());
    for (std::int64_t offset :
         {std::int64_t(0), std::int64_t(1), std::int64_t(3), size - 2, size - 1, size, size + 2}) {
        if (offset < 0)
            continue;
        q.offset = offset;
        q.limit = 4;
        q.after.clear();
        const auto page = s.findUsers(q);
        QVERIFY2(page, page ? "" : page.error().message.c_str());
        std::vector<std::string> ids;
        for (const model::User& u : page->items)
            ids.push_back(u.id);
        const auto from = expected.begin() + std::min(offset, size);
        const auto to = expected.begin() + std::min(offset + 4, size);
        QCOMPARE(ids, std::vector<std::string>(from, to));
        // A page found by position continues with its cursor.
        QCOMPARE(page->next.empty(), offset + 4 >= size);
        if (!page->next.empty()) {
            q.after = page->next;
            const auto next = s.findUsers(q);
            QVERIFY(next && !next->items.empty());
            QCOMPARE(next->items.front().id, expected[static_cast<std::size_t>(offset + 4)]);
        }
    }
}

} // namespace

class TestStoreSearch : public QObject
{
    Q_OBJECT

private slots:
    void conditions_data();
    void conditions();
    void textSearch();
    void exactFields();
    void organizationMembers();
    void sortingAndPaging();
    void badCursor();
    void keyStatistics();
};

void TestStoreSearch::conditions_data()
{
    QTest::addColumn<int>("threshold");
    QTest::addColumn<bool>("byCost");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("op");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("caseSensitive");
    QTest::addColumn<bool>("userMetadata");
    struct Row
    {
        const char* name;
        const char* key;
        Op op;
        const char* value;
        bool sensitive;
        bool um;
    };
    const Row rows[] = {
        {"exists", "beta", Op::Exists, "", true, false},
        {"exists rare", "seats", Op::Exists, "", true, false},
        {"not exists", "beta", Op::NotExists, "", true, false},
        {"not exists rare", "seats", Op::NotExists, "", true, false},
        {"not exists user_metadata", "theme", Op::NotExists, "", true, true},
        {"equals", "plan", Op::Equals, "pro", true, false},
        {"equals any case", "plan", Op::Equals, "PRO", false, false},
        {"equals number", "seats", Op::Equals, "14", true, false},
        {"equals bool", "beta", Op::Equals, "true", true, false},
        {"not equals", "plan", Op::NotEquals, "free", true, false},
        {"not equals missing key", "seats", Op::NotEquals, "7", true, false},
        {"starts with", "region", Op::StartsWith, "eu-", true, false},
        {"starts with any case", "plan", Op::StartsWith, "P", false, false},
        {"contains", "plan", Op::Contains, "ter", true, false},
        {"contains any case", "plan", Op::Contains, "RO", false, false},
        {"user_metadata", "theme", Op::Equals, "dark", true, true},
        {"no match", "plan", Op::Equals, "platinum", true, false},
    };
    for (const Row& r : rows) {
        // Probe (walk the sort index), drive (start from the condition), and
        // whichever the cost model picks.
        const std::tuple<const char*, int, bool> plans[] = {
            {"probe", 3, false}, {"drive", 1000, false}, {"by cost", 1000, true}};
        for (const auto& [plan, threshold, byCost] : plans) {
            QTest::addRow("%s, %s", r.name, plan)
                << threshold << byCost << QString::fromLatin1(r.key) << int(r.op)
                << QString::fromLatin1(r.value) << r.sensitive << r.um;
        }
    }
}

void TestStoreSearch::conditions()
{
    QFETCH(int, threshold);
    QFETCH(bool, byCost);
    QFETCH(QString, key);
    QFETCH(int, op);
    QFETCH(QString, value);
    QFETCH(bool, caseSensitive);
    QFETCH(bool, userMetadata);
    Fixture f(threshold, byCost);
    MetadataCondition c;
    c.field = userMetadata ? store::MetadataField::UserMetadata : store::MetadataField::Metadata;
    c.key = key.toStdString();
    c.op = static_cast<Op>(op);
    c.value = value.toStdString();
    c.caseSensitive = caseSensitive;
    std::vector<std::string> expected;
    for (const model::User& u : f.users) {
        if (holds(u, c))
            expected.push_back(u.id);
    }
    // Sorted by email, like the store.
    std::sort(expected.begin(), expected.end(), [&](const std::string& a, const std::string& b) {
        auto email = [&](const std::string& id) {
            return std::find_if(f.users.begin(), f.users.end(),
                                [&](const model::User& u) { return u.id == id; })
                ->email;
        };
        return email(a) < email(b);
    });
    store::UserQuery q;
    q.metadata = {c};
    QCOMPARE(allPages(*f.s, q, 4), expected);
    checkPositions(*f.s, q, expected);
    // Combined (AND) with a second condition.
    MetadataCondition region{store::MetadataField::Metadata, "region", Op::Equals, "us-east-2",
                             true};
    q.metadata.push_back(region);
    std::vector<std::string> both;
    for (const std::string& id : expected) {
        const auto& u = *std::find_if(f.users.begin(), f.users.end(),
                                      [&](const model::User& x) { return x.id == id; });
        if (holds(u, region))
            both.push_back(id);
    }
    QCOMPARE(allPages(*f.s, q, 3), both);
    checkPositions(*f.s, q, both);
}

void TestStoreSearch::textSearch()
{
    Fixture f(1000);
    auto count = [&](const char* text) {
        store::UserQuery q;
        q.text = text;
        const std::vector<std::string> ids = allPages(*f.s, q, 7);
        checkPositions(*f.s, q, ids);
        return ids.size();
    };
    QCOMPARE(count("ada"), std::size_t(10));   // Ada and Adam
    QCOMPARE(count("ada l"), std::size_t(5));  // the full name "ada lovelace"
    QCOMPARE(count("TURING"), std::size_t(5)); // last name, any case
    QCOMPARE(count("grace hop"), std::size_t(5));
    QCOMPARE(count("édith"), std::size_t(5)); // non-ASCII, folded
    QCOMPARE(count("ÉDITH"), std::size_t(5));
    QCOMPARE(count("edith"), std::size_t(5)); // without the accent
    QCOMPARE(count("zoe"), std::size_t(5));
    QCOMPARE(count("user10"), std::size_t(10)); // email prefix: user100..109
    QCOMPARE(count("nobody"), std::size_t(0));
}

void TestStoreSearch::exactFields()
{
    Fixture f(1000);
    store::UserQuery q;
    q.email = "USER105@example.com";
    QCOMPARE(allPages(*f.s, q, 5), std::vector<std::string>{f.users[5].id});
    q = {};
    q.externalId = "crm-9";
    QCOMPARE(allPages(*f.s, q, 5), std::vector<std::string>{f.users[9].id});
}

void TestStoreSearch::organizationMembers()
{
    for (int threshold : {3, 1000}) {
        Fixture f(threshold);
        store::UserQuery q;
        q.organizationId = f.org;
        const std::vector<std::string> found = allPages(*f.s, q, 2);
        QCOMPARE(std::set<std::string>(found.begin(), found.end()), f.members);
        checkPositions(*f.s, q, found);
        q.metadata = {{store::MetadataField::Metadata, "plan", Op::Equals, "pro", true}};
        for (const std::string& id : allPages(*f.s, q, 2))
            QVERIFY(f.members.count(id));
        q = {};
        q.organizationId = "org_01JB00000000000000000000X0";
        QCOMPARE(f.s->findUsers(q).error().kind, store::ErrorKind::NotFound);
    }
}

void TestStoreSearch::sortingAndPaging()
{
    Fixture f(1000);
    for (auto sort : {store::UserSort::Email, store::UserSort::Name, store::UserSort::CreatedAt,
                      store::UserSort::UpdatedAt}) {
        for (bool descending : {false, true}) {
            store::UserQuery q;
            q.sort = sort;
            q.descending = descending;
            const std::vector<std::string> ids = allPages(*f.s, q, 4);
            QCOMPARE(ids.size(), f.users.size());
            QCOMPARE(std::set<std::string>(ids.begin(), ids.end()).size(), f.users.size());
            // Whole list in one page: the same order.
            q.limit = 1000;
            std::vector<std::string> once;
            const auto whole = f.s->findUsers(q);
            for (const model::User& u : whole->items)
                once.push_back(u.id);
            QCOMPARE(ids, once);
            checkPositions(*f.s, q, ids);
        }
    }
    // Names sort case-insensitively with ties broken by row.
    store::UserQuery q;
    q.sort = store::UserSort::Name;
    q.limit = 1000;
    const auto page = f.s->findUsers(q);
    QCOMPARE(*page->items.front().firstName, std::string("Ada"));
    QCOMPARE(*page->items.back().firstName, std::string("Zoë"));
    // A page cursor stays valid when users are added before it.
    q.limit = 10;
    q.sort = store::UserSort::Email;
    const auto first = f.s->findUsers(q);
    model::User early;
    early.email = "aaa@example.com";
    f.s->createUser(early);
    q.after = first->next;
    const auto second = f.s->findUsers(q);
    QCOMPARE(second->items.front().email, std::string("user110@example.com"));
}

void TestStoreSearch::badCursor()
{
    Fixture f(1000);
    store::UserQuery q;
    q.after = "not-a-cursor";
    const auto r = f.s->findUsers(q);
    QCOMPARE(r.error().kind, store::ErrorKind::Invalid);
    QCOMPARE(r.error().field, std::string("after"));
}

void TestStoreSearch::keyStatistics()
{
    Fixture f(1000);
    const auto keys =
        f.s->metadataKeys(store::MetadataObject::User, store::MetadataField::Metadata);
    QVERIFY(keys);
    // Most frequent first: plan and region on all 30, beta on 6, seats on 5.
    QCOMPARE(keys->size(), std::size_t(4));
    QCOMPARE(keys->at(0).count, 30);
    QCOMPARE(keys->at(2).key, std::string("beta"));
    QCOMPARE(keys->at(2).count, 6);
    QCOMPARE(keys->at(2).kinds, std::uint8_t(2)); // booleans
    QCOMPARE(keys->at(3).key, std::string("seats"));
    QCOMPARE(keys->at(3).kinds, std::uint8_t(4)); // numbers
    // A value changing kind moves the counts.
    model::User u = f.users[0];
    u.metadata.set("seats", "many");
    QVERIFY(f.s->updateUser(u));
    const auto after =
        f.s->metadataKeys(store::MetadataObject::User, store::MetadataField::Metadata);
    QCOMPARE(after->at(3).count, 5);
    QCOMPARE(after->at(3).kinds, std::uint8_t(4 | 8));
    const auto um =
        f.s->metadataKeys(store::MetadataObject::User, store::MetadataField::UserMetadata);
    QCOMPARE(um->size(), std::size_t(1));
    QCOMPARE(um->at(0).count, 15);
}

QTEST_GUILESS_MAIN(TestStoreSearch)
#include "tst_store_search.moc"
