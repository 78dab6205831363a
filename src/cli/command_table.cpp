#include "command.h"

#include "store/database.h"
#include "text/user_error.h"

#include <QCoreApplication>

#include <cstdio>
#include <iostream>
#include <set>

namespace hilo::cli {
namespace {

std::vector<Command> allCommands()
{
    std::vector<Command> commands;
    for (auto family : {projectCommands, sourceCommands, codebookCommands, codingCommands, searchCommands, quoteCommands,
                        agreementCommands, exchangeCommands, crosstabCommands, surveyCommands, reliabilityCommands})
        for (Command& command : family())
            commands.push_back(std::move(command));
    return commands;
}

void printHelp(const std::vector<Command>& commands)
{
    std::cout << "Hilo " << HILO_VERSION << ": a workbench for qualitative interview research\n\n"
              << "Usage: hilo VERB PROJECT [ARGS] [--json]\n\nVerbs:\n";
    for (const Command& command : commands)
        std::cout << "  " << command.verb << " " << command.usage << "\n      " << command.summary << "\n";
    std::cout << "\nExit codes: 0 success, 1 a problem with the data or project, 2 a usage error.\n";
}

// Verbs that may change what the search index holds. The index is updated here, in one place,
// after the verb has saved its change and closed the project, rather than inside each verb: a
// new verb cannot forget it, and a failed verb (exit code not 0) changed nothing to index.
// Verbs in this list that only read (codebook list) find an empty queue and cost one query.
const std::set<std::string> kIndexChangingVerbs = {"import", "code", "uncode", "autocode", "codebook",
                                                     "groups", "merge", "restore"};

} // namespace

int runCli(int argc, char** argv)
{
    // Qt's text codecs and file APIs need an application object; Hilo opens no window or socket.
    QCoreApplication application(argc, argv);
    const std::vector<Command> commands = allCommands();
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty() || args.front() == "--help" || args.front() == "-h" || args.front() == "help") {
        printHelp(commands);
        return args.empty() ? 2 : 0;
    }
    if (args.front() == "--version") {
        std::cout << "hilo " << HILO_VERSION << "\n";
        return 0;
    }

    const std::string verb = args.front();
    args.erase(args.begin());
    for (const Command& command : commands) {
        if (command.verb != verb)
            continue;
        try {
            const Arguments arguments(args, command.options);
            backupBeforeBulkOperation(verb, arguments.positionals());
            const int exitCode = command.run(arguments);
            if (exitCode == 0 && kIndexChangingVerbs.count(verb) && !arguments.positionals().empty())
                updateIndexAfter(arguments.positionals().front());
            return exitCode;
        } catch (const UsageError& e) {
            std::cerr << "hilo " << verb << ": " << e.what() << "\nusage: hilo " << verb << " " << command.usage << "\n";
            return 2;
        } catch (const UserError& e) {
            std::cerr << "hilo " << verb << ": " << e.what() << "\n";
            return 1;
        } catch (const store::StoreError& e) {
            std::cerr << "hilo " << verb << ": the project store refused the change: " << e.what() << "\n";
            return 1;
        } catch (const std::exception& e) {
            std::cerr << "hilo " << verb << ": internal error: " << e.what() << " (please report it)\n";
            return 3;
        }
    }
    std::cerr << "hilo: unknown verb '" << verb << "' (see hilo --help)\n";
    return 2;
}

} // namespace hilo::cli
