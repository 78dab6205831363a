#pragma once
// `hilo VERB --help`: the verb's usage line, what it does, and each option it takes with a line
// saying what the option is for.
#include "command.h"

#include <ostream>

namespace hilo::cli {

void printVerbHelp(const Command& command, std::ostream& out);

} // namespace hilo::cli
