#pragma once

namespace claimsmith::ui {

// Starts the desktop application (QApplication, translations, main window).
int runGui(int argc, char** argv);

// Registers the icons and translations compiled into the static UI library;
// runGui() does it, tests that build windows themselves call it once.
void initResources();

} // namespace claimsmith::ui
