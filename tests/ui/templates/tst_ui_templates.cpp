// The Templates page: the preview of a real user's claims as the draft is
// typed, drafts that survive the page, saving, promoting, reverting and
// comparing versions.
#include "UiTestSupport.h"
#include "common/Settings.h"
#include "templates/DiagnosticListModel.h"
#include "templates/DraftStore.h"
#include "templates/PreviewPanel.h"
#include "templates/RolloutDialog.h"
#include "templates/TemplateCodeEditor.h"
#include "templates/TemplateTextEdit.h"
#include "templates/TemplatesPage.h"
#include "templates/VersionDiff.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>
using namespace claimsmith;
using namespace Qt::StringLiterals;

namespace {

constexpr const char* kTemplate = R"({
  "urn:test:email": {{ user.email }},
  "urn:test:plan": {{ user.metadata.plan || 'free' }}
})";

template <class T>
T* child(QWidget* parent, const char* name)
{
    T* w = parent->findChild<T*>(QString::fromLatin1(name));
    if (!w)
        qFatal("no widget %s", name);
    return w;
}

model::User seedUser(test::TempStore& s, const std::string& email, const char* plan)
{
    model::User u;
    u.email = email;
    u.firstName = "Ada";
    if (plan)
        u.metadata = json::Value::object({{"plan", plan}});
    store::Result<model::User> created = s->createUser(u);
    if (!created)
        qFatal("cannot create a user");
    return *created;
}

// QTest::keyClicks cannot type a line break: Return for each one.
void type(QWidget* w, const QString& text)
{
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(w, Qt::Key_Return);
        QTest::keyClicks(w, lines[i]);
    }
}

struct Page
{
    explicit Page(test::UiFixture& f)
    {
        page.resize(1400, 900);
        page.setSession(&f.session());
        page.show();
    }
    ~Page() { page.setSession(nullptr); }
    ui::TemplatesPage page;
    ui::PreviewPanel* preview() { return page.preview(); }
    ui::TemplateTextEdit* editor() { return page.editor()->textEdit(); }
};

} // namespace

class TestTemplatesPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void previewShowsTheUsersClaims();
    void typingUpdatesThePreviewAndErrorsKeepTheLastGoodOne();
    void theTokenIsSignedAndVerifiesOffTheGuiThread();
    void draftsSurviveThePage();
    void saveVersionPromoteAndRevert();
    void productionAfterACleanRolloutCheck();
    void failuresNeedAnAuditedOverride();
    void diffPairsChangedLines();
    void previewAsAUserWithAndWithoutAKey();
    void hoverLinksClaimsAndHolesBothWays();
    void csvExportHasEveryRowAndNoFormulas();
};

void TestTemplatesPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestTemplatesPage::init()
{
    // Drafts of earlier tests must not leak into this one.
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/drafts"_s)
        .removeRecursively();
}

void TestTemplatesPage::previewShowsTheUsersClaims()
{
    test::UiFixture f;
    QVERIFY(f.store->createTemplate("default", kTemplate, "first"));
    const model::User ada = seedUser(f.store, "ada@example.com", "gold");
    const model::User bob = seedUser(f.store, "bob@example.com", nullptr);
    Page p(f);
    QTRY_COMPARE(p.page.currentTemplate(), u"default"_s);
    QTRY_VERIFY(p.preview()->hasSubject());
    // The first user is previewed from the start; pick each by email.
    p.preview()->setUser(u"ada@example.com"_s);
    QTRY_VERIFY2(p.preview()->claimsText().contains(u"\"urn:test:plan\": \"gold\""_s),
                 qPrintable(p.preview()->claimsText()));
    QVERIFY(p.preview()->claimsText().contains(u"\"urn:test:email\": \"ada@example.com\""_s));
    // A user without the key gets the fallback; by id this time.
    p.preview()->setUser(QString::fromStdString(bob.id));
    QTRY_VERIFY2(p.preview()->claimsText().contains(u"\"urn:test:plan\": \"free\""_s),
                 qPrintable(p.preview()->claimsText()));
    // The full payload starts with the standard claims.
    QVERIFY(p.preview()->payloadText().contains(
        u"\"sub\": \"%1\""_s.arg(QString::fromStdString(bob.id))));
    // Nobody by that name: said plainly, the last preview stays.
    p.preview()->setUser(u"nobody@example.com"_s);
    QTRY_VERIFY(child<QLabel>(&p.page, "previewUserLabel")->text().contains(u"No user has"_s));
    QVERIFY(p.preview()->claimsText().contains(u"bob@example.com"_s));
    Q_UNUSED(ada);
}

