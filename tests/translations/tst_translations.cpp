// The committed translations are complete: every string of claimsmith_de.ts has
// a finished German translation with the placeholders and accelerator of its
// source, and claimsmith_en.ts is finished too. It reads the files in
// translations/ as they are committed; lupdate need not have run.

#include "TestSupport.h"
#include "TsFile.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace claimsmith;
using namespace Qt::StringLiterals;

namespace {

QString problemList(const QString& file, const QStringList& problems)
{
    return file + u":\n  "_s + problems.join(u"\n  "_s);
}

test::TsFile read(const QString& name)
{
    test::TsFile ts = test::readTsFile(test::sourcePath(u"translations/"_s + name));
    if (!ts.error.isEmpty())
        qWarning().noquote() << ts.error;
    return ts;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void complete_data();
    void complete();
    void placeholdersKept_data();
    void placeholdersKept();
    void acceleratorsKept();
    void sameStringsInEveryLanguage();
    void checksFindProblems();
};

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << u"claimsmith_de.ts"_s << u"de"_s;
    QTest::newRow("English") << u"claimsmith_en.ts"_s << u"en"_s;
}

// No string is unfinished or has an empty translation (or plural form).
void TestTranslations::complete()
{
    QFETCH(QString, file);
    QFETCH(QString, language);
    const test::TsFile ts = read(file);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QCOMPARE(ts.language, language);
    QVERIFY2(!ts.messages.isEmpty(), "the file has no strings");
    QStringList problems;
    for (const test::TsMessage& m : ts.messages) {
        if (m.obsolete())
            continue;
        if (m.type == u"unfinished"_s)
            problems << u"unfinished: "_s + m.name();
        else if (m.forms.isEmpty() || m.forms.contains(QString()))
            problems << u"empty translation: "_s + m.name();
        else if (m.numerus && m.forms.size() < 2)
            problems << u"only one plural form: "_s + m.name();
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problemList(file, problems)));
}

void TestTranslations::placeholdersKept_data()
{
    complete_data();
}

// Every translation (every plural form) has exactly the placeholders of its source.
void TestTranslations::placeholdersKept()
{
    QFETCH(QString, file);
    const test::TsFile ts = read(file);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QStringList problems;
    for (const test::TsMessage& m : ts.messages) {
        if (m.obsolete() || m.type == u"unfinished"_s)
            continue;
        const QStringList expected = test::placeholders(m.source);
        for (const QString& form : m.forms) {
            if (form.isEmpty())
                continue; // complete() reports it
            const QStringList found = test::placeholders(form);
            if (found != expected)
                problems << u"%1 has %2, its translation \"%3\" has %4"_s.arg(
                    m.name(), expected.join(u' '), form, found.join(u' '));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problemList(file, problems)));
}

// A menu entry or label with an accelerator keeps one in German, and none is added.
void TestTranslations::acceleratorsKept()
{
    const QString file = u"claimsmith_de.ts"_s;
    const test::TsFile ts = read(file);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QStringList problems;
    for (const test::TsMessage& m : ts.messages) {
        if (m.obsolete() || m.type == u"unfinished"_s)
            continue;
        for (const QString& form : m.forms) {
            if (!form.isEmpty() && test::hasAccelerator(form) != test::hasAccelerator(m.source))
                problems << u"%1: the accelerator (&) differs in \"%2\""_s.arg(m.name(), form);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problemList(file, problems)));
}

// Both files were updated from the same sources: neither misses a string.
void TestTranslations::sameStringsInEveryLanguage()
{
    auto keys = [](const test::TsFile& ts) {
        QSet<QString> set;
        for (const test::TsMessage& m : ts.messages) {
            if (!m.obsolete())
                set << m.name() + u" ("_s + m.comment + u')';
        }
        return set;
    };
    const test::TsFile de = read(u"claimsmith_de.ts"_s);
    const test::TsFile en = read(u"claimsmith_en.ts"_s);
    QVERIFY2(de.error.isEmpty() && en.error.isEmpty(), qPrintable(de.error + en.error));
    const QSet<QString> german = keys(de);
    const QSet<QString> english = keys(en);
    QStringList onlyGerman = QSet<QString>(german).subtract(english).values();
    QStringList onlyEnglish = QSet<QString>(english).subtract(german).values();
    onlyGerman.sort();
    onlyEnglish.sort();
    QVERIFY2(onlyGerman.isEmpty(),
             qPrintable(problemList(u"only in claimsmith_de.ts"_s, onlyGerman)));
    QVERIFY2(onlyEnglish.isEmpty(),
             qPrintable(problemList(u"only in claimsmith_en.ts"_s, onlyEnglish)));
}

// The checks above see the problems they look for.
void TestTranslations::checksFindProblems()
{
    QCOMPARE(test::placeholders(u"%2 of %1, %1 again, %n and %L3; 100%"_s),
             (QStringList{u"%1"_s, u"%2"_s, u"%L3"_s, u"%n"_s}));
    QVERIFY(test::placeholders(u"no placeholder at 100%"_s).isEmpty());
    QVERIFY(test::hasAccelerator(u"&File"_s));
    QVERIFY(test::hasAccelerator(u"Export &JWKS…"_s));
    QVERIFY(!test::hasAccelerator(u"Roles & Permissions"_s));
    QVERIFY(!test::hasAccelerator(u"Salt && Pepper"_s));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"claimsmith_de.ts"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Page</name>
    <message>
        <source>&amp;Save %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <comment>count</comment>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
)");
    f.close();
    const test::TsFile ts = test::readTsFile(path);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QCOMPARE(ts.language, u"de"_s);
    QCOMPARE(ts.messages.size(), 2);
    QCOMPARE(ts.messages[0].name(), u"Page: \"&Save %1\""_s);
    QCOMPARE(ts.messages[0].type, u"unfinished"_s);
    QCOMPARE(ts.messages[1].comment, u"count"_s);
    QVERIFY(ts.messages[1].numerus);
    QCOMPARE(ts.messages[1].forms, (QStringList{u"%n Benutzer"_s, QString()}));
    QVERIFY(!test::readTsFile(path + u".missing"_s).error.isEmpty());
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
