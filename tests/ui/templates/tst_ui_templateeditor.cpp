// The template code editor, typed into with QTest key events: completion
// from the engine and the store's vocabulary, call tips, diagnostics at their
// exact byte ranges (also after non-ASCII text), quick fixes, Format as one
// undo step, the diagnostics list, find and replace, brace matching, folding,
// the lexer's styles and the palette.

#include "UiTestSupport.h"
#include "common/Settings.h"
#include "template/Filters.h"
#include "template/Formatter.h"
#include "template/Schema.h"
#include "templates/CompletionPopup.h"
#include "templates/DiagnosticListModel.h"
#include "templates/FindBar.h"
#include "templates/TemplateCodeEditor.h"
#include "templates/TemplateCompleter.h"
#include "templates/TemplateLexer.h"
#include "templates/TemplateTextEdit.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QTreeView>

using namespace claimsmith;
using namespace claimsmith::ui;
using namespace Qt::StringLiterals;
using Sci = QsciScintillaBase;
using Runs = QList<std::pair<int, int>>;

namespace {

std::shared_ptr<const tmpl::Vocabulary> storeVocabulary()
{
    auto v = std::make_shared<tmpl::Vocabulary>();
    v->setKeys(tmpl::Bag::UserMetadata, {{"plan", 120, tmpl::AcceptString},
                                         {"tier", 900, tmpl::AcceptString},
                                         {"department", 45, tmpl::AcceptString},
                                         {"seats", 300, tmpl::AcceptNumber | tmpl::AcceptNull},
                                         {"billing.plan", 12, tmpl::AcceptString}});
    v->setKeys(tmpl::Bag::OrganizationMetadata, {{"region", 7, tmpl::AcceptString}});
    v->roles = {{"admin", "Admin", "full access"}, {"member", "Member", ""}};
    v->permissions = {{"users:read", "", ""}, {"users:write", "", ""}};
    return v;
}

QStringList labels(const CompletionPopup* popup)
{
    QStringList l;
    const QAbstractItemModel* m = popup->listView()->model();
    for (int row = 0; row < m->rowCount(); ++row)
        l << m->index(row, 0).data().toString();
    return l;
}

long send(TemplateTextEdit* e, unsigned int msg, unsigned long w = 0, long l = 0)
{
    return e->SendScintilla(msg, w, l);
}

int byteOffset(const QString& text, const QString& needle, int from = 0)
{
    const QByteArray utf8 = text.toUtf8();
    return static_cast<int>(utf8.indexOf(needle.toUtf8(), from));
}

// The [start, end) of indicator `name` around `position`; {-1, -1} when unset there.
std::pair<int, int> indicatorRange(TemplateTextEdit* e, const QString& name, int position)
{
    const auto n = static_cast<unsigned long>(e->indicator(name));
    if (send(e, Sci::SCI_INDICATORVALUEAT, n, position) == 0)
        return {-1, -1};
    return {static_cast<int>(send(e, Sci::SCI_INDICATORSTART, n, position)),
            static_cast<int>(send(e, Sci::SCI_INDICATOREND, n, position))};
}

// Every [start, end) run of indicator `name` in the document.
Runs indicatorRuns(TemplateTextEdit* e, const QString& name)
{
    Runs runs;
    const auto n = static_cast<unsigned long>(e->indicator(name));
    const auto length = static_cast<int>(send(e, Sci::SCI_GETLENGTH));
    int pos = 0;
    while (pos < length) {
        const auto end = static_cast<int>(send(e, Sci::SCI_INDICATOREND, n, pos));
        if (send(e, Sci::SCI_INDICATORVALUEAT, n, pos) != 0)
            runs.append({pos, end});
        if (end <= pos)
            break;
        pos = end;
    }
    return runs;
}

// Types text as key events, one character at a time (any Unicode text).
void type(QWidget* w, const QString& text)
{
    for (const QChar c : text) {
        if (c == u'\n') {
            QTest::keyClick(w, Qt::Key_Return);
            continue;
        }
        const auto key =
            c.isLetterOrNumber() && c.unicode() < 0x80
                ? static_cast<Qt::Key>(c.toUpper().unicode())
                : (c.unicode() < 0x80 ? static_cast<Qt::Key>(c.unicode()) : Qt::Key_unknown);
        QTest::sendKeyEvent(QTest::Press, w, key, QString(c), Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, w, key, QString(c), Qt::NoModifier);
    }
}

struct Editor
{
    Editor()
    {
        editor.resize(1000, 700);
        editor.show();
        editor.activateWindow();
        if (!QTest::qWaitForWindowActive(&editor))
            qWarning("the editor window did not become active");
        edit()->setFocus();
        editor.setVocabulary(storeVocabulary());
    }
    TemplateCodeEditor editor;
    TemplateTextEdit* edit() const { return editor.textEdit(); }
    CompletionPopup* popup() const { return editor.completionPopup(); }
    QString text() const { return editor.text(); }
    // Loads `text` and puts the caret where `marker` was (the marker removed).
    void load(const QString& withCaret, const QString& marker = u"‸"_s)
    {
        const qsizetype at = withCaret.indexOf(marker);
        QString plain = withCaret;
        if (at >= 0)
            plain.remove(at, marker.size());
        editor.setText(plain);
        if (at >= 0)
            edit()->setCaretPosition(static_cast<int>(plain.left(at).toUtf8().size()));
    }
};

} // namespace

class TestTemplateEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void metadataKeysInCountOrder();
    void rootsAndSchemaFields();
    void filtersAndCallTips();
    void roleSlugsInStringLiterals();
    void typoHasExactRangeAndQuickFix();
    void nonAsciiTextKeepsExactRanges();
    void formatKeepsHolesAsOneUndoStep();
    void diagnosticsListJumpsToRange();
    void hoverShowsDiagnostic();
    void claimUnderCursorAndHighlight();
    void findAndReplace();
    void braceMatchingIncludesHoles();
    void foldingAndIndentation();
    void lexerStylesFromTokens();
    void paletteChangeRestyles();
    void loadingAddsNoUndoStep();

private:
    QTemporaryDir m_dir;
};

void TestTemplateEditor::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Settings::useFile(m_dir.filePath(u"settings.ini"_s));
}

void TestTemplateEditor::cleanupTestCase()
{
    Settings::useFile(QString());
}

void TestTemplateEditor::metadataKeysInCountOrder()
{
    Editor e;
    QAbstractItemModelTester tester(e.popup()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    e.load(u"{\n  \"urn:a:tier\": ‸\n}"_s);
    type(e.edit(), u"{{ user.metadata"_s);
    e.popup()->hide();
    type(e.edit(), u"."_s);
    QVERIFY(e.popup()->isVisible()); // opened by the '.' itself
    QCOMPARE(labels(e.popup()),
             QStringList({u"tier"_s, u"seats"_s, u"plan"_s, u"department"_s, u"billing.plan"_s}));
    const QModelIndex first = e.popup()->model()->index(0);
    QCOMPARE(first.data(CompletionListModel::CountRole).toLongLong(), 900);
    QVERIFY2(first.data(CompletionListModel::DetailRole).toString().contains(u"900 records"_s),
             qPrintable(first.data(CompletionListModel::DetailRole).toString()));
    const QString seats =
        e.popup()->model()->index(1).data(CompletionListModel::DetailRole).toString();
    QVERIFY2(seats.contains(u"300 records"_s) && seats.contains(u"number"_s), qPrintable(seats));

    // Typing narrows the list; Down and Enter accept the second match.
    type(e.edit(), u"p"_s);
    QCOMPARE(labels(e.popup()), QStringList({u"plan"_s, u"department"_s, u"billing.plan"_s}));
    QTest::keyClick(e.edit(), Qt::Key_Down);
    QCOMPARE(e.popup()->currentRow(), 1);
    QTest::keyClick(e.edit(), Qt::Key_Return);
    QVERIFY(!e.popup()->isVisible());
    QCOMPARE(e.text(), u"{\n  \"urn:a:tier\": {{ user.metadata.department\n}"_s);

    // A key with a dot is inserted in bracket form.
    e.load(u"{\"urn:a\": {{ user.metadata‸ }}}"_s);
    type(e.edit(), u".bill"_s);
    QCOMPARE(labels(e.popup()), QStringList({u"billing.plan"_s}));
    QTest::keyClick(e.edit(), Qt::Key_Tab);
    QCOMPARE(e.text(), u"{\"urn:a\": {{ user.metadata['billing.plan'] }}}"_s);
    QVERIFY(e.editor.diagnostics().empty());
}

void TestTemplateEditor::rootsAndSchemaFields()
{
    Editor e;
    e.load(u"{\"urn:a:e\": ‸}"_s);
    type(e.edit(), u"{{ "_s);
    QVERIFY(e.popup()->isVisible());
    QStringList roots;
    for (const tmpl::Field& f : tmpl::contextSchema().fields)
        roots << QString::fromUtf8(f.name.data(), static_cast<qsizetype>(f.name.size()));
    QCOMPARE(labels(e.popup()), roots);

    type(e.edit(), u"user."_s);
    QVERIFY(e.popup()->isVisible());
    QStringList fields;
    for (const tmpl::Field& f : tmpl::rootType(tmpl::Root::User).schema->fields)
        fields << QString::fromUtf8(f.name.data(), static_cast<qsizetype>(f.name.size()));
    QCOMPARE(labels(e.popup()), fields);
    QVERIFY(fields.contains(u"email"_s) && fields.contains(u"metadata"_s));

    // Escape closes the list; Ctrl+Space opens it again.
    QTest::keyClick(e.edit(), Qt::Key_Escape);
    QVERIFY(!e.popup()->isVisible());
    QTest::keyClick(e.edit(), Qt::Key_Space, Qt::ControlModifier);
    QVERIFY(e.popup()->isVisible());
    QCOMPARE(labels(e.popup()), fields);
    type(e.edit(), u"em"_s);
    QCOMPARE(labels(e.popup()).first(), u"email"_s);
    QTest::keyClick(e.edit(), Qt::Key_Return);
    type(e.edit(), u" }}"_s);
    QVERIFY(!e.popup()->isVisible());
    QCOMPARE(e.text(), u"{\"urn:a:e\": {{ user.email }}}"_s);
    QVERIFY(e.editor.diagnostics().empty());
}

void TestTemplateEditor::filtersAndCallTips()
{
    Editor e;
    e.load(u"{\"urn:a:e\": {{ user.email ‸}}}"_s);
    type(e.edit(), u"| "_s);
    QVERIFY(e.popup()->isVisible());
    const QStringList shown = labels(e.popup());
    QCOMPARE(shown.size(), static_cast<qsizetype>(tmpl::filters().size()));
    for (const tmpl::FilterInfo& f : tmpl::filters())
        QVERIFY(shown.contains(
            QString::fromUtf8(f.name.data(), static_cast<qsizetype>(f.name.size()))));
    QCOMPARE(shown.first(), u"default"_s);
    QVERIFY(e.popup()
                ->model()
                ->index(0)
                .data(CompletionListModel::DetailRole)
                .toString()
                .startsWith(u"default: "_s));

    // Accepting a filter that takes arguments adds its ':' and shows the call tip.
    type(e.edit(), u"def"_s);
    QTest::keyClick(e.edit(), Qt::Key_Tab);
    QCOMPARE(e.text(), u"{\"urn:a:e\": {{ user.email | default: }}}"_s);
    QVERIFY(send(e.edit(), Sci::SCI_CALLTIPACTIVE) != 0);
    QVERIFY2(e.editor.callTip().startsWith(u"default: "_s), qPrintable(e.editor.callTip()));
    QCOMPARE(e.editor.completer()->callTipArgument(), u"value"_s);
    type(e.edit(), u"'n/a' "_s);
    QVERIFY(send(e.edit(), Sci::SCI_CALLTIPACTIVE) != 0);
    // Leaving the hole closes it.
    QTest::keyClick(e.edit(), Qt::Key_End);
    QVERIFY(send(e.edit(), Sci::SCI_CALLTIPACTIVE) == 0);
    QVERIFY(e.editor.diagnostics().empty());

    // Typed by hand: the tip follows the argument being typed.
    e.load(u"{\"urn:a:e\": {{ user.email | ‸ }}}"_s);
    type(e.edit(), u"replace:"_s);
    QVERIFY2(e.editor.callTip().startsWith(u"replace: search, replacement"_s),
             qPrintable(e.editor.callTip()));
    QCOMPARE(e.editor.completer()->callTipArgument(), u"search"_s);
    type(e.edit(), u" 'a',"_s);
    QCOMPARE(e.editor.completer()->callTipArgument(), u"replacement"_s);
    type(e.edit(), u" 'b' |"_s);
    QVERIFY(e.editor.callTip().isEmpty());

    // map: offers the element's keys, quoted.
    e.load(u"{\"urn:a:r\": {{ organization_membership.roles | map‸ }}}"_s);
    type(e.edit(), u": "_s);
    QVERIFY(e.popup()->isVisible());
    QCOMPARE(labels(e.popup()).first(), u"slug"_s);
    QTest::keyClick(e.edit(), Qt::Key_Return);
    QCOMPARE(e.text(), u"{\"urn:a:r\": {{ organization_membership.roles | map: 'slug' }}}"_s);
}

void TestTemplateEditor::roleSlugsInStringLiterals()
{
    Editor e;
    e.load(u"{\"urn:a:r\": {{ organization_membership.role.slug || ‸ }}}"_s);
    type(e.edit(), u"'"_s);
    QVERIFY(e.popup()->isVisible());
    QCOMPARE(labels(e.popup()), QStringList({u"admin"_s, u"member"_s}));
    QVERIFY(e.popup()
                ->model()
                ->index(0)
                .data(CompletionListModel::DetailRole)
                .toString()
                .contains(u"full access"_s));
    type(e.edit(), u"m"_s);
    QCOMPARE(labels(e.popup()), QStringList({u"member"_s, u"admin"_s}));
    QTest::keyClick(e.edit(), Qt::Key_Return);
    QCOMPARE(e.text(), u"{\"urn:a:r\": {{ organization_membership.role.slug || 'member' }}}"_s);
    QVERIFY(e.editor.diagnostics().empty());
}

void TestTemplateEditor::typoHasExactRangeAndQuickFix()
{
    Editor e;
    QSignalSpy changed(&e.editor, &TemplateCodeEditor::diagnosticsChanged);
    e.load(u"{\n  \"urn:a:email\": \"\"\n}"_s);
    // Typed into the string: the list comes and goes, the typo stays.
    e.edit()->setCaretPosition(byteOffset(e.text(), u"\"\"\n"_s) + 1);
    type(e.edit(), u"{{ user.emial }}"_s);
    QVERIFY(!e.popup()->isVisible());
    QTRY_VERIFY(!changed.isEmpty());
    const QString text = e.text();
    QCOMPARE(text, u"{\n  \"urn:a:email\": \"{{ user.emial }}\"\n}"_s);
    const std::vector<tmpl::Diagnostic> ds = e.editor.diagnostics();
    QCOMPARE(ds.size(), std::size_t(1));
    QCOMPARE(ds[0].code, std::string("T102"));

    const int start = byteOffset(text, u"emial"_s);
    const int end = start + 5;
    QCOMPARE(indicatorRange(e.edit(), u"diagnostic.error"_s, start), std::make_pair(start, end));
    QCOMPARE(indicatorRuns(e.edit(), u"diagnostic.error"_s), (Runs{{start, end}}));
    QVERIFY(indicatorRuns(e.edit(), u"diagnostic.warning"_s).isEmpty());
    const unsigned markers = e.edit()->markersAtLine(1);
    QVERIFY(markers & (1u << TemplateTextEdit::ErrorMarker));
    QVERIFY(markers & (1u << TemplateTextEdit::FixMarker));
    QCOMPARE(e.edit()->markersAtLine(0), 0u);

    // Ctrl+. at the typo: one fix, Enter applies it.
    e.edit()->setCaretPosition(start + 2);
    QTest::keyClick(e.edit(), Qt::Key_Period, Qt::ControlModifier);
    QTRY_VERIFY(e.editor.quickFixMenu() && e.editor.quickFixMenu()->isVisible());
    QMenu* menu = e.editor.quickFixMenu();
    QCOMPARE(menu->actions().size(), 1);
    QCOMPARE(menu->actions().first()->text(), u"Change “emial” to “email”"_s);
    QTest::keyClick(menu, Qt::Key_Return);
    QCOMPARE(e.text(), u"{\n  \"urn:a:email\": \"{{ user.email }}\"\n}"_s);
    QVERIFY(e.editor.diagnostics().empty());
    QVERIFY(indicatorRuns(e.edit(), u"diagnostic.error"_s).isEmpty());
    QCOMPARE(e.edit()->markersAtLine(1), 0u);
    // The fix is one undo step.
    e.edit()->undo();
    QCOMPARE(e.text(), text);
    QTRY_COMPARE(e.editor.diagnostics().size(), std::size_t(1));

    // Where there is no fix, the menu says so.
    e.load(u"{\"urn:a\": {{ user.id }}‸}"_s);
    QTest::keyClick(e.edit(), Qt::Key_Period, Qt::ControlModifier);
    QTRY_VERIFY(e.editor.quickFixMenu() && e.editor.quickFixMenu()->isVisible());
    QCOMPARE(e.editor.quickFixMenu()->actions().size(), 1);
    QVERIFY(!e.editor.quickFixMenu()->actions().first()->isEnabled());
    QTest::keyClick(e.editor.quickFixMenu(), Qt::Key_Escape);
}

void TestTemplateEditor::nonAsciiTextKeepsExactRanges()
{
    Editor e;
    const QString text = u"{\"ñämé\": \"{{ user.emial }}\", \"urn:日本\": {{ usr.email }}}"_s;
    e.editor.setText(text);
    const std::vector<tmpl::Diagnostic> ds = e.editor.diagnostics();
    QStringList codes;
    for (const tmpl::Diagnostic& d : ds)
        codes << QString::fromStdString(d.code);
    QCOMPARE(codes, QStringList({u"T404"_s, u"T102"_s, u"T101"_s}));

    // Byte ranges in the editor, character columns in the list.
    const int emial = byteOffset(text, u"emial"_s);
    QCOMPARE(emial, 21); // 'ñ', 'ä' and 'é' are two bytes each
    QCOMPARE(indicatorRange(e.edit(), u"diagnostic.error"_s, emial),
             std::make_pair(emial, emial + 5));
    const int usr = byteOffset(text, u"usr"_s);
    QCOMPARE(indicatorRange(e.edit(), u"diagnostic.error"_s, usr), std::make_pair(usr, usr + 3));
    const int name = byteOffset(text, u"\"ñämé\""_s);
    QCOMPARE(indicatorRange(e.edit(), u"diagnostic.warning"_s, name + 1),
             std::make_pair(name, name + 9));
    QCOMPARE(indicatorRuns(e.edit(), u"diagnostic.error"_s),
             (Runs{{emial, emial + 5}, {usr, usr + 3}}));
    const DiagnosticListModel* model = e.editor.diagnosticsModel();
    QCOMPARE(model->index(1, DiagnosticListModel::PositionColumn).data().toString(), u"1:19"_s);
    QCOMPARE(model->index(1, DiagnosticListModel::CodeColumn).data().toString(), u"T102"_s);

    // The quick fixes replace exactly the typo.
    e.edit()->setCaretPosition(usr);
    QTest::keyClick(e.edit(), Qt::Key_Period, Qt::ControlModifier);
    QTRY_VERIFY(e.editor.quickFixMenu() && e.editor.quickFixMenu()->isVisible());
    QCOMPARE(e.editor.quickFixMenu()->actions().first()->text(), u"Change “usr” to “user”"_s);
    QTest::keyClick(e.editor.quickFixMenu(), Qt::Key_Return);
    e.edit()->setCaretPosition(emial);
    QTest::keyClick(e.edit(), Qt::Key_Period, Qt::ControlModifier);
    QTRY_VERIFY(e.editor.quickFixMenu() && e.editor.quickFixMenu()->isVisible());
    QTest::keyClick(e.editor.quickFixMenu(), Qt::Key_Return);
    QCOMPARE(e.text(), u"{\"ñämé\": \"{{ user.email }}\", \"urn:日本\": {{ user.email }}}"_s);
    QCOMPARE(e.editor.diagnostics().size(), std::size_t(1)); // T404 stays

    // Completion after non-ASCII text replaces the right bytes.
    e.load(u"{\"ñ日\": \"é {{ ‸ }}\"}"_s);
    type(e.edit(), u"organization.na"_s);
    QTest::keyClick(e.edit(), Qt::Key_Space, Qt::ControlModifier);
    QCOMPARE(labels(e.popup()), QStringList({u"name"_s, u"external_id"_s}));
    QTest::keyClick(e.edit(), Qt::Key_Return);
    QCOMPARE(e.text(), u"{\"ñ日\": \"é {{ organization.name }}\"}"_s);
    type(e.edit(), u"ü"_s);
    QCOMPARE(e.text(), u"{\"ñ日\": \"é {{ organization.nameü }}\"}"_s);
    const QString typo = e.text();
    const int field = byteOffset(typo, u"nameü"_s);
    QTRY_COMPARE(indicatorRuns(e.edit(), u"diagnostic.error"_s), (Runs{{field, field + 6}}));
}

void TestTemplateEditor::formatKeepsHolesAsOneUndoStep()
{
    Editor e;
    const QString compact =
        u"{\"urn:a:n\":\"{{  user.first_name }} {{user.last_name|default:'x , y'}}\","
        u"\"urn:a:o\":{\"list\":[1,{{ user.metadata.seats }}],\"e\":{}}}"_s;
    e.editor.setText(compact);
    QVERIFY(!e.editor.isModified());
    QTest::keyClick(e.edit(), Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    const QString formatted = e.text();
    QCOMPARE(formatted,
             u"{\n"
             u"  \"urn:a:n\": \"{{  user.first_name }} {{user.last_name|default:'x , y'}}\",\n"
             u"  \"urn:a:o\": {\n"
             u"    \"list\": [\n"
             u"      1,\n"
             u"      {{ user.metadata.seats }}\n"
             u"    ],\n"
             u"    \"e\": {}\n"
             u"  }\n"
             u"}\n"_s);
    QCOMPARE(formatted.toStdString(), *tmpl::format(compact.toStdString()));
    QVERIFY(e.editor.isModified());
    QCOMPARE(e.editor.compiledTemplate().text(), formatted.toStdString());
    // One undo step back, one redo forward; Format again changes nothing.
    e.edit()->undo();
    QCOMPARE(e.text(), compact);
    QVERIFY(!e.edit()->isUndoAvailable());
    e.edit()->redo();
    QCOMPARE(e.text(), formatted);
    QVERIFY(e.editor.formatTemplate());
    QCOMPARE(e.text(), formatted);

    // A syntax error: nothing changes, and the problems line says why.
    const QString broken = u"{\"urn:a\": 1 \"urn:b\": {{ user.id }}}"_s;
    e.editor.setText(broken);
    QVERIFY(!e.editor.formatTemplate());
    QCOMPARE(e.text(), broken);
    QVERIFY(!e.edit()->isUndoAvailable());
    const auto* problems = e.editor.findChild<QLabel*>(u"problemsLabel"_s);
    QVERIFY(problems->text().contains(u"syntax errors"_s));
}

void TestTemplateEditor::diagnosticsListJumpsToRange()
{
    Editor e;
    const QString text = u"{\n  \"urn:a\": {{ user.fist_name }},\n  \"urn:b\": {{ usr.id }},\n}"_s;
    e.editor.setText(text);
    QTreeView* view = e.editor.diagnosticsView();
    QAbstractItemModelTester tester(view->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const std::vector<tmpl::Diagnostic> ds = e.editor.diagnostics();
    QCOMPARE(view->model()->rowCount(), static_cast<int>(ds.size()));
    QCOMPARE(ds.size(), std::size_t(3)); // T102, T101, T002
    QCOMPARE(view->model()->index(2, DiagnosticListModel::CodeColumn).data().toString(), u"T002"_s);
    QCOMPARE(view->model()->index(0, DiagnosticListModel::PositionColumn).data().toString(),
             u"2:20"_s);
    QVERIFY(!view->model()->index(0, 0).data(Qt::DecorationRole).value<QIcon>().isNull());

    // A click selects the range in the text.
    const QRect second =
        view->visualRect(view->model()->index(1, DiagnosticListModel::MessageColumn));
    QVERIFY(second.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, second.center());
    QCOMPARE(send(e.edit(), Sci::SCI_GETSELECTIONSTART), static_cast<long>(ds[1].span.start));
    QCOMPARE(send(e.edit(), Sci::SCI_GETSELECTIONEND), static_cast<long>(ds[1].span.end));
    QCOMPARE(e.edit()->selectedText(), u"usr"_s);
    QCOMPARE(QApplication::focusWidget(), e.edit());

    // Enter on a row does the same.
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(e.edit()->selectedText(), u"fist_name"_s);
    QCOMPARE(send(e.edit(), Sci::SCI_GETSELECTIONSTART), static_cast<long>(ds[0].span.start));
    // The trailing comma: its fix removes it.
    QCOMPARE(ds[2].fix->replacement, std::string());
    QCOMPARE(fixTitle(ds[2], e.editor.utf8Text()), u"Remove “,”"_s);
    const auto* problems = e.editor.findChild<QLabel*>(u"problemsLabel"_s);
    QVERIFY2(problems->text().startsWith(u"3 error"_s), qPrintable(problems->text()));
}

void TestTemplateEditor::hoverShowsDiagnostic()
{
    Editor e;
    const QString text = u"{\"urn:a\": {{ user.emial }}, \"urn:b\": {{ user.metadata.tier }}}"_s;
    e.editor.setText(text);
    const int typo = byteOffset(text, u"emial"_s);
    QPoint at = e.edit()->pointOf(typo + 2) + QPoint(1, e.edit()->lineHeight() / 2);
    QHelpEvent help(QEvent::ToolTip, at, e.edit()->viewport()->mapToGlobal(at));
    QApplication::sendEvent(e.edit()->viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(u"T102"_s), qPrintable(QToolTip::text()));
    QVERIFY(QToolTip::text().contains(u"email"_s));
    QVERIFY(QToolTip::text().contains(u"Quick fix"_s));

    // Over a path without a problem: its type.
    const int tier = byteOffset(text, u"tier"_s);
    at = e.edit()->pointOf(tier + 1) + QPoint(1, e.edit()->lineHeight() / 2);
    QHelpEvent overPath(QEvent::ToolTip, at, e.edit()->viewport()->mapToGlobal(at));
    QApplication::sendEvent(e.edit()->viewport(), &overPath);
    QTRY_VERIFY2(QToolTip::text().contains(u"user.metadata.tier"_s), qPrintable(QToolTip::text()));
    QVERIFY(QToolTip::text().contains(u"string"_s));
    QToolTip::hideText();
}

void TestTemplateEditor::claimUnderCursorAndHighlight()
{
    Editor e;
    const QString text =
        u"{\n  \"urn:a:first\": 1,\n  \"urn:a:second\": \"x {{ user.email }}\"\n}"_s;
    e.editor.setText(text);
    QSignalSpy spy(&e.editor, &TemplateCodeEditor::cursorClaimChanged);
    const tmpl::Template t = e.editor.compiledTemplate();
    QCOMPARE(t.claims().size(), std::size_t(2));
    e.edit()->setCaretPosition(byteOffset(text, u"user"_s));
    QTRY_COMPARE(spy.size(), 1);
    QCOMPARE(spy.last().first().toString(), u"urn:a:second"_s);
    QCOMPARE(e.editor.currentClaim(), u"urn:a:second"_s);
    e.edit()->setCaretPosition(byteOffset(text, u"1,"_s));
    QTRY_COMPARE(spy.size(), 2);
    QCOMPARE(spy.last().first().toString(), u"urn:a:first"_s);
    e.edit()->setCaretPosition(0);
    QTRY_COMPARE(spy.size(), 3);
    QCOMPARE(spy.last().first().toString(), QString());

    // The preview shows the hole of a claim.
    const tmpl::Span hole{static_cast<std::uint32_t>(byteOffset(text, u"{{"_s)),
                          static_cast<std::uint32_t>(byteOffset(text, u"}}"_s) + 2)};
    e.editor.highlightRange(hole);
    QCOMPARE(indicatorRuns(e.edit(), u"highlight"_s),
             (Runs{{static_cast<int>(hole.start), static_cast<int>(hole.end)}}));
    QCOMPARE(e.edit()->caretPosition(), 0); // the caret stays
    e.editor.clearHighlight();
    QVERIFY(indicatorRuns(e.edit(), u"highlight"_s).isEmpty());
}

void TestTemplateEditor::findAndReplace()
{
    Editor e;
    const QString text =
        u"{\"urn:a\": {{ user.email }}, \"urn:b\": \"{{ USER.id }}\", \"urn:c\": {{ user.id }}}"_s;
    e.editor.setText(text);
    FindBar* bar = e.editor.findBar();
    QVERIFY(!bar->isVisible());
    QTest::keyClick(e.edit(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(bar->isVisible());
    QVERIFY(bar->findField()->hasFocus());
    QTest::keyClicks(bar->findField(), u"user"_s);
    QCOMPARE(e.edit()->selectedText(), u"user"_s);
    QCOMPARE(bar->status(), u"1 of 3"_s);
    QCOMPARE(indicatorRuns(e.edit(), u"find"_s).size(), 3);
    bar->matchCaseBox()->setChecked(true);
    QCOMPARE(bar->status(), u"1 of 2"_s);
    // F3 and Shift+F3 from the editor; Enter in the field.
    e.edit()->setFocus();
    QTest::keyClick(e.edit(), Qt::Key_F3);
    QCOMPARE(send(e.edit(), Sci::SCI_GETSELECTIONSTART),
             static_cast<long>(byteOffset(text, u"user.id"_s)));
    QCOMPARE(bar->status(), u"2 of 2"_s);
    QTest::keyClick(e.edit(), Qt::Key_F3);
    QCOMPARE(bar->status(), u"1 of 2"_s); // wrapped
    QTest::keyClick(e.edit(), Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(bar->status(), u"2 of 2"_s);
    QTest::keyClick(bar->findField(), Qt::Key_Return);
    QCOMPARE(bar->status(), u"1 of 2"_s);

    // Ctrl+H: replace all is one undo step.
    e.edit()->setFocus();
    QTest::keyClick(e.edit(), Qt::Key_H, Qt::ControlModifier);
    QVERIFY(bar->replaceField()->isVisible());
    bar->replaceField()->setText(u"organization"_s);
    QCOMPARE(bar->replaceAll(), 2);
    QCOMPARE(e.text(), u"{\"urn:a\": {{ organization.email }}, \"urn:b\": \"{{ USER.id }}\", "
                       u"\"urn:c\": {{ organization.id }}}"_s);
    e.edit()->undo();
    QCOMPARE(e.text(), text);
    // Replace one at a time.
    bar->matchCaseBox()->setChecked(false);
    e.edit()->setCaretPosition(0);
    QVERIFY(bar->findNext());
    QVERIFY(bar->replaceCurrent());
    QVERIFY(
        e.text().startsWith(u"{\"urn:a\": {{ organization.email }}, \"urn:b\": \"{{ USER.id"_s));
    QCOMPARE(e.edit()->selectedText(), u"USER"_s);
    // Escape closes the bar and gives the focus back.
    QTest::keyClick(bar->findField(), Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
    QVERIFY(indicatorRuns(e.edit(), u"find"_s).isEmpty());
    QCOMPARE(QApplication::focusWidget(), e.edit());
}

void TestTemplateEditor::braceMatchingIncludesHoles()
{
    Editor e;
    const QString text = u"{\"urn:a\": [{{ user.metadata['a'] }}, {\"b\": 1}]}"_s;
    e.editor.setText(text);
    const int open = byteOffset(text, u"{{"_s);
    const int close = byteOffset(text, u"}}"_s);
    e.edit()->setCaretPosition(open + 2);
    QTRY_COMPARE(indicatorRuns(e.edit(), u"brace"_s), (Runs{{open, open + 2}, {close, close + 2}}));
    const int bracket = byteOffset(text, u"['a']"_s);
    e.edit()->setCaretPosition(bracket + 5);
    QTRY_COMPARE(indicatorRuns(e.edit(), u"brace"_s),
                 (Runs{{bracket, bracket + 1}, {bracket + 4, bracket + 5}}));
    e.edit()->setCaretPosition(static_cast<int>(text.toUtf8().size()));
    QTRY_COMPARE(indicatorRuns(e.edit(), u"brace"_s),
                 (Runs{{0, 1},
                       {static_cast<int>(text.toUtf8().size()) - 1,
                        static_cast<int>(text.toUtf8().size())}}));
    // An unmatched bracket is marked as such.
    e.editor.setText(u"{\"urn:a\": [1, 2}"_s);
    e.edit()->setCaretPosition(11);
    QTRY_COMPARE(indicatorRuns(e.edit(), u"brace.bad"_s), (Runs{{10, 11}}));
}

void TestTemplateEditor::foldingAndIndentation()
{
    Editor e;
    e.load(u"‸"_s);
    type(e.edit(), u"{\n\"urn:a\": {\n\"b\": [1,\n2\n]\n}\n}"_s);
    QCOMPARE(e.text(), u"{\n  \"urn:a\": {\n    \"b\": [1,\n    2\n    ]\n  }\n}"_s);
    send(e.edit(), Sci::SCI_COLOURISE, 0, -1);
    auto level = [&](int line) {
        return static_cast<int>(
            send(e.edit(), Sci::SCI_GETFOLDLEVEL, static_cast<unsigned long>(line)));
    };
    QVERIFY(level(0) & Sci::SC_FOLDLEVELHEADERFLAG);
    QVERIFY(level(1) & Sci::SC_FOLDLEVELHEADERFLAG);
    QVERIFY(level(2) & Sci::SC_FOLDLEVELHEADERFLAG);
    QVERIFY(!(level(3) & Sci::SC_FOLDLEVELHEADERFLAG));
    QCOMPARE(level(0) & Sci::SC_FOLDLEVELNUMBERMASK, Sci::SC_FOLDLEVELBASE);
    QCOMPARE(level(3) & Sci::SC_FOLDLEVELNUMBERMASK, Sci::SC_FOLDLEVELBASE + 3);
    // Folding line 1 hides its members.
    send(e.edit(), Sci::SCI_FOLDLINE, 1, Sci::SC_FOLDACTION_CONTRACT);
    QVERIFY(send(e.edit(), Sci::SCI_GETLINEVISIBLE, 2) == 0);
    QVERIFY(send(e.edit(), Sci::SCI_GETLINEVISIBLE, 6) != 0);

    // Enter between brackets opens an indented line.
    e.load(u"{\"urn:a\": [‸]}"_s);
    QTest::keyClick(e.edit(), Qt::Key_Return);
    QCOMPARE(e.text(), u"{\"urn:a\": [\n  \n]}"_s);
    QCOMPARE(e.edit()->caretPosition(), 14);
}

void TestTemplateEditor::lexerStylesFromTokens()
{
    Editor e;
    const QString text =
        u"{\"urn:a\": \"x {{ user.metadata.tier | default: 'free' || 2 }}\", \"n\": [1, true], \"z\": @}"_s;
    e.editor.setText(text);
    send(e.edit(), Sci::SCI_COLOURISE, 0, -1);
    auto styleAt = [&](const QString& needle, int delta = 0) {
        return static_cast<int>(send(e.edit(), Sci::SCI_GETSTYLEAT,
                                     static_cast<unsigned long>(byteOffset(text, needle) + delta)));
    };
    QCOMPARE(styleAt(u"{\"urn"_s), int(TemplateLexer::Punctuation));
    QCOMPARE(styleAt(u"\"urn:a\""_s), int(TemplateLexer::MemberName));
    QCOMPARE(styleAt(u"\"x "_s), int(TemplateLexer::String));
    QCOMPARE(styleAt(u"{{"_s), int(TemplateLexer::HoleDelimiter));
    QCOMPARE(styleAt(u"{{"_s, 2), int(TemplateLexer::HoleSpace));
    QCOMPARE(styleAt(u"user"_s), int(TemplateLexer::Root));
    QCOMPARE(styleAt(u".metadata"_s), int(TemplateLexer::Path));
    QCOMPARE(styleAt(u"tier"_s), int(TemplateLexer::Path));
    QCOMPARE(styleAt(u"| "_s), int(TemplateLexer::Operator));
    QCOMPARE(styleAt(u"default"_s), int(TemplateLexer::Filter));
    QCOMPARE(styleAt(u"'free'"_s), int(TemplateLexer::ExprString));
    QCOMPARE(styleAt(u"||"_s), int(TemplateLexer::Operator));
    QCOMPARE(styleAt(u"2 }}"_s), int(TemplateLexer::ExprNumber));
    QCOMPARE(styleAt(u"}}"_s), int(TemplateLexer::HoleDelimiter));
    QCOMPARE(styleAt(u"[1"_s, 1), int(TemplateLexer::Number));
    QCOMPARE(styleAt(u"true"_s), int(TemplateLexer::Literal));
    QCOMPARE(styleAt(u"@"_s), int(TemplateLexer::Error));
    QCOMPARE(styleAt(u", \"n\""_s, 1), int(TemplateLexer::Default));
    // Every styled run is one of the engine's tokens, never more or less.
    const std::vector<tmpl::Token>& tokens = e.edit()->templateLexer()->tokens();
    for (const tmpl::Token& t : tokens) {
        for (std::uint32_t p = t.span.start; p < t.span.end; ++p)
            QCOMPARE(send(e.edit(), Sci::SCI_GETSTYLEAT, p), long(TemplateLexer::styleOf(t)));
    }
}

void TestTemplateEditor::paletteChangeRestyles()
{
    Editor e;
    e.editor.setText(u"{\"urn:a\": \"text\"}"_s);
    TemplateLexer* lexer = e.edit()->templateLexer();
    QPalette light = e.editor.palette();
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    e.editor.setPalette(light);
    const QColor lightString = lexer->color(TemplateLexer::String);
    QCOMPARE(lexer->paper(TemplateLexer::Default), QColor(Qt::white));
    QVERIFY2(lightString.lightness() < 110, qPrintable(lightString.name()));

    QPalette dark = light;
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xdd, 0xdd, 0xdd));
    dark.setColor(QPalette::Window, QColor(0x2a, 0x2a, 0x2a));
    e.editor.setPalette(dark);
    QCOMPARE(lexer->paper(TemplateLexer::Default), QColor(0x1e, 0x1e, 0x1e));
    const QColor darkString = lexer->color(TemplateLexer::String);
    QVERIFY2(darkString.lightness() > 140, qPrintable(darkString.name()));
    QCOMPARE(
        QColor(static_cast<QRgb>(send(e.edit(), Sci::SCI_STYLEGETBACK, TemplateLexer::Default)))
                .rgb() &
            0xffffff,
        QColor(0x1e, 0x1e, 0x1e).rgb() & 0xffffff); // 0x1e1e1e reads the same as BGR
    // Holes stand out from the text around them in both palettes.
    QVERIFY(lexer->paper(TemplateLexer::HoleDelimiter) != lexer->paper(TemplateLexer::Default));
}

void TestTemplateEditor::loadingAddsNoUndoStep()
{
    Editor e;
    QSignalSpy modified(&e.editor, &TemplateCodeEditor::modificationChanged);
    e.editor.setText(u"{\"urn:a\": 1}"_s);
    QVERIFY(!e.editor.isModified());
    QVERIFY(!e.edit()->isUndoAvailable());
    QCOMPARE(e.editor.compiledTemplate().text(), std::string("{\"urn:a\": 1}"));
    type(e.edit(), u" "_s);
    QVERIFY(e.editor.isModified());
    QCOMPARE(modified.size(), 1);
    e.edit()->undo();
    QVERIFY(!e.editor.isModified());
    QCOMPARE(e.text(), u"{\"urn:a\": 1}"_s);
    // Read-only: no completion, no format.
    e.editor.setReadOnly(true);
    QVERIFY(!e.editor.formatTemplate());
    QVERIFY(!e.editor.showCompletion());
}

QTEST_MAIN(TestTemplateEditor)
#include "tst_ui_templateeditor.moc"
