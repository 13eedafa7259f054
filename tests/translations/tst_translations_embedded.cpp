// The application carries its translations: claimsmith_<lang>.qm are in the
// resources under :/i18n, load the way the application loads them (by locale),
// and hold exactly the translations of the committed .ts files.

#include "TestSupport.h"
#include "TsFile.h"

#include <QLocale>
#include <QTest>
#include <QTranslator>

using namespace claimsmith;
using namespace Qt::StringLiterals;

class TestTranslationsEmbedded : public QObject
{
    Q_OBJECT

private slots:
    void embedded_data();
    void embedded();
};

void TestTranslationsEmbedded::embedded_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << u"de_DE"_s << u"de"_s;
    QTest::newRow("English") << u"en_US"_s << u"en"_s;
}

void TestTranslationsEmbedded::embedded()
{
    QFETCH(QString, locale);
    QFETCH(QString, language);
    const QString file = u"claimsmith_%1.ts"_s.arg(language);
    // As ui/app/Gui.cpp loads them.
    QTranslator translator;
    QVERIFY2(translator.load(QLocale(locale), u"claimsmith"_s, u"_"_s, u":/i18n"_s),
             qPrintable(u"no claimsmith translation for %1 under :/i18n"_s.arg(locale)));
    QCOMPARE(translator.language(), language);

    const test::TsFile ts = test::readTsFile(test::sourcePath(u"translations/"_s + file));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QVERIFY(!ts.messages.isEmpty());
    QStringList problems;
    int checked = 0;
    for (const test::TsMessage& m : ts.messages) {
        if (m.obsolete() || m.type == u"unfinished"_s)
            continue;
        const QByteArray context = m.context.toUtf8();
        const QByteArray source = m.source.toUtf8();
        const QByteArray comment = m.comment.toUtf8();
        const char* disambiguation = m.comment.isEmpty() ? nullptr : comment.constData();
        // German and English both have two plural forms: one, and everything else.
        const QList<std::pair<int, QString>> expected =
            m.numerus ? QList<std::pair<int, QString>>{{1, m.forms.value(0)}, {5, m.forms.value(1)}}
                      : QList<std::pair<int, QString>>{{-1, m.forms.value(0)}};
        for (const auto& [n, translation] : expected) {
            const QString got =
                translator.translate(context.constData(), source.constData(), disambiguation, n);
            if (got != translation)
                problems << u"%1 (n = %2): \"%3\" instead of \"%4\""_s.arg(m.name()).arg(n).arg(
                    got, translation);
            ++checked;
        }
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(u"the embedded %1 differs from the committed file:\n  "_s.arg(file) +
                        problems.join(u"\n  "_s)));
    QVERIFY(checked > 0);
}

QTEST_GUILESS_MAIN(TestTranslationsEmbedded)
#include "tst_translations_embedded.moc"
