// Verbs that create and configure a project: init, groups, speakers, guard.
#include "command.h"
#include "json_output.h"

#include "codebook/bundled_codebooks.h"
#include "project/codebook_store.h"
#include "project/project.h"
#include "project/source_store.h"

#include <QJsonArray>

#include <iostream>

namespace hilo::cli {
namespace {

int init(const Arguments& args)
{
    const std::string folder = args.positional(0, "PROJECT (the folder to create, e.g. Study.hilo)");
    // Load the codebook first: a wrong name must not leave an empty project behind.
    std::optional<codebook::Codebook> book;
    if (const auto name = args.value("codebook"))
        book = codebook::loadBundledCodebook(*name);
    Project project = Project::create(folder);
    std::size_t codes = 0;
    if (book) {
        CodebookStore(project).importCodebook(*book);
        codes = codebook::flatten(*book).size();
    }
    if (args.has("json"))
        printJson(QJsonObject{{QStringLiteral("created"), qs(folder)}, {QStringLiteral("codes"), static_cast<qint64>(codes)}});
    else
        std::cout << "Created " << folder << (book ? " with the " + book->name + " codebook (" + std::to_string(codes) + " codes)" : "") << "\n";
    return 0;
}

int groups(const Arguments& args)
{
    const std::string action = args.positionals().size() > 1 ? args.positionals()[1] : "list";
    Project project = Project::open(args.positional(0, "PROJECT"),
                                    action == "list" ? Project::Access::ReadOnly : Project::Access::ReadWrite);
    SourceStore store(project);
    if (action == "add") {
        store.addGroup(args.positional(2, "TAG"), args.positionals().size() > 3 ? args.positionals()[3] : "");
    } else if (action == "rename") {
        store.renameGroup(args.positional(2, "TAG"), args.positional(3, "NEW_TAG"),
                          args.positionals().size() > 4 ? args.positionals()[4] : "");
    } else if (action != "list") {
        throw UsageError("unknown action '" + action + "' (use list, add or rename)");
    }
    const std::vector<GroupInfo> all = store.groups();
    if (args.has("json")) {
        QJsonArray array;
        for (const GroupInfo& g : all)
            array.append(QJsonObject{{QStringLiteral("tag"), qs(g.tag)},
                                     {QStringLiteral("label"), qs(g.label)},
                                     {QStringLiteral("sources"), static_cast<qint64>(g.sourceCount)}});
        printJson(array);
    } else {
        for (const GroupInfo& g : all)
            std::cout << g.tag << "\t" << g.label << "\t" << g.sourceCount << " sources\n";
    }
    return 0;
}

int speakers(const Arguments& args)
{
    Project project = Project::open(args.positional(0, "PROJECT"));
    SourceStore store(project);
    const std::string action = args.positionals().size() > 1 ? args.positionals()[1] : "list";
    if (action == "add") {
        const std::string role = args.value("role").value_or("participant");
        if (role != "interviewer" && role != "participant")
            throw UsageError("--role must be interviewer or participant");
        store.addSpeakerPattern({args.positional(2, "PATTERN"), import::roleFromName(role)});
    } else if (action != "list") {
        throw UsageError("unknown action '" + action + "' (use list or add)");
    }
    const std::vector<SpeakerPattern> patterns = store.speakerPatterns();
    if (args.has("json")) {
        QJsonArray array;
        for (const SpeakerPattern& p : patterns)
            array.append(QJsonObject{{QStringLiteral("pattern"), qs(p.pattern)},
                                     {QStringLiteral("role"), QString::fromLatin1(import::roleName(p.role))}});
        printJson(array);
    } else {
        for (const SpeakerPattern& p : patterns)
            std::cout << import::roleName(p.role) << "\t" << p.pattern << "\n";
        std::cout << "(plus the built-in patterns for Interviewer, Entrevistador(a), I, E, P, Participant(e), "
                     "and participant IDs such as YP03)\n";
    }
    return 0;
}

int guard(const Arguments& args)
{
    Project project = Project::open(args.positional(0, "PROJECT"));
    SourceStore store(project);
    const std::string action = args.positionals().size() > 1 ? args.positionals()[1] : "names";
    if (action == "add-name") {
        for (std::size_t i = 2; i < args.positionals().size(); ++i)
            store.addGuardName(args.positionals()[i]);
        if (args.positionals().size() < 3)
            throw UsageError("missing NAME");
    } else if (action != "names") {
        throw UsageError("unknown action '" + action + "' (use names or add-name)");
    }
    const std::vector<std::string> names = store.guardNames();
    if (args.has("json")) {
        QJsonArray array;
        for (const std::string& name : names)
            array.append(qs(name));
        printJson(array);
    } else {
        for (const std::string& name : names)
            std::cout << name << "\n";
    }
    return 0;
}

} // namespace

std::vector<Command> projectCommands()
{
    const OptionSpec json{{}, {"json"}};
    return {
        {"init", "PROJECT [--codebook NAME] [--json]",
         "create a new project folder (owner-only), optionally with a bundled codebook (tfcsea)",
         {{"codebook"}, {"json"}}, init},
        {"groups", "PROJECT [list | add TAG [LABEL] | rename TAG NEW_TAG [LABEL]] [--json]",
         "list or manage participant groups (YP, FW and JP by default)", json, groups},
        {"speakers", "PROJECT [list | add PATTERN --role interviewer|participant] [--json]",
         "list or add speaker label patterns used to split turns", {{"role"}, {"json"}}, speakers},
        {"guard", "PROJECT [names | add-name NAME...] [--json]",
         "list or add names the de-identification guard must flag", json, guard},
    };
}

} // namespace hilo::cli