void TestTemplatesPage::typingUpdatesThePreviewAndErrorsKeepTheLastGoodOne()
{
    test::UiFixture f;
    QVERIFY(f.store->createTemplate("default", kTemplate, "first"));
    seedUser(f.store, "ada@example.com", "gold");
    Page p(f);
    QTRY_VERIFY(p.preview()->claimsText().contains(u"gold"_s));
    // Type a new claim before the closing brace, with real key events.
    ui::TemplateTextEdit* e = p.editor();
    e->setFocus();
    int line = 0, index = 0;
    e->lineIndexFromPosition(static_cast<int>(e->text().toUtf8().lastIndexOf('}')), &line, &index);
    e->setCursorPosition(line - 1, e->text(line - 1).size() - 1);
    type(e, u",\n\"urn:test:n\": 42"_s);
    QTRY_VERIFY2(p.preview()->claimsText().contains(u"\"urn:test:n\": 42"_s),
                 qPrintable(e->text()));
    QVERIFY(!p.preview()->isStale());
    QVERIFY(p.page.hasUnsavedChanges());
    // Break it: the errors are listed, the last good claims stay, greyed.
    QTest::keyClicks(e, u" {{ user."_s);
    QTRY_VERIFY(p.preview()->isStale());
    QVERIFY(p.preview()->claimsText().contains(u"\"urn:test:n\": 42"_s));
    QVERIFY(p.page.editor()->diagnosticsModel()->rowCount() > 0);
    // Saving refuses, and says why.
    QSignalSpy status(&p.page, &ui::Page::statusMessage);
    p.page.saveVersion(u"broken"_s);
    QCOMPARE(status.count(), 1);
    QVERIFY(status[0][0].toString().contains(u"errors"_s));
    QCOMPARE(f.store->templateVersions("default")->size(), std::size_t(1));
    // Undo (the editor's own) brings back a good draft.
    for (int i = 0; i < 20 && p.preview()->isStale(); ++i)
        e->undo();
    QTRY_VERIFY(!p.preview()->isStale());
}

void TestTemplatesPage::theTokenIsSignedAndVerifiesOffTheGuiThread()
{
    test::UiFixture f;
    QVERIFY(f.store->createTemplate("default", kTemplate, "first"));
    seedUser(f.store, "ada@example.com", "gold");
    Page p(f);
    QTRY_VERIFY(p.preview()->claimsText().contains(u"gold"_s));
    // This store has no active key: the preview says so; a temporary one signs.
    auto* key = child<QComboBox>(&p.page, "previewKey");
    key->setCurrentIndex(key->findData(u"ES256"_s));
    emit key->activated(key->currentIndex());
    QTRY_COMPARE(p.preview()->verification(), u"valid"_s);
    const QString token = p.preview()->tokenText();
    QCOMPARE(token.count(u'.'), 2);
    QVERIFY(child<QLabel>(&p.page, "previewVerify")->text().contains(u"verifies"_s));
    // RS256 too (key generation and signing happen on other threads).
    key->setCurrentIndex(key->findData(u"RS256"_s));
    emit key->activated(key->currentIndex());
    QTRY_VERIFY(p.preview()->tokenText() != token && p.preview()->verification() == u"valid"_s);
}

void TestTemplatesPage::draftsSurviveThePage()
{
    test::UiFixture f;
    QVERIFY(f.store->createTemplate("default", kTemplate, "first"));
    {
        Page p(f);
        QTRY_COMPARE(p.page.currentTemplate(), u"default"_s);
        p.editor()->setFocus();
        p.editor()->setCursorPosition(0, 1);
        type(p.editor(), u"\n\"urn:test:typed\": true,"_s);
        QVERIFY(p.page.hasUnsavedChanges());
        // The page goes away at once (a quit): the draft is on disk anyway.
    }
    ui::DraftStore drafts(f.session().location());
    const std::optional<ui::DraftStore::Draft> draft = drafts.load(u"default"_s);
    QVERIFY(draft);
    QVERIFY(draft->text.contains(u"urn:test:typed"_s));
    QCOMPARE(draft->baseVersion, 1);
    // The next time, it is offered back with a note.
    Page again(f);
    QTRY_VERIFY(again.editor()->text().contains(u"urn:test:typed"_s));
    QVERIFY(child<QLabel>(&again.page, "draftBanner")->isVisible());
    QVERIFY(again.page.hasUnsavedChanges());
}

