#pragma once

#include "Page.h"

namespace claimsmith::ui {

// A page that is not built yet: says what it will hold.
class PlaceholderPage : public Page
{
    Q_OBJECT

public:
    PlaceholderPage(const QString& title, const QString& description, QWidget* parent = nullptr);
    void setSession(StoreSession*) override {}
};

} // namespace claimsmith::ui
