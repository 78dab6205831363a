#include "command.h"
#include "option_help.h"

#include "store/database.h"
#include "text/user_error.h"

#include <QCoreApplication>

#include <cstdio>
#include <iostream>

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
    std::cout << "\n'hilo VERB --help' (or 'hilo help VERB') describes a verb's options.\n"
              << "Exit codes: 0 success, 1 a problem with the data or project, 2 a usage error.\n";
}

// --help (or -h) anywhere before a "--" asks for the verb's help instead of running it.
bool asksForHelp(const std::vector<std::string>& args)
{
    for (const std::string& arg : args) {
        if (arg == "--")
            return false;
        if (arg == "--help" || arg == "-h")
            return true;
    }
    return false;
}

} // namespace

int runCli(int argc, char** argv)
{
    // Qt's text codecs and file APIs need an application object; Hilo opens no window or socket.
    QCoreApplication application(argc, argv);
    const std::vector<Command> commands = allCommands();
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.size() == 2 && args.front() == "help")
        args = {args[1], "--help"}; // hilo help VERB
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
        if (asksForHelp(args)) {
            printVerbHelp(command, std::cout);
            return 0;
        }
        try {
            // The verb parses, calls one operation of the core (src/project/operations/), which
            // owns backups, transactions and the index, and prints what it did.
            return command.run(Arguments(args, command.options));
        } catch (const UsageError& e) {
            std::cerr << "hilo " << verb << ": " << e.what() << "\nusage: hilo " << verb << " " << command.usage << "\n";
            return 2;
        } catch (const UserError& e) {
            std::cerr << "hilo " << verb << ": " << e.what() << "\n";
            return 1;
        } catch (const store::StoreError& e) {
            if (e.isDamage())
                std::cerr << "hilo " << verb << ": the project database is damaged (" << e.what()
                          << "); hilo doctor PROJECT shows the way back\n";
            else
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