void TestTemplatesPage::saveVersionPromoteAndRevert()
{
    test::UiFixture f;
    test::TestPrompter prompter;
    QVERIFY(f.store->createTemplate("default", kTemplate, "first"));
    Page p(f);
    QTRY_COMPARE(p.page.versions().size(), std::size_t(1));
    p.editor()->setFocus();
    p.editor()->setCursorPosition(0, 1);
    type(p.editor(), u"\n\"urn:test:v2\": 2,"_s);
    QTest::keyClicks(child<QLineEdit>(&p.page, "versionComment"), u"adds v2"_s);
    QTest::keyClick(p.editor(), Qt::Key_S, Qt::ControlModifier);
    QTRY_COMPARE(p.page.versions().size(), std::size_t(2));
    QVERIFY(!p.page.hasUnsavedChanges());
    const store::Result<model::TemplateVersion> v2 = f.store->templateVersion("default", 2);
    QVERIFY(v2);
    QCOMPARE(v2->comment, std::string("adds v2"));
    QVERIFY(v2->content.find("urn:test:v2") != std::string::npos);
    QVERIFY(!ui::DraftStore(f.session().location()).load(u"default"_s));

    // Staging, then the list says so.
    p.page.promote(2, u"staging"_s);
    QTRY_COMPARE(f.store->templateByName("default")->stagingVersion, std::optional<int>(2));
    // Newest first.
    QTRY_VERIFY(child<QTreeWidget>(&p.page, "versionList")
                    ->topLevelItem(0)
                    ->text(0)
                    .contains(u"staging"_s));

    // Revert to version 1: the text comes back as a draft, saved as version 3.
    p.page.revertTo(1);
    QCOMPARE(p.editor()->text(), QString::fromUtf8(kTemplate));
    QCOMPARE(child<QLineEdit>(&p.page, "versionComment")->text(), u"Revert to version 1"_s);
    p.page.saveVersion(child<QLineEdit>(&p.page, "versionComment")->text());
    QTRY_COMPARE(p.page.versions().size(), std::size_t(3));
    QCOMPARE(f.store->templateVersion("default", 3)->content, std::string(kTemplate));
    QVERIFY(prompter.asked.isEmpty());
}

void TestTemplatesPage::productionAfterACleanRolloutCheck()
{
    test::UiFixture f;
    test::TestPrompter prompter;
    QVERIFY(f.store->createTemplate("default", kTemplate, "first"));
    seedUser(f.store, "ada@example.com", "gold");
    seedUser(f.store, "bob@example.com", nullptr);
    Page p(f);
    QTRY_COMPARE(p.page.versions().size(), std::size_t(1));
    p.page.promote(1, u"production"_s);
    ui::RolloutDialog* check = p.page.rolloutDialog();
    QVERIFY(check);
    QTRY_VERIFY(check->report().has_value());
    // Nothing in production yet: every claim of both users is added.
    QCOMPARE(check->report()->usersChecked, 2);
    QCOMPARE(check->report()->changed, 2);
    QCOMPARE(check->report()->failed, 0);
    QVERIFY(check->isClean());
    QVERIFY(child<QLabel>(check, "rolloutSummary")->text().contains(u"2 users checked"_s));
    // The report exports.
    const QString json = QDir::temp().filePath(u"tst_ui_templates-rollout.json"_s);
    QVERIFY(check->exportTo(json, false));
    QFile exported(json);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    QVERIFY(exported.readAll().contains("\"users_checked\": 2"));
    exported.close();
    QFile::remove(json);
    // Clean: promoting asks nothing more and the audit log has the figures.
    QTest::mouseClick(child<QPushButton>(check, "rolloutPromote"), Qt::LeftButton);
    QTRY_COMPARE(f.store->templateByName("default")->productionVersion, std::optional<int>(1));
    QVERIFY(prompter.asked.isEmpty());
    store::AuditQuery q;
    q.action = "template.promote";
    const auto events = f.store->findAuditEvents(q);
    QVERIFY(events);
    QCOMPARE(events->items.size(), std::size_t(1));
    const json::Value* note = events->items[0].after.find("note");
    QVERIFY(note);
    QVERIFY2(note->string().find("2 users checked, 2 changed, 0 failed") != std::string::npos,
             note->string().c_str());
}

