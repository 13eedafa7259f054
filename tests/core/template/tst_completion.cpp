// The completion API the editor uses: what can be typed at a cursor and the
// type of the path under it. The cursor is written into the text as '‸'.

#include "TestSupport.h"
#include "template/Completion.h"
#include "template/Token.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace claimsmith;
using namespace claimsmith::tmpl;

namespace {

struct AtCursor
{
    std::string text;
    std::uint32_t cursor = 0;
};

AtCursor at(std::string_view marked)
{
    AtCursor a;
    const std::string_view caret = "‸";
    const std::size_t bar = marked.find(caret);
    a.text = std::string(marked.substr(0, bar)) + std::string(marked.substr(bar + caret.size()));
    a.cursor = static_cast<std::uint32_t>(bar);
    return a;
}

Completion completeAt(std::string_view marked, const Vocabulary* v)
{
    const AtCursor a = at(marked);
    return complete(a.text, a.cursor, v);
}

QStringList labels(const Completion& c, std::size_t max = 100)
{
    QStringList l;
    for (std::size_t i = 0; i < c.items.size() && i < max; ++i)
        l << QString::fromStdString(c.items[i].label);
    return l;
}

Vocabulary storeVocabulary()
{
    Vocabulary v;
    v.setKeys(Bag::UserMetadata, {{"plan", 120, AcceptString},
                                  {"tier", 900, AcceptString},
                                  {"billing.plan", 40, AcceptString},
                                  {"feature_flags", 300, AcceptArray},
                                  {"seats", 900, AcceptNumber | AcceptNull}});
    v.setKeys(Bag::OrganizationMetadata, {{"region", 7, AcceptString}});
    v.roles = {
        {"admin", "Admin", "full access"}, {"member", "Member", ""}, {"viewer", "Viewer", ""}};
    v.permissions = {{"users:read", "", ""}, {"users:write", "", ""}};
    return v;
}

} // namespace

class TestCompletion : public QObject
{
    Q_OBJECT

private slots:
    void rootsAfterOpeningBraces();
    void rootsFilteredByPrefix();
    void schemaFields();
    void metadataKeysInCountOrder();
    void metadataKeyNeedingBrackets();
    void filtersWithSignatures();
    void filterArguments();
    void roleAndPermissionSlugs();
    void typeUnderCursor();
    void outsideHoles();
    void unterminatedHoleWhileTyping();
    void insideStringHole();
    void tokensForHighlighting();
};

void TestCompletion::rootsAfterOpeningBraces()
{
    const Completion c = completeAt(R"({"urn:a": {{ ‸}})", nullptr);
    QVERIFY(c.inHole);
    QCOMPARE(labels(c), QStringList({u"user"_s, u"organization"_s, u"organization_membership"_s,
                                     u"application"_s, u"session"_s}));
    QCOMPARE(c.items[0].kind, CompletionKind::Root);
    // Also right after '{{' with no space, and after '||'.
    QCOMPARE(labels(completeAt(R"({"urn:a": {{‸}})", nullptr)).size(), 5);
    QCOMPARE(labels(completeAt(R"({"urn:a": {{ user.email || ‸}})", nullptr)).size(), 5);
}

void TestCompletion::rootsFilteredByPrefix()
{
    const Completion c = completeAt(R"({"urn:a": {{ org‸ }}})", nullptr);
    QCOMPARE(labels(c), QStringList({u"organization"_s, u"organization_membership"_s}));
    QCOMPARE(c.prefix, std::string("org"));
    // The replace range is the whole word at the cursor.
    const AtCursor a = at(R"({"urn:a": {{ org‸ }}})");
    QCOMPARE(c.replace.start, a.cursor - 3);
    QCOMPARE(c.replace.end, a.cursor);
    // Contains-matches come after prefix matches.
    QCOMPARE(labels(completeAt(R"({"urn:a": {{ ses‸ }}})", nullptr)), QStringList({u"session"_s}));
    QCOMPARE(labels(completeAt(R"({"urn:a": {{ member‸ }}})", nullptr)),
             QStringList({u"organization_membership"_s}));
}

void TestCompletion::schemaFields()
{
    Completion c = completeAt(R"({"urn:a": {{ user.‸ }}})", nullptr);
    QCOMPARE(labels(c, 4),
             QStringList({u"id"_s, u"email"_s, u"email_verified"_s, u"first_name"_s}));
    QCOMPARE(c.items[0].kind, CompletionKind::Field);
    QVERIFY2(c.items[3].detail.find("string or null") != std::string::npos,
             c.items[3].detail.c_str());
    c = completeAt(R"({"urn:a": {{ user.first‸ }}})", nullptr);
    QCOMPARE(labels(c), QStringList({u"first_name"_s}));
    c = completeAt(R"({"urn:a": {{ organization.domains.0.‸ }}})", nullptr);
    QCOMPARE(labels(c), QStringList({u"domain"_s, u"state"_s}));
    c = completeAt(R"({"urn:a": {{ organization.domains.‸ }}})", nullptr);
    QCOMPARE(labels(c), QStringList({u"0"_s}));
    c = completeAt(R"({"urn:a": {{ organization_membership.role.‸ }}})", nullptr);
    QCOMPARE(labels(c), QStringList({u"slug"_s}));
    // A camelCase root still completes its fields.
    c = completeAt(R"({"urn:a": {{ organizationMembership.‸ }}})", nullptr);
    QVERIFY(labels(c).contains(u"roles"_s));
}

