#pragma once

namespace claimsmith::cli {

// True when argv[1] names a sub-command (or asks for help or the version):
// then the program runs as a command-line tool, without a display.
bool isCommandLine(int argc, char** argv);
int run(int argc, char** argv);

} // namespace claimsmith::cli
