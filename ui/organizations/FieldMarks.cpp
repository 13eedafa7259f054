#include "FieldMarks.h"

#include "common/TimeText.h"

#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace claimsmith::ui::organizations {

namespace {

// Readable on light and dark palettes alike.
constexpr auto kErrorRed = "#d9453b";

} // namespace

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

std::string toStd(const QString& s)
{
    return s.toStdString();
}

QString sentence(std::string_view message)
{
    QString text = qs(message);
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QLabel* makeMessageLabel(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(u"color: %1;"_s.arg(QLatin1String(kErrorRed)));
    label->hide();
    return label;
}

void markField(QWidget* field, QLabel* messageLabel, const QString& message)
{
    if (field) {
        const QString type = QString::fromLatin1(field->metaObject()->className());
        field->setStyleSheet(
            message.isEmpty()
                ? QString()
                : u"%1 { border: 1px solid %2; border-radius: 3px; padding: 2px; }"_s.arg(
                      type, QLatin1String(kErrorRed)));
        field->setToolTip(message);
    }
    if (messageLabel) {
        messageLabel->setText(message);
        messageLabel->setVisible(!message.isEmpty());
    }
}

QWidget* withMessage(QWidget* field, QLabel* messageLabel)
{
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(messageLabel);
    box->setFocusProxy(field);
    return box;
}

QString formatTime(qint64 ms)
{
    return longTime(ms);
}

} // namespace claimsmith::ui::organizations
