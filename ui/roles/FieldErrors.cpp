#include "FieldErrors.h"

#include <QLabel>
#include <QVBoxLayout>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace claimsmith::ui {

namespace {

// The one colour that is not a palette role: readable on light and dark.
constexpr auto kErrorColor = "#d9534f";

} // namespace

FieldErrors::FieldErrors(QLabel* general)
    : m_general(general)
{}

void FieldErrors::add(const QString& field, QWidget* widget, QLabel* label)
{
    m_fields[field] = Field{widget, label, false};
}

QLabel* FieldErrors::makeLabel(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(u"color: %1;"_s.arg(QLatin1String(kErrorColor)));
    label->hide();
    return label;
}

QWidget* FieldErrors::withLabel(QWidget* field, QLabel* label)
{
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    layout->addWidget(field);
    layout->addWidget(label);
    return box;
}

void FieldErrors::mark(Field& f, const QString& message, bool withText)
{
    if (f.widget) {
        // The frame is set on the field alone (by its object name), so that
        // the children of a composite field keep their look.
        const QString name = f.widget->objectName();
        f.widget->setStyleSheet(name.isEmpty()
                                    ? QString()
                                    : u"#%1 { border: 1px solid %2; border-radius: 3px; }"_s.arg(
                                          name, QLatin1String(kErrorColor)));
        f.widget->setProperty("fieldError", message);
    }
    if (f.label) {
        f.label->setText(withText ? message : QString());
        f.label->setVisible(withText && !message.isEmpty());
    }
    f.marked = !message.isEmpty();
}

void FieldErrors::show(const QString& field, const QString& message)
{
    auto it = m_fields.find(field);
    if (it != m_fields.end() && (it->second.widget || it->second.label)) {
        mark(it->second, message);
        return;
    }
    if (m_general) {
        m_general->setText(message);
        m_general->setVisible(!message.isEmpty());
    }
}

void FieldErrors::frame(const QString& field, const QString& message)
{
    auto it = m_fields.find(field);
    if (it != m_fields.end())
        mark(it->second, message, false);
}

void FieldErrors::show(const store::Error& error)
{
    show(fieldOf(error.field), sentence(error.message));
}

void FieldErrors::clear(const QString& field)
{
    auto it = m_fields.find(field);
    if (it != m_fields.end() && it->second.marked) {
        if (it->second.widget) {
            it->second.widget->setStyleSheet(QString());
            it->second.widget->setProperty("fieldError", QString());
        }
        if (it->second.label) {
            it->second.label->clear();
            it->second.label->hide();
        }
        it->second.marked = false;
    }
}

void FieldErrors::clearAll()
{
    for (auto& [name, f] : m_fields)
        clear(name);
    if (m_general) {
        m_general->clear();
        m_general->hide();
    }
}

bool FieldErrors::has(const QString& field) const
{
    auto it = m_fields.find(field);
    return it != m_fields.end() && it->second.marked;
}

bool FieldErrors::any() const
{
    for (const auto& [name, f] : m_fields) {
        if (f.marked)
            return true;
    }
    return m_general && !m_general->text().isEmpty();
}

QWidget* FieldErrors::widget(const QString& field) const
{
    auto it = m_fields.find(field);
    return it == m_fields.end() ? nullptr : it->second.widget.data();
}

QString FieldErrors::fieldOf(const std::string& storeField)
{
    const std::size_t end = storeField.find_first_of(".[");
    return QString::fromStdString(storeField.substr(0, end));
}

QString FieldErrors::sentence(const std::string& message)
{
    QString s = QString::fromStdString(message);
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

} // namespace claimsmith::ui
