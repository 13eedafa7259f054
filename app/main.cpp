#include "cli/Cli.h"

#ifdef CLAIMSMITH_WITH_GUI
#include "app/Gui.h"
#endif

// No sub-command: the desktop application. A sub-command: the command line,
// which never needs a display.
int main(int argc, char** argv)
{
    if (claimsmith::cli::isCommandLine(argc, argv))
        return claimsmith::cli::run(argc, argv);
#ifdef CLAIMSMITH_WITH_GUI
    return claimsmith::ui::runGui(argc, argv);
#else
    return claimsmith::cli::run(argc, argv);
#endif
}
