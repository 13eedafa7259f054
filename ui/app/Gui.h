#pragma once

namespace claimsmith::ui {

// Starts the desktop application (QApplication, translations, main window).
int runGui(int argc, char** argv);

} // namespace claimsmith::ui
