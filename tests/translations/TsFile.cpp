#include "TsFile.h"

#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace claimsmith::test {

QString TsMessage::name() const
{
    return context + u": \""_s + source + u'"';
}

namespace {

void readMessage(QXmlStreamReader& xml, TsMessage& m)
{
    m.numerus = xml.attributes().value(u"numerus"_s) == u"yes"_s;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"source"_s) {
            m.source = xml.readElementText();
        } else if (xml.name() == u"comment"_s) {
            m.comment = xml.readElementText();
        } else if (xml.name() == u"translation"_s) {
            m.type = xml.attributes().value(u"type"_s).toString();
            if (m.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"numerusform"_s)
                        m.forms << xml.readElementText();
                    else
                        xml.skipCurrentElement();
                }
            } else {
                m.forms << xml.readElementText();
            }
        } else {
            xml.skipCurrentElement(); // location, extracomment, oldsource, …
        }
    }
}

} // namespace

TsFile readTsFile(const QString& path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = path + u": "_s + file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    if (xml.readNextStartElement() && xml.name() == u"TS"_s) {
        ts.language = xml.attributes().value(u"language"_s).toString();
        while (xml.readNextStartElement()) {
            if (xml.name() != u"context"_s) {
                xml.skipCurrentElement();
                continue;
            }
            QString context;
            while (xml.readNextStartElement()) {
                if (xml.name() == u"name"_s) {
                    context = xml.readElementText();
                } else if (xml.name() == u"message"_s) {
                    TsMessage m;
                    m.context = context;
                    readMessage(xml, m);
                    ts.messages << m;
                } else {
                    xml.skipCurrentElement();
                }
            }
        }
    } else if (!xml.hasError()) {
        ts.error = path + u": not a Qt Linguist file"_s;
    }
    if (xml.hasError())
        ts.error = u"%1:%2: %3"_s.arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

QStringList placeholders(const QString& text)
{
    static const QRegularExpression placeholder(u"%L?(?:[1-9][0-9]?|n)"_s);
    QStringList found;
    for (const QRegularExpressionMatch& m : placeholder.globalMatch(text))
        found << m.captured();
    found.sort();
    found.removeDuplicates();
    return found;
}

bool hasAccelerator(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != u'&')
            continue;
        if (text[i + 1] == u'&') {
            ++i; // "&&" is a literal ampersand
            continue;
        }
        if (!text[i + 1].isSpace())
            return true;
    }
    return false;
}

} // namespace claimsmith::test
