#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace claimsmith::test {

// One message of a Qt Linguist .ts file.
struct TsMessage
{
    QString context;
    QString source;
    QString comment; // the disambiguation, if any
    QString type;    // "unfinished", "obsolete", "vanished" or empty
    bool numerus = false;
    QStringList forms; // the translation, or its plural forms
    bool obsolete() const { return type == u"obsolete" || type == u"vanished"; }
    // "context: "source"", for failure messages.
    QString name() const;
};

// The messages of a .ts file and its language; error() says why it could not be read.
struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error;
};

TsFile readTsFile(const QString& path);

// The placeholders of a text (%1 … %99, %L1, %n), sorted, each once.
QStringList placeholders(const QString& text);

// Whether text has a keyboard accelerator: an & before a character that is neither
// a space nor another &.
bool hasAccelerator(const QString& text);

} // namespace claimsmith::test
