// The metadata editor: shows a bag in order, takes typed JSON values, marks
// bad JSON, empty and duplicate keys and every limit of the profile at the
// cell, reports only valid bags, and keeps what was typed.

#include "common/MetadataEditor.h"
#include "json/Reader.h"
#include "json/Writer.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

using namespace claimsmith;
using ui::MetadataEditor;

namespace {

json::Value j(const char* text)
{
    return json::parse(text).value;
}

void setCell(MetadataEditor& e, int row, int column, const QString& text)
{
    e.table()->item(row, column)->setText(text);
}

QString statusText(MetadataEditor& e)
{
    QString all;
    for (QLabel* l : e.findChildren<QLabel*>())
        all += l->text();
    return all;
}

} // namespace

class TestMetadataEditor : public QObject
{
    Q_OBJECT

private slots:
    void showsTheBagInOrder();
    void typedValuesAreJson();
    void badInputIsMarkedAtTheCell();
    void limitsOfTheProfile();
    void readOnlyCannotBeEdited();
    void addAndRemoveRows();
};

void TestMetadataEditor::showsTheBagInOrder()
{
    MetadataEditor e;
    QAbstractItemModelTester tester(e.table()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    e.setBag(j(R"({"z":1,"a":"x","n":{"b":[1,2]}})"));
    QCOMPARE(e.table()->rowCount(), 3);
    QCOMPARE(e.table()->item(0, 0)->text(), QStringLiteral("z"));
    QCOMPARE(e.table()->item(1, 1)->text(), QStringLiteral("\"x\""));
    QCOMPARE(e.table()->item(2, 1)->text(), QStringLiteral(R"({"b":[1,2]})"));
    QCOMPARE(json::toString(e.bag()), std::string(R"({"z":1,"a":"x","n":{"b":[1,2]}})"));
    QVERIFY(e.isValid());
}

void TestMetadataEditor::typedValuesAreJson()
{
    MetadataEditor e;
    e.setBag(j(R"({"plan":"free"})"));
    QSignalSpy edited(&e, &MetadataEditor::edited);
    setCell(e, 0, 1, QStringLiteral("\"pro\""));
    QCOMPARE(edited.count(), 1);
    QCOMPARE(json::toString(e.bag()), std::string(R"({"plan":"pro"})"));
    setCell(e, 0, 1, QStringLiteral("9007199254740993"));
    QCOMPARE(json::toString(e.bag()), std::string(R"({"plan":9007199254740993})"));
    // setBag (loading, undo) emits nothing.
    e.setBag(j(R"({"x":true})"));
    QCOMPARE(edited.count(), 2);
}

void TestMetadataEditor::badInputIsMarkedAtTheCell()
{
    MetadataEditor e;
    e.setBag(j(R"({"plan":"free","tier":"gold"})"));
    QSignalSpy edited(&e, &MetadataEditor::edited);
    QSignalSpy validity(&e, &MetadataEditor::validityChanged);
    setCell(e, 0, 1, QStringLiteral("pro"));
    QVERIFY(!e.isValid());
    QCOMPARE(edited.count(), 0);
    QCOMPARE(validity.count(), 1);
    QVERIFY2(e.problem().contains(QStringLiteral("metadata.plan: not a JSON value")),
             qPrintable(e.problem()));
    QVERIFY2(e.problem().contains(QStringLiteral("\"pro\"")), qPrintable(e.problem()));
    QVERIFY(!e.table()->item(0, 1)->toolTip().isEmpty());
    QVERIFY(statusText(e).contains(QStringLiteral("not a JSON value")));
    // What was typed stays.
    QCOMPARE(e.table()->item(0, 1)->text(), QStringLiteral("pro"));
    setCell(e, 0, 1, QStringLiteral("\"pro\""));
    QVERIFY(e.isValid());
    QCOMPARE(edited.count(), 1);
    // A duplicate key and an empty key.
    setCell(e, 1, 0, QStringLiteral("plan"));
    QVERIFY(e.problem().contains(QStringLiteral("there twice")));
    setCell(e, 1, 0, QString());
    QVERIFY(e.problem().contains(QStringLiteral("has no key")));
}

void TestMetadataEditor::limitsOfTheProfile()
{
    MetadataEditor e;
    e.setLimits(model::LimitsProfile::WorkOS, "metadata");
    e.setBag(j(R"({"plan":"free"})"));
    // WorkOS: string values only, at most 600 characters, keys at most 40.
    setCell(e, 0, 1, QStringLiteral("5"));
    QVERIFY(!e.isValid());
    QVERIFY2(e.problem().contains(QStringLiteral("plan")), qPrintable(e.problem()));
    setCell(e, 0, 1, QStringLiteral("\"%1\"").arg(QString(601, QLatin1Char('x'))));
    QVERIFY(!e.isValid());
    QVERIFY2(e.problem().contains(QStringLiteral("600")), qPrintable(e.problem()));
    setCell(e, 0, 1, QStringLiteral("\"ok\""));
    QVERIFY(e.isValid());
    setCell(e, 0, 0, QString(41, QLatin1Char('k')));
    QVERIFY(!e.isValid());
    QVERIFY2(e.problem().contains(QStringLiteral("40")), qPrintable(e.problem()));
    QVERIFY(!e.table()->item(0, 0)->toolTip().isEmpty());
    // Eleven keys are one too many.
    json::Value ten = json::Value::object({});
    for (int i = 0; i < 10; ++i)
        ten.set("k" + std::to_string(i), json::Value("v"));
    e.setBag(ten);
    QVERIFY(e.isValid());
    e.addRow();
    setCell(e, 10, 0, QStringLiteral("k10"));
    QVERIFY(!e.isValid());
    QVERIFY2(e.problem().contains(QStringLiteral("10")), qPrintable(e.problem()));
    // The auth0 profile refuses '.' and '$' in keys.
    MetadataEditor a;
    a.setLimits(model::LimitsProfile::Auth0, "metadata");
    a.setBag(j(R"({"a.b":1})"));
    QVERIFY(!a.isValid());
}

void TestMetadataEditor::readOnlyCannotBeEdited()
{
    MetadataEditor e;
    e.setReadOnly(true);
    e.setBag(j(R"({"idp":"okta"})"));
    QCOMPARE(e.table()->editTriggers(), QAbstractItemView::NoEditTriggers);
    QSignalSpy edited(&e, &MetadataEditor::edited);
    setCell(e, 0, 1, QStringLiteral("\"x\""));
    QCOMPARE(edited.count(), 0);
}

void TestMetadataEditor::addAndRemoveRows()
{
    MetadataEditor e;
    e.setBag(j(R"({"a":1})"));
    QSignalSpy edited(&e, &MetadataEditor::edited);
    e.addRow();
    QCOMPARE(e.table()->rowCount(), 2);
    QVERIFY(!e.isValid()); // a row without a key
    setCell(e, 1, 0, QStringLiteral("b"));
    QVERIFY(e.isValid());
    QCOMPARE(json::toString(e.bag()), std::string(R"({"a":1,"b":""})"));
    e.table()->selectRow(0);
    QTest::mouseClick(e.findChild<QToolButton*>(QStringLiteral("removeKeys")), Qt::LeftButton);
    QCOMPARE(json::toString(e.bag()), std::string(R"({"b":""})"));
    QVERIFY(edited.count() >= 2);
}

QTEST_MAIN(TestMetadataEditor)
#include "tst_ui_metadataeditor.moc"
