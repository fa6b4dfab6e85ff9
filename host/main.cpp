// consentry-host: picks the mode from the arguments (see cli/cli.h); nothing else.
#include "cli/cli.h"

int main(int argc, char** argv) { return consentry::run_cli(argc, argv); }