void TestTemplatesPage::failuresNeedAnAuditedOverride()
{
    test::UiFixture f;
    test::TestPrompter prompter;
    QVERIFY(f.store->createTemplate("default", kTemplate, "first"));
    QVERIFY(f.store->promoteTemplate("default", 1, "production", 1, {}));
    // Version 2 fails for users whose plan is not a number.
    QVERIFY(f.store->addTemplateVersion(
        "default", R"({"urn:test:plan": {{ user.metadata.plan | to_number }}})", "strict", 2));
    seedUser(f.store, "ada@example.com", "gold");
    seedUser(f.store, "bob@example.com", nullptr);
    Page p(f);
    QTRY_COMPARE(p.page.versions().size(), std::size_t(2));
    p.page.promote(2, u"production"_s);
    ui::RolloutDialog* check = p.page.rolloutDialog();
    QVERIFY(check);
    QTRY_VERIFY(check->report().has_value());
    QCOMPARE(check->report()->usersChecked, 2);
    QVERIFY(!check->isClean());
    auto* promote = child<QPushButton>(check, "rolloutPromote");
    QVERIFY(promote->text().contains(u"Anyway"_s));
    // No: nothing changes.
    prompter.confirmAnswers = {false};
    QTest::mouseClick(promote, Qt::LeftButton);
    QCOMPARE(prompter.asked.size(), 1);
    QVERIFY(prompter.asked[0].startsWith(u"confirm: Promote Anyway: "_s));
    QCOMPARE(f.store->templateByName("default")->productionVersion, std::optional<int>(1));
    // Yes: promoted, and the audit log says it was an override.
    QTest::mouseClick(promote, Qt::LeftButton);
    QTRY_COMPARE(f.store->templateByName("default")->productionVersion, std::optional<int>(2));
    store::AuditQuery q;
    q.action = "template.promote";
    const auto events = f.store->findAuditEvents(q);
    QVERIFY(events);
    const json::Value* note = events->items[0].after.find("note");
    QVERIFY(note);
    QVERIFY2(note->string().find("override") != std::string::npos, note->string().c_str());
}

void TestTemplatesPage::diffPairsChangedLines()
{
    const auto rows = ui::diffLines(u"a\nb\nc\nd"_s, u"a\nB\nc\nd\ne"_s);
    QCOMPARE(rows.size(), std::size_t(5));
    QCOMPARE(rows[0].kind, ui::DiffRow::Same);
    QCOMPARE(rows[1].kind, ui::DiffRow::Changed);
    QCOMPARE(rows[1].left, u"b"_s);
    QCOMPARE(rows[1].right, u"B"_s);
    QCOMPARE(rows[4].kind, ui::DiffRow::Added);
    QCOMPARE(rows[4].rightLine, 5);
    QCOMPARE(rows[4].leftLine, 0);
    // Identical texts: nothing but Same rows.
    for (const ui::DiffRow& r : ui::diffLines(u"x\ny"_s, u"x\ny"_s))
        QCOMPARE(r.kind, ui::DiffRow::Same);
    // Removed lines in the middle.
    const auto removed = ui::diffLines(u"1\n2\n3\n4"_s, u"1\n4"_s);
    QCOMPARE(removed.size(), std::size_t(4));
    QCOMPARE(removed[1].kind, ui::DiffRow::Removed);
    QCOMPARE(removed[2].kind, ui::DiffRow::Removed);
    QCOMPARE(removed[3].leftLine, 4);
    QCOMPARE(removed[3].rightLine, 2);
}

