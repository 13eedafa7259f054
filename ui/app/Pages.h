#pragma once

#include <QString>

#include <vector>

namespace claimsmith::ui {

class Page;

struct PageEntry
{
    QString icon; // resources/icons/<icon>.svg
    QString title;
    Page* page;
};

// The pages of the main window, in sidebar order.
std::vector<PageEntry> createPages();

} // namespace claimsmith::ui
