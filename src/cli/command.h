#pragma once
// One `hilo VERB` of the command line: its usage line, the options it takes, and what it does.
// Each family of verbs lives in its own file and contributes its Commands to the table.
#include "arguments.h"

#include <functional>
#include <string>
#include <vector>

namespace hilo::cli {

struct Command {
    std::string verb;
    std::string usage;   // arguments after the verb, e.g. "PROJECT FILES... [--group TAG]"
    std::string summary; // one line for `hilo --help`
    OptionSpec options;
    std::function<int(const Arguments&)> run; // returns the exit code
};

std::vector<Command> projectCommands(); // init, groups, speakers, guard
std::vector<Command> sourceCommands();  // import, sources, show
std::vector<Command> codebookCommands(); // codebook
std::vector<Command> codingCommands();  // coders, code, uncode, codings, autocode
std::vector<Command> searchCommands();  // search, reindex
std::vector<Command> quoteCommands();   // quotes
std::vector<Command> agreementCommands(); // agreement, disagreements
std::vector<Command> exchangeCommands(); // export --qdpx, merge
std::vector<Command> reliabilityCommands(); // doctor, backups, restore

// `hilo import PROJECT in.qdpx`: a REFI-QDA project into a new or existing project.
bool isQdpxImport(const Arguments& args);
int importQdpx(const Arguments& args);
std::vector<Command> crosstabCommands(); // crosstab
std::vector<Command> surveyCommands();  // survey, joint

// Parses argv, runs the verb, and maps errors to exit codes: 0 success, 1 a problem with the
// data or project (one line on stderr), 2 a usage error.
int runCli(int argc, char** argv);

} // namespace hilo::cli