void TestTemplatesPage::previewAsAUserWithAndWithoutAKey()
{
    test::UiFixture f;
    QVERIFY(f.store->createTemplate("default", kTemplate, "first"));
    const model::User ada = seedUser(f.store, "ada@example.com", "gold");
    const model::User bob = seedUser(f.store, "bob@example.com", nullptr);
    const model::User cyd = seedUser(f.store, "cyd@example.com", "silver");
    Page p(f);
    QTRY_VERIFY(p.preview()->hasSubject());
    // The template reads one user metadata key: the switch offers it.
    auto* row = child<QWidget>(&p.page, "previewAs");
    QTRY_VERIFY(row->isVisible());
    QCOMPARE(p.preview()->previewAsKeys(), QStringList{u"user.metadata.plan"_s});
    auto* with = child<QToolButton>(&p.page, "previewAsWith");
    auto* without = child<QToolButton>(&p.page, "previewAsWithout");
    QCOMPARE(with->text(), u"a user with plan"_s);
    QCOMPARE(without->text(), u"a user without plan"_s);

    p.preview()->setUser(u"ada@example.com"_s);
    QTRY_COMPARE(p.preview()->userId(), QString::fromStdString(ada.id));
    // Without: the one user who lacks it, and the fallback they get.
    QTest::mouseClick(without, Qt::LeftButton);
    QTRY_COMPARE(p.preview()->userId(), QString::fromStdString(bob.id));
    QTRY_VERIFY2(p.preview()->claimsText().contains(u"\"urn:test:plan\": \"free\""_s),
                 qPrintable(p.preview()->claimsText()));
    // With: the first user who has it (by email)...
    QTest::mouseClick(with, Qt::LeftButton);
    QTRY_COMPARE(p.preview()->userId(), QString::fromStdString(ada.id));
    QTRY_VERIFY(p.preview()->claimsText().contains(u"\"urn:test:plan\": \"gold\""_s));
    // ...and, asked again, another one than the user shown.
    QTest::mouseClick(with, Qt::LeftButton);
    QTRY_COMPARE(p.preview()->userId(), QString::fromStdString(cyd.id));
    QTRY_VERIFY(p.preview()->claimsText().contains(u"\"urn:test:plan\": \"silver\""_s));

    // A key nobody has (typed into the draft): said plainly, the user stays.
    ui::TemplateTextEdit* e = p.editor();
    e->setFocus();
    int line = 0, index = 0;
    e->lineIndexFromPosition(static_cast<int>(e->text().toUtf8().lastIndexOf('}')), &line, &index);
    e->setCursorPosition(line - 1, e->text(line - 1).size() - 1);
    type(e, u",\n\"urn:test:seats\": {{ user.metadata.seats || 0 }}"_s);
    QTRY_COMPARE(p.preview()->previewAsKeys(),
                 (QStringList{u"user.metadata.plan"_s, u"user.metadata.seats"_s}));
    auto* key = child<QComboBox>(&p.page, "previewAsKey");
    QVERIFY(key->isVisible()); // two keys: the admin picks one
    key->setCurrentIndex(1);
    QCOMPARE(with->text(), u"a user with seats"_s);
    QSignalSpy nobody(p.preview(), &ui::PreviewPanel::previewAsFoundNobody);
    QTest::mouseClick(with, Qt::LeftButton);
    QTRY_COMPARE(nobody.count(), 1);
    QCOMPARE(child<QLabel>(&p.page, "previewAsNote")->text(),
             u"No user has user.metadata.seats."_s);
    QCOMPARE(p.preview()->userId(), QString::fromStdString(cyd.id));
    // Everyone lacks it: "without" finds another user.
    QTest::mouseClick(without, Qt::LeftButton);
    QTRY_VERIFY(p.preview()->userId() != QString::fromStdString(cyd.id));
    QTRY_VERIFY(p.preview()->claimsText().contains(u"\"urn:test:seats\": 0"_s));
}

