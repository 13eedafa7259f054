#pragma once

#include "json/Writer.h"
#include "model/ModelJson.h"

#include <QString>

#include <string>
#include <string_view>

class QLabel;
class QWidget;

// Small helpers the organizations page shares: text between the store's
// std::string and Qt, the store's messages as sentences, and marking a field
// that holds a mistake (a red frame, and the message under it).
namespace claimsmith::ui::organizations {

QString qs(std::string_view s);
std::string toStd(const QString& s);

// The store words its messages for people but starts them in lower case
// ("an organization needs a name"), to be embedded; shown alone, they start
// with a capital.
QString sentence(std::string_view message);

// A hidden, word-wrapped label in the error red, to put under a field.
QLabel* makeMessageLabel(const QString& objectName);

// A red frame around `field` and `message` under it; an empty message clears
// both. `field` is a plain Qt widget (QLineEdit, QListWidget, QComboBox).
void markField(QWidget* field, QLabel* messageLabel, const QString& message);

// A field with its message label under it, for a form row.
QWidget* withMessage(QWidget* field, QLabel* messageLabel);

// A record as indented JSON, for conflict dialogs.
template <class T>
QString prettyJson(const T& record);

// Milliseconds since 1970 as detail panels show them (common/TimeText.h).
QString formatTime(qint64 ms);

template <class T>
QString prettyJson(const T& record)
{
    return qs(json::toString(model::toJson(record), {.pretty = true}));
}

} // namespace claimsmith::ui::organizations