void TestCompletion::metadataKeysInCountOrder()
{
    const Vocabulary v = storeVocabulary();
    Completion c = completeAt(R"({"urn:a": {{ user.metadata.‸ }}})", &v);
    QCOMPARE(labels(c), QStringList({u"seats"_s, u"tier"_s, u"feature_flags"_s, u"plan"_s,
                                     u"billing.plan"_s}));
    QCOMPARE(c.items[0].kind, CompletionKind::MetadataKey);
    QCOMPARE(c.items[0].count, 900);
    QVERIFY2(c.items[0].detail.find("900 records") != std::string::npos, c.items[0].detail.c_str());
    QVERIFY2(c.items[0].detail.find("number, null") != std::string::npos,
             c.items[0].detail.c_str());
    c = completeAt(R"({"urn:a": {{ user.metadata.pl‸ }}})", &v);
    QCOMPARE(labels(c), QStringList({u"plan"_s, u"billing.plan"_s}));
    c = completeAt(R"({"urn:a": {{ organization.metadata.‸ }}})", &v);
    QCOMPARE(labels(c), QStringList({u"region"_s}));
    // A bag the store has no keys for: nothing to offer, no error.
    QVERIFY(completeAt(R"({"urn:a": {{ application.metadata.‸ }}})", &v).items.empty());
    QVERIFY(completeAt(R"({"urn:a": {{ user.metadata.‸ }}})", nullptr).items.empty());
}

void TestCompletion::metadataKeyNeedingBrackets()
{
    const Vocabulary v = storeVocabulary();
    const AtCursor a = at(R"({"urn:a": {{ user.metadata.‸ }}})");
    const Completion c = complete(a.text, a.cursor, &v);
    const auto it = std::find_if(c.items.begin(), c.items.end(),
                                 [](const CompletionItem& i) { return i.label == "billing.plan"; });
    QVERIFY(it != c.items.end());
    QCOMPARE(it->insertText, std::string("['billing.plan']"));
    QCOMPARE(it->replace.start, a.cursor - 1); // replaces the '.'
    std::string applied = a.text;
    applied.replace(it->replace.start, it->replace.length(), it->insertText);
    QCOMPARE(applied, std::string(R"({"urn:a": {{ user.metadata['billing.plan'] }}})"));
    // After '[' the keys come quoted.
    const Completion b = completeAt(R"({"urn:a": {{ user.metadata[‸ }}})", &v);
    QCOMPARE(b.items[0].insertText, std::string("'seats'"));
}

void TestCompletion::filtersWithSignatures()
{
    Completion c = completeAt(R"({"urn:a": {{ user.email | ‸ }}})", nullptr);
    QCOMPARE(c.items.size(), filters().size());
    QCOMPARE(c.items[0].kind, CompletionKind::Filter);
    // Filters that take the input's kind (a string) come first.
    QCOMPARE(c.items[0].label, std::string("default"));
    QCOMPARE(c.items[1].label, std::string("downcase"));
    const auto replace = std::find_if(c.items.begin(), c.items.end(),
                                      [](const CompletionItem& i) { return i.label == "replace"; });
    QVERIFY(replace->detail.rfind("replace: search, replacement", 0) == 0);
    c = completeAt(R"({"urn:a": {{ organization_membership.roles | m‸ }}})", nullptr);
    QCOMPARE(c.items[0].label, std::string("map"));
    // After an array, array filters lead.
    c = completeAt(R"({"urn:a": {{ organization.domains | ‸ }}})", nullptr);
    QCOMPARE(c.items[1].label, std::string("join"));
}

void TestCompletion::filterArguments()
{
    Completion c =
        completeAt(R"({"urn:a": {{ organization_membership.roles | map: ‸ }}})", nullptr);
    QVERIFY(c.filter);
    QCOMPARE(c.filter->name, std::string_view("map"));
    QCOMPARE(c.argumentIndex, 0);
    QCOMPARE(c.items[0].label, std::string("slug"));
    QCOMPARE(c.items[0].insertText, std::string("'slug'"));
    c = completeAt(R"({"urn:a": {{ user.email | replace: 'a', ‸ }}})", nullptr);
    QCOMPARE(c.filter->name, std::string_view("replace"));
    QCOMPARE(c.argumentIndex, 1);
}

