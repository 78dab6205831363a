// Verbs that bring whole projects in and out: export --qdpx, merge, and import of a .qdpx
// (which `hilo import` hands over here). All three go through a ProjectSnapshot; import and
// merge apply it with mergeSnapshot, in one transaction.
#include "command.h"
#include "json_output.h"

#include "operation_feedback.h"
#include "project/operations/exchange_operations.h"
#include "project/project.h"
#include "text/user_error.h"

#include <QJsonArray>

#include <algorithm>
#include <iostream>

namespace hilo::cli {
namespace {

QJsonArray strings(const std::vector<std::string>& values)
{
    QJsonArray array;
    for (const std::string& value : values)
        array.append(qs(value));
    return array;
}

QJsonObject matchedAndNew(const std::vector<std::string>& matched, const std::vector<std::string>& added)
{
    return QJsonObject{{QStringLiteral("matched"), strings(matched)}, {QStringLiteral("new"), strings(added)}};
}

void printReport(const std::string& from, const MergeReport& report, bool json)
{
    if (json) {
        QJsonArray skipped;
        for (const import::SkippedSource& s : report.skippedSources)
            skipped.append(QJsonObject{{QStringLiteral("name"), qs(s.name)}, {QStringLiteral("reason"), qs(s.reason)}});
        QJsonObject object{{QStringLiteral("from"), qs(from)},
                           {QStringLiteral("sources"), matchedAndNew(report.sourcesMatched, report.sourcesAdded)},
                           {QStringLiteral("codes"), matchedAndNew(report.codesMatched, report.codesAdded)},
                           {QStringLiteral("coders"), matchedAndNew(report.codersMatched, report.codersAdded)},
                           {QStringLiteral("groups_added"), strings(report.groupsAdded)},
                           {QStringLiteral("codings"),
                            QJsonObject{{QStringLiteral("new"), static_cast<qint64>(report.codingsAdded)},
                                        {QStringLiteral("already_present"), static_cast<qint64>(report.codingsPresent)}}},
                           {QStringLiteral("unmatched"), strings(report.unmatched)},
                           {QStringLiteral("skipped_sources"), skipped},
                           {QStringLiteral("warnings"), strings(report.warnings)}};
        if (!report.offsetReading.empty())
            object.insert(QStringLiteral("positions"), qs(report.offsetReading));
        printJson(object);
        return;
    }
    std::cout << "from " << from << ":\n"
              << "  sources: " << report.sourcesMatched.size() << " matched, " << report.sourcesAdded.size() << " new\n"
              << "  codes:   " << report.codesMatched.size() << " matched, " << report.codesAdded.size() << " new\n"
              << "  coders:  " << report.codersMatched.size() << " matched, " << report.codersAdded.size() << " new\n"
              << "  codings: " << report.codingsAdded << " new, " << report.codingsPresent << " already present, "
              << report.unmatched.size() << " unmatched\n";
    if (!report.offsetReading.empty())
        std::cout << "  positions read as " << report.offsetReading << "\n";
    for (const std::string& name : report.sourcesAdded)
        std::cout << "new source " << name << "\n";
    for (const std::string& path : report.codesAdded)
        std::cout << "new code " << path << "\n";
    for (const std::string& name : report.codersAdded)
        std::cout << "new coder " << name << "\n";
    for (const import::SkippedSource& s : report.skippedSources)
        std::cout << "skipped " << s.name << ": " << s.reason << "\n";
    for (const std::string& line : report.unmatched)
        std::cout << "unmatched " << line << "\n";
    for (const std::string& line : report.warnings)
        std::cerr << "warning: " << line << "\n";
}

int exportProject(const Arguments& args)
{
    const std::string folder = args.positional(0, "PROJECT");
    const std::optional<std::string> target = args.value("qdpx");
    if (!target)
        throw UsageError("say where to write: --qdpx FILE.qdpx");
    Project project = Project::open(folder, Project::Access::ReadOnly);
    const ops::ExportSummary summary = ops::exportQdpx(project, *target, operationContext("export", "Exporting"));
    if (args.has("json")) {
        printJson(QJsonObject{{QStringLiteral("file"), qs(*target)},
                              {QStringLiteral("sources"), static_cast<qint64>(summary.sources)},
                              {QStringLiteral("codes"), static_cast<qint64>(summary.codes)},
                              {QStringLiteral("coders"), static_cast<qint64>(summary.coders)},
                              {QStringLiteral("codings"), static_cast<qint64>(summary.codings)}});
    } else {
        std::cout << "Wrote " << *target << ": " << summary.sources << " sources, " << summary.codes << " codes, "
                  << summary.coders << " coders, " << summary.codings << " codings\n";
    }
    return 0;
}

int merge(const Arguments& args)
{
    const std::string folder = args.positional(0, "PROJECT");
    const std::string other = args.positional(1, "OTHER (the coder's copy of the project, or a .qdpx)");
    MergeOptions options;
    options.defaultGroup = args.value("group");
    options.acceptFlags = args.has("accept-flags");
    Project project = Project::open(folder);
    printReport(other, ops::mergeFrom(project, other, options, operationContext("merge", "Merging")), args.has("json"));
    return 0;
}

} // namespace

bool isQdpxImport(const Arguments& args)
{
    const std::vector<std::string>& p = args.positionals();
    return p.size() > 1 && std::any_of(p.begin() + 1, p.end(), [](const std::string& f) { return ops::isQdpxFile(f); });
}

int importQdpx(const Arguments& args)
{
    const std::string folder = args.positional(0, "PROJECT");
    const std::vector<std::string> files(args.positionals().begin() + 1, args.positionals().end());
    if (files.size() != 1)
        throw UsageError("import one .qdpx at a time, without other files");
    if (args.value("attributes") || args.value("language"))
        throw UsageError("--attributes and --language do not apply to a .qdpx, which carries its own");
    std::error_code error;
    const bool exists = std::filesystem::exists(folder, error);
    // An empty folder becomes the new project, as `hilo init` allows.
    const bool isProject = exists && !std::filesystem::is_empty(folder, error);
    if (!std::filesystem::is_regular_file(files.front(), error))
        throw UserError(files.front() + ": no such file, or it cannot be read");
    Project project = isProject ? Project::open(folder) : Project::create(folder);
    MergeOptions options;
    options.defaultGroup = args.value("group");
    options.acceptFlags = args.has("accept-flags");
    try {
        printReport(files.front(), ops::importQdpx(project, files.front(), options, operationContext("import", "Importing")),
                    args.has("json"));
    } catch (...) {
        // A project this command created and could not fill: leave nothing behind (an empty
        // folder given for it stays, empty).
        if (!exists)
            std::filesystem::remove_all(folder, error);
        else if (!isProject)
            for (const auto& entry : std::filesystem::directory_iterator(folder, error))
                std::filesystem::remove_all(entry.path(), error);
        throw;
    }
    return 0;
}

std::vector<Command> exchangeCommands()
{
    return {
        {"export", "PROJECT --qdpx FILE.qdpx [--json]",
         "write the whole project as a REFI-QDA project (.qdpx) for NVivo, ATLAS.ti, MAXQDA, QualCoder",
         {{"qdpx"}, {"json"}}, exportProject},
        {"merge", "PROJECT OTHER.hilo|OTHER.qdpx [--group TAG] [--accept-flags] [--json]",
         "bring in another copy's sources, codes, coders and codings (matched by content and GUID), once",
         {{"group"}, {"accept-flags", "json"}}, merge},
    };
}

} // namespace hilo::cli
