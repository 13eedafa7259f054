#pragma once

#include <QString>

namespace claimsmith::ui {

class MainWindow;

// Photographs every page of the main window into `directory` once the store
// is open (NN-<page>.png), then quits the application. Used by
// scripts/screenshots.sh for the user guide and to look at the UI as an
// admin sees it. `dark` gives the application a dark palette first.
struct ScreenshotOptions
{
    QString directory;
    QString page; // one page (its icon name, e.g. "users"), or all when empty
    bool dark = false;
};

void applyDarkPalette();
void takeScreenshots(MainWindow& window, const ScreenshotOptions& options);

} // namespace claimsmith::ui
