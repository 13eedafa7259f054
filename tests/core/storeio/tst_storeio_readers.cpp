// The streaming readers under the formats: lines (limits, line ends, byte
// order marks), RFC 4180 records and where the elements of a JSON array start.

#include "TestSupport.h"
#include "store/io/CsvReader.h"
#include "store/io/JsonDocument.h"
#include "store/io/LineReader.h"

#include <QBuffer>
#include <QTest>

using namespace claimsmith;
using namespace claimsmith::store::io;

namespace {

// "LINE:FIELD|FIELD" per record, or "LINE:bad:PROBLEM".
std::string readCsv(const QByteArray& text, std::size_t max = kMaxRecordBytes)
{
    QByteArray copy = text;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, max);
    std::string out;
    for (;;) {
        const CsvReader::Status s = reader.next();
        if (s == CsvReader::Status::End)
            return out;
        out += std::to_string(reader.line()) + ":";
        if (s == CsvReader::Status::Bad) {
            out += "bad:" + reader.problem() + "\n";
            continue;
        }
        if (s == CsvReader::Status::Error)
            return out + "error";
        for (std::size_t i = 0; i < reader.fields().size(); ++i)
            out += (i ? "|" : "") + reader.fields()[i];
        out += "\n";
    }
}

} // namespace

class TestStoreIoReaders : public QObject
{
    Q_OBJECT

private slots:
    void linesAndLineEnds();
    void longLinesAreSkippedNotKept();
    void linesAcrossChunks();
    void csv_data();
    void csv();
    void csvRecordLimit();
    void csvFieldLimit();
    void arrayElementLines_data();
    void arrayElementLines();
};

void TestStoreIoReaders::linesAndLineEnds()
{
    QByteArray text("\xEF\xBB\xBF"
                    "one\r\ntwo\n\nthree");
    QBuffer buffer(&text);
    buffer.open(QIODevice::ReadOnly);
    LineReader lines(buffer);
    QCOMPARE(lines.next(), LineReader::Status::Line);
    QCOMPARE(std::string(lines.text()), std::string("one"));
    QCOMPARE(lines.lineNumber(), 1);
    QCOMPARE(lines.next(), LineReader::Status::Line);
    QCOMPARE(std::string(lines.text()), std::string("two"));
    QCOMPARE(lines.next(), LineReader::Status::Line);
    QCOMPARE(std::string(lines.text()), std::string());
    QCOMPARE(lines.next(), LineReader::Status::Line);
    QCOMPARE(std::string(lines.text()), std::string("three"));
    QCOMPARE(lines.lineNumber(), 4);
    QCOMPARE(lines.next(), LineReader::Status::End);
    QCOMPARE(lines.bytesRead(), text.size());
}

void TestStoreIoReaders::longLinesAreSkippedNotKept()
{
    QByteArray text = "short\n" + QByteArray(100, 'x') + "\nafter\n";
    QBuffer buffer(&text);
    buffer.open(QIODevice::ReadOnly);
    LineReader lines(buffer, 10);
    QCOMPARE(lines.next(), LineReader::Status::Line);
    QCOMPARE(lines.next(), LineReader::Status::TooLong);
    QCOMPARE(lines.lineNumber(), 2);
    QCOMPARE(lines.length(), 100u);
    QVERIFY(lines.text().empty());
    QCOMPARE(lines.next(), LineReader::Status::Line);
    QCOMPARE(std::string(lines.text()), std::string("after"));
    QCOMPARE(lines.lineNumber(), 3);
    // Exactly at the limit is fine, with or without "\r".
    QByteArray exact = QByteArray(10, 'y') + "\r\n" + QByteArray(10, 'z');
    QBuffer b2(&exact);
    b2.open(QIODevice::ReadOnly);
    LineReader l2(b2, 10);
    QCOMPARE(l2.next(), LineReader::Status::Line);
    QCOMPARE(l2.text().size(), 10u);
    QCOMPARE(l2.next(), LineReader::Status::Line);
    QCOMPARE(l2.text().size(), 10u);
}

void TestStoreIoReaders::linesAcrossChunks()
{
    // Lines longer than the reader's chunk, and line ends on chunk borders.
    QByteArray text;
    for (int i = 0; i < 5; ++i)
        text += QByteArray(300 * 1024 + i, static_cast<char>('a' + i)) + "\n";
    QBuffer buffer(&text);
    buffer.open(QIODevice::ReadOnly);
    LineReader lines(buffer, 1 << 20);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(lines.next(), LineReader::Status::Line);
        QCOMPARE(lines.text().size(), std::size_t(300 * 1024 + i));
        QCOMPARE(lines.text().front(), static_cast<char>('a' + i));
        QCOMPARE(lines.text().back(), static_cast<char>('a' + i));
    }
    QCOMPARE(lines.next(), LineReader::Status::End);
}

