#pragma once

#include <QWidget>

namespace claimsmith::ui {

// A page that is not built yet: says what it will hold.
class PlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    PlaceholderPage(const QString& title, const QString& description, QWidget* parent = nullptr);
};

} // namespace claimsmith::ui