void TestTemplatesPage::hoverLinksClaimsAndHolesBothWays()
{
    test::UiFixture f;
    QVERIFY(f.store->createTemplate("default", kTemplate, "first"));
    seedUser(f.store, "ada@example.com", "gold");
    Page p(f);
    QTRY_VERIFY(p.preview()->claimsText().contains(u"gold"_s));
    QVERIFY(QTest::qWaitForWindowExposed(&p.page));
    ui::TemplateCodeEditor* editor = p.page.editor();
    const std::string text = editor->text().toStdString();
    auto spanText = [&](tmpl::Span s) { return text.substr(s.start, s.end - s.start); };
    auto move = [](QWidget* viewport, QPoint at) {
        QMouseEvent event(QEvent::MouseMove, QPointF(at), QPointF(viewport->mapToGlobal(at)),
                          Qt::NoButton, Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &event);
    };
    auto leave = [](QWidget* viewport) {
        QEvent event(QEvent::Leave);
        QApplication::sendEvent(viewport, &event);
    };

    // A claim in the preview -> the hole that produced it, in the editor.
    auto* claims = child<QTextBrowser>(&p.page, "previewClaims");
    auto pointOfClaim = [&](const QString& name) {
        for (QTextBlock b = claims->document()->begin(); b.isValid(); b = b.next()) {
            const qsizetype at = b.text().indexOf(name);
            if (at < 0)
                continue;
            QTextCursor c(b);
            c.setPosition(b.position() + static_cast<int>(at) + 2);
            return claims->cursorRect(c).center();
        }
        qFatal("no claim %s in the preview", qPrintable(name));
    };
    move(claims->viewport(), pointOfClaim(u"urn:test:plan"_s));
    QCOMPARE(p.preview()->highlightedClaim(), u"urn:test:plan"_s);
    QVERIFY(editor->highlightedRange().has_value());
    QCOMPARE(spanText(*editor->highlightedRange()),
             std::string("{{ user.metadata.plan || 'free' }}"));
    move(claims->viewport(), pointOfClaim(u"urn:test:email"_s));
    QCOMPARE(spanText(*editor->highlightedRange()), std::string("{{ user.email }}"));
    leave(claims->viewport());
    QVERIFY(!editor->highlightedRange().has_value());
    QCOMPARE(p.preview()->highlightedClaim(), QString());

    // A hole in the editor -> its claim, in the preview.
    ui::TemplateTextEdit* e = p.editor();
    auto pointOfText = [&](const char* part) {
        const auto at = static_cast<int>(text.find(part)) + 3;
        return e->pointOf(at) + QPoint(1, e->lineHeight() / 2);
    };
    QSignalSpy hovered(editor, &ui::TemplateCodeEditor::hoveredClaimChanged);
    move(e->viewport(), pointOfText("user.metadata.plan"));
    QCOMPARE(editor->hoveredClaim(), u"urn:test:plan"_s);
    QCOMPARE(p.preview()->highlightedClaim(), u"urn:test:plan"_s);
    move(e->viewport(), pointOfText("user.email"));
    QCOMPARE(p.preview()->highlightedClaim(), u"urn:test:email"_s);
    QCOMPARE(hovered.count(), 2);
    // Away from the holes: back to the claim under the caret (none at the start).
    leave(e->viewport());
    QCOMPARE(editor->hoveredClaim(), QString());
    QCOMPARE(p.preview()->highlightedClaim(), editor->currentClaim());
    QCOMPARE(p.preview()->highlightedClaim(), QString());
}

void TestTemplatesPage::csvExportHasEveryRowAndNoFormulas()
{
    // More rows than the report keeps (10,000): 5,001 users, each with two
    // claims, all added (nothing in production yet).
    test::UiFixture f;
    QVERIFY(f.store->createTemplate("default", kTemplate, "first"));
    constexpr int kUsers = 5001;
    for (int i = 0; i < kUsers; ++i) {
        model::User u;
        u.email = "user" + std::to_string(i) + "@example.com";
        // A negative number, which a spreadsheet would read as a formula.
        if (i % 2 == 0)
            u.metadata = json::Value::object({{"plan", std::int64_t(-i)}});
        QVERIFY(f.store->createUser(u));
    }
    Page p(f);
    QTRY_COMPARE(p.page.versions().size(), std::size_t(1));
    p.page.promote(1, u"production"_s);
    ui::RolloutDialog* check = p.page.rolloutDialog();
    QVERIFY(check);
    QTRY_VERIFY_WITH_TIMEOUT(check->report().has_value(), 60000);
    QCOMPARE(check->report()->usersChecked, std::int64_t(kUsers));
    QVERIFY(!check->report()->rowsComplete); // the report kept 10,000

    const QString path = QDir::temp().filePath(u"tst_ui_templates-rollout.csv"_s);
    QVERIFY(check->exportTo(path, true));
    QFile exported(path);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = exported.readAll().split('\n');
    exported.close();
    QFile::remove(path);
    // Counted independently: every user has no membership (one token), and
    // both claims render for each, so two rows per user, plus the header.
    QCOMPARE(lines.size() - 2, 2 * kUsers); // the last line is empty after the final CRLF
    QVERIFY(lines[0].startsWith("user_id,email,organization_id,claim,change,before,after,error"));
    int negatives = 0;
    int plain = 0;
    for (const QByteArray& line : lines) {
        if (!line.contains(",urn:test:plan,added,"))
            continue;
        if (line.contains(",\"'-"))
            ++negatives;
        else if (line.contains(",\"\"\"free\"\"\","))
            ++plain;
        QVERIFY2(!line.contains(",-"), line.constData()); // never a bare minus
    }
    // Users 2, 4, … have -2, -4, …; user 0 has 0 (not negative).
    QCOMPARE(negatives, (kUsers - 1) / 2);
    QCOMPARE(plain, kUsers / 2);
}

QTEST_MAIN(TestTemplatesPage)
#include "tst_ui_templates.moc"