void TestCompletion::roleAndPermissionSlugs()
{
    const Vocabulary v = storeVocabulary();
    Completion c =
        completeAt(R"({"urn:a": {{ organization_membership.roles | where: 'slug', 'a‸' }}})", &v);
    QCOMPARE(labels(c), QStringList({u"admin"_s}));
    QCOMPARE(c.items[0].kind, CompletionKind::Role);
    c = completeAt(R"({"urn:a": {{ organization_membership.role.slug || '‸' }}})", &v);
    QCOMPARE(labels(c), QStringList({u"admin"_s, u"member"_s, u"viewer"_s}));
    c = completeAt(R"({"urn:a": {{ organization_membership.permissions | where: 'x', 'us‸' }}})",
                   &v);
    QCOMPARE(labels(c), QStringList({u"users:read"_s, u"users:write"_s}));
    QCOMPARE(c.items[0].kind, CompletionKind::Permission);
    // Other strings get no slugs.
    QVERIFY(completeAt(R"({"urn:a": {{ user.email | append: '‸' }}})", &v).items.empty());
}

void TestCompletion::typeUnderCursor()
{
    const Vocabulary v = storeVocabulary();
    Completion c = completeAt(R"({"urn:a": {{ user.meta‸data.tier }}})", &v);
    QCOMPARE(c.path, std::string("user.metadata"));
    QCOMPARE(c.type.kind, Kind::Object);
    QCOMPARE(c.type.bag, Bag::UserMetadata);
    c = completeAt(R"({"urn:a": {{ user.metadata.ti‸er }}})", &v);
    QCOMPARE(c.path, std::string("user.metadata.tier"));
    QCOMPARE(c.typeDescription, std::string("string or null"));
    c = completeAt(R"({"urn:a": {{ user.first_na‸me }}})", &v);
    QCOMPARE(c.typeDescription, std::string("string or null"));
    c = completeAt(R"({"urn:a": {{ organization.dom‸ains }}})", &v);
    QCOMPARE(c.typeDescription, std::string("array of {domain, state}"));
    c = completeAt(R"({"urn:a": {{ user.email | default: user.first‸_name }}})", &v);
    QCOMPARE(c.path, std::string("user.first_name"));
}

void TestCompletion::outsideHoles()
{
    QVERIFY(!completeAt(R"({"urn:‸a": 1})", nullptr).inHole);
    QVERIFY(completeAt(R"({"urn:a": {{ user.email }}‸})", nullptr).items.empty());
    QVERIFY(completeAt(R"(‸)", nullptr).items.empty());
}

void TestCompletion::unterminatedHoleWhileTyping()
{
    // The admin has typed '{{ user.' and nothing after it yet.
    const Completion c = completeAt("{\n  \"urn:a\": {{ user.‸\n}", nullptr);
    QVERIFY(c.inHole);
    QVERIFY(labels(c).contains(u"email"_s));
    const Completion d = completeAt("{\n  \"urn:a\": {{ us‸\n}", nullptr);
    QCOMPARE(labels(d), QStringList({u"user"_s}));
    // '{{ ' typed before the '}' of the object, on the same line; and before a path.
    QCOMPARE(labels(completeAt(R"({"urn:a": {{ ‸})", nullptr)).size(), 5);
    QCOMPARE(labels(completeAt(R"({"urn:a": {{ ‸ user.email }}})", nullptr)).size(), 5);
}

void TestCompletion::insideStringHole()
{
    const Vocabulary v = storeVocabulary();
    const Completion c = completeAt(R"({"urn:a": "Hi {{ user.metadata.t‸ }}!"})", &v);
    QCOMPARE(labels(c), QStringList({u"tier"_s, u"seats"_s, u"feature_flags"_s}));
}

void TestCompletion::tokensForHighlighting()
{
    const std::string text =
        R"({"urn:a": "x {{ user.metadata.tier | default: 'free' }}", "n": [1, true]})";
    const std::vector<Token> tokens = tokenize(text);
    QStringList kinds;
    for (const Token& t : tokens)
        kinds << QString::fromLatin1(tokenKindName(t.kind));
    std::vector<TokenKind> got;
    for (const Token& t : tokens)
        got.push_back(t.kind);
    const std::vector<TokenKind> expected = {
        TokenKind::LBrace,    TokenKind::MemberName, TokenKind::Colon,     TokenKind::TemplateHead,
        TokenKind::HoleOpen,  TokenKind::Root,       TokenKind::Dot,       TokenKind::Field,
        TokenKind::Dot,       TokenKind::Field,      TokenKind::Pipe,      TokenKind::FilterName,
        TokenKind::ExprColon, TokenKind::ExprString, TokenKind::HoleClose, TokenKind::TemplateTail,
        TokenKind::Comma,     TokenKind::MemberName, TokenKind::Colon,     TokenKind::LBracket,
        TokenKind::Number,    TokenKind::Comma,      TokenKind::Keyword,   TokenKind::RBracket,
        TokenKind::RBrace};
    QVERIFY2(got == expected, qPrintable(kinds.join(u' ')));
    // Tokens cover the text without overlap, in order.
    std::uint32_t last = 0;
    for (const Token& t : tokens) {
        QVERIFY(t.span.start >= last);
        QVERIFY(t.span.end >= t.span.start);
        last = t.span.end;
    }
    QCOMPARE(tokens[3].text(text), std::string_view("\"x "));
    QCOMPARE(tokens[15].text(text), std::string_view("\""));
}

QTEST_APPLESS_MAIN(TestCompletion)
#include "tst_completion.moc"