void TestStoreIoReaders::csv_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QByteArray("a,b,c\n1,2,3\n") << "1:a|b|c\n2:1|2|3\n";
    QTest::newRow("crlf and no final line end") << QByteArray("a,b\r\n1,2") << "1:a|b\n2:1|2\n";
    QTest::newRow("empty fields") << QByteArray(",,\n") << "1:||\n";
    QTest::newRow("quoted comma") << QByteArray("\"a,b\",c\n") << "1:a,b|c\n";
    QTest::newRow("doubled quotes") << QByteArray("\"say \"\"hi\"\"\",x\n") << "1:say \"hi\"|x\n";
    QTest::newRow("empty quoted") << QByteArray("\"\",\"\"\"\"\n") << "1:|\"\n";
    QTest::newRow("newline in quotes, record starts at its first line")
        << QByteArray("h\n\"one\r\ntwo\nthree\",x\nnext,y\n")
        << "1:h\n2:one\ntwo\nthree|x\n5:next|y\n";
    QTest::newRow("blank lines skipped") << QByteArray("a\n\n\nb\n") << "1:a\n4:b\n";
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF"
                                                   "email\n")
                                     << "1:email\n";
    QTest::newRow("quote inside unquoted field")
        << QByteArray("ab\"c,d\nok\n")
        << "1:bad:field 1 has a quote but does not start with one; put the field in quotes and "
           "double the quotes inside it\n2:ok\n";
    QTest::newRow("text after closing quote")
        << QByteArray("x,\"ab\"c\nok\n")
        << "1:bad:field 2 has text after its closing quote; double the quotes inside a quoted "
           "field\n2:ok\n";
    QTest::newRow("unterminated quote at end")
        << QByteArray("ok\n\"never\nclosed\n")
        << "1:ok\n2:bad:the quoted field 1 is never closed (a missing quote?)\n";
    QTest::newRow("utf-8 kept") << QByteArray("Zoë,\"Ærø, Danmark\"\n") << "1:Zoë|Ærø, Danmark\n";
}

void TestStoreIoReaders::csv()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    QCOMPARE(readCsv(input), expected.toStdString());
}

void TestStoreIoReaders::csvRecordLimit()
{
    // One physical line over the limit; then a quoted record whose lines are
    // each short but which is long as a whole; then a good record.
    QByteArray text = "a," + QByteArray(40, 'x') + "\n\"" + QByteArray(15, 'y') + "\n" +
                      QByteArray(15, 'y') + "\n" + QByteArray(15, 'y') + "\",z\nok,1\n";
    QCOMPARE(readCsv(text, 32),
             std::string("1:bad:line 1 is 1 MB; records are limited to 1 MB\n"
                         "2:bad:the record is longer than 1 MB, the limit for one record\n"
                         "5:ok|1\n"));
}

void TestStoreIoReaders::csvFieldLimit()
{
    // 1,000 fields; 1,001 (the last one quoted, then in the middle of a
    // line); then a good record.
    const QByteArray atLimit = QByteArray(kMaxCsvFields - 1, ',');
    const QByteArray text = atLimit + "\n" + atLimit + ",\"x\"\n" + atLimit + ",,x\nok,1\n";
    const std::string read = readCsv(text);
    QCOMPARE(std::count(read.begin(), read.end(), '|'), std::ptrdiff_t{kMaxCsvFields - 1 + 1});
    QVERIFY2(read.ends_with("\n2:bad:the record has more than 1000 fields, the limit for one "
                            "record\n3:bad:the record has more than 1000 fields, the limit for "
                            "one record\n4:ok|1\n"),
             read.c_str());
}

void TestStoreIoReaders::arrayElementLines_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("member");
    QTest::addColumn<QString>("lines");
    QTest::newRow("one line") << R"([{"a":1},{"b":[1,2]},3])"
                              << ""
                              << "1 1 1";
    QTest::newRow("pretty") << "[\n  {\n    \"a\": [1,\n 2]\n  },\n\n  {\"b\": \"]\"}\n]"
                            << ""
                            << "2 7";
    QTest::newRow("strings with brackets and escapes") << "[\"[\\\"\",\n\"x\\\\\",\n{\"k\":\"}\"}]"
                                                       << ""
                                                       << "1 2 3";
    QTest::newRow("member of an object")
        << "{\"details\": {\"result\": [9]},\n \"other\": [1],\n \"result\": [\n  {\"x\":1},\n  "
           "{\"y\":2}\n ]\n}"
        << "result"
        << "4 5";
    QTest::newRow("empty array") << "[ ]"
                                 << ""
                                 << "";
}

void TestStoreIoReaders::arrayElementLines()
{
    QFETCH(QString, text);
    QFETCH(QString, member);
    QFETCH(QString, lines);
    std::string got;
    for (std::int64_t l : store::io::arrayElementLines(text.toStdString(), member.toStdString()))
        got += (got.empty() ? "" : " ") + std::to_string(l);
    QCOMPARE(got, lines.toStdString());
}

QTEST_GUILESS_MAIN(TestStoreIoReaders)
#include "tst_storeio_readers.moc"
