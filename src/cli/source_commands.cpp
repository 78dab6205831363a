// Verbs about transcripts: import, sources, show.
#include "command.h"
#include "json_output.h"

#include "operation_feedback.h"
#include "project/operations/source_operations.h"
#include "project/project.h"
#include "project/source_store.h"
#include "text/unicode_text.h"

#include <QJsonArray>

#include <iostream>

namespace hilo::cli {
namespace {

int importFiles(const Arguments& args)
{
    if (isQdpxImport(args))
        return importQdpx(args);
    ImportRequest request;
    const std::string folder = args.positional(0, "PROJECT");
    for (std::size_t i = 1; i < args.positionals().size(); ++i)
        request.files.emplace_back(args.positionals()[i]);
    if (request.files.empty())
        throw UsageError("missing FILES to import");
    request.group = args.value("group");
    if (const auto csv = args.value("attributes"))
        request.attributesCsv = *csv;
    request.language = args.value("language").value_or("auto");
    if (request.language != "auto" && request.language != "en" && request.language != "es")
        throw UsageError("--language must be en, es or auto");
    request.acceptFlags = args.has("accept-flags");
    request.replaceInvalidBytes = args.has("replace-invalid-bytes");

    Project project = Project::open(folder);
    const ImportReport report = ops::importTranscripts(project, request, operationContext("import", "Reading"));

    if (args.has("json")) {
        QJsonArray imported;
        for (const ImportedSource& s : report.imported)
            imported.append(QJsonObject{{QStringLiteral("id"), static_cast<qint64>(s.id)},
                                        {QStringLiteral("name"), qs(s.name)},
                                        {QStringLiteral("group"), qs(s.groupTag)},
                                        {QStringLiteral("language"), qs(s.language)},
                                        {QStringLiteral("turns"), static_cast<qint64>(s.turnCount)},
                                        {QStringLiteral("accepted_flags"), static_cast<qint64>(s.acceptedFlags)}});
        QJsonArray skipped;
        for (const SkippedFile& s : report.skipped)
            skipped.append(QJsonObject{{QStringLiteral("file"), qs(s.file)}, {QStringLiteral("reason"), qs(s.reason)}});
        printJson(QJsonObject{{QStringLiteral("imported"), imported}, {QStringLiteral("skipped"), skipped}});
        return 0;
    }
    for (const ImportedSource& s : report.imported) {
        std::cout << "imported " << s.name << " (" << s.groupTag << ", " << s.language << ", " << s.turnCount << " turns";
        if (s.acceptedFlags > 0)
            std::cout << ", " << s.acceptedFlags << " guard flags accepted";
        std::cout << ")\n";
    }
    for (const SkippedFile& s : report.skipped)
        std::cout << "skipped " << s.file << ": " << s.reason << "\n";
    std::cout << report.imported.size() << " imported, " << report.skipped.size() << " skipped\n";
    return 0;
}

QJsonObject summaryToJson(const SourceSummary& s)
{
    return QJsonObject{{QStringLiteral("id"), static_cast<qint64>(s.id)},
                       {QStringLiteral("name"), qs(s.name)},
                       {QStringLiteral("group"), qs(s.groupTag)},
                       {QStringLiteral("participant"), qs(s.participant)},
                       {QStringLiteral("language"), qs(s.language)},
                       {QStringLiteral("format"), qs(s.format)},
                       {QStringLiteral("encoding"), qs(s.encoding)},
                       {QStringLiteral("note"), qs(s.note)},
                       {QStringLiteral("length"), static_cast<qint64>(s.length)},
                       {QStringLiteral("turns"), static_cast<qint64>(s.turnCount)},
                       {QStringLiteral("attributes"), attributesToJson(s.attributes)}};
}

int listSources(const Arguments& args)
{
    Project project = Project::open(args.positional(0, "PROJECT"), Project::Access::ReadOnly);
    const std::vector<SourceSummary> sources = SourceStore(project).sources();
    if (args.has("json")) {
        QJsonArray array;
        for (const SourceSummary& s : sources)
            array.append(summaryToJson(s));
        printJson(array);
        return 0;
    }
    for (const SourceSummary& s : sources) {
        std::cout << s.id << "\t" << s.groupTag << "\t" << s.name << "\t" << s.language << "\t" << s.turnCount << " turns";
        for (const import::Attribute& a : s.attributes)
            std::cout << "\t" << a.name << "=" << a.value;
        std::cout << "\n";
    }
    return 0;
}

int show(const Arguments& args)
{
    Project project = Project::open(args.positional(0, "PROJECT"), Project::Access::ReadOnly);
    const SourceDetail source = SourceStore(project).source(args.positional(1, "SOURCE (a name or id)"));
    const bool withTurns = args.has("turns");
    if (args.has("json")) {
        QJsonObject object = summaryToJson(source);
        object.insert(QStringLiteral("text"), qs(source.text));
        if (withTurns) {
            QJsonArray turns;
            for (std::size_t i = 0; i < source.turns.size(); ++i) {
                QJsonObject turn = turnToJson(source.turns[i], static_cast<std::int64_t>(i + 1));
                turn.insert(QStringLiteral("text"),
                            qs(text::slice(source.text, source.turns[i].speechStart, source.turns[i].end)));
                turns.append(turn);
            }
            object.insert(QStringLiteral("turn_list"), turns);
        }
        printJson(object);
        return 0;
    }
    if (!withTurns) {
        std::cout << source.text;
        return 0;
    }
    for (std::size_t i = 0; i < source.turns.size(); ++i) {
        const import::Turn& turn = source.turns[i];
        std::cout << "[" << (i + 1) << "] " << (turn.speaker.empty() ? "(no speaker)" : turn.speaker) << " ("
                  << import::roleName(turn.role) << ") " << turn.start << "-" << turn.end << "\n"
                  << text::slice(source.text, turn.speechStart, turn.end) << "\n\n";
    }
    return 0;
}

} // namespace

std::vector<Command> sourceCommands()
{
    return {
        {"import", "PROJECT FILES... [--group TAG] [--attributes people.csv] [--language en|es|auto] [--accept-flags] "
                   "[--replace-invalid-bytes] [--json]",
         "import transcripts (.txt .md .docx .odt .vtt .srt), all or nothing; or one REFI-QDA project (.qdpx), "
         "into a new or existing project",
         {{"group", "attributes", "language"}, {"accept-flags", "replace-invalid-bytes", "json"}}, importFiles},
        {"sources", "PROJECT [--json]", "list the transcripts with group, language, turns and attributes",
         {{}, {"json"}}, listSources},
        {"show", "PROJECT SOURCE [--turns] [--json]", "print a transcript, or its speaker turns",
         {{}, {"turns", "json"}}, show},
    };
}

} // namespace hilo::cli
