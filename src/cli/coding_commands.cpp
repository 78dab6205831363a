// Verbs for coding: coders, code, uncode, codings, autocode.
#include "command.h"
#include "json_output.h"

#include "operation_feedback.h"
#include "project/codebook_store.h"
#include "project/coder_store.h"
#include "project/coding_store.h"
#include "project/operations/coding_operations.h"
#include "project/source_store.h"
#include "text/unicode_text.h"
#include "text/user_error.h"

#include <QJsonArray>

#include <iostream>

namespace hilo::cli {
namespace {

int coders(const Arguments& args)
{
    Project project = Project::open(args.positional(0, "PROJECT"));
    CoderStore store(project);
    const std::string action = args.positionals().size() > 1 ? args.positionals()[1] : "list";
    if (action == "add")
        store.add(args.positional(2, "NAME"));
    else if (action != "list")
        throw UsageError("unknown action '" + action + "' (use list or add)");
    const std::vector<CoderRecord> all = store.coders();
    if (args.has("json")) {
        QJsonArray array;
        for (const CoderRecord& c : all)
            array.append(QJsonObject{{QStringLiteral("name"), qs(c.name)},
                                     {QStringLiteral("guid"), qs(c.guid)},
                                     {QStringLiteral("codings"), static_cast<qint64>(c.codingCount)}});
        printJson(array);
    } else {
        for (const CoderRecord& c : all)
            std::cout << c.name << "\t" << c.codingCount << " codings\n";
    }
    return 0;
}

struct Span {
    std::int64_t start;
    std::int64_t end;
};

std::int64_t parseOffset(const std::string& text, const std::string& whole)
{
    std::size_t used = 0;
    long long value = -1;
    try {
        value = std::stoll(text, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used != text.size() || text.empty())
        throw UsageError("--span '" + whole + "' must be START:END in code points, e.g. --span 120:245");
    return value;
}

// The span named by exactly one of --span, --text or --turn, in code points of the source.
Span spanFrom(const Arguments& args, const SourceDetail& source)
{
    const int given = (args.value("span") ? 1 : 0) + (args.value("text") ? 1 : 0) + (args.value("turn") ? 1 : 0);
    if (given != 1)
        throw UsageError("give exactly one of --span START:END, --text \"exact words\" or --turn N");
    if (const auto span = args.value("span")) {
        const auto colon = span->find(':');
        if (colon == std::string::npos)
            throw UsageError("--span '" + *span + "' must be START:END in code points, e.g. --span 120:245");
        return {parseOffset(span->substr(0, colon), *span), parseOffset(span->substr(colon + 1), *span)};
    }
    if (const auto words = args.value("text")) {
        const std::string needle = text::toNfc(*words);
        if (needle.empty())
            throw UsageError("--text needs the exact words to code");
        std::size_t count = 0;
        std::size_t first = std::string::npos;
        for (std::size_t at = source.text.find(needle); at != std::string::npos; at = source.text.find(needle, at + 1)) {
            if (count++ == 0)
                first = at;
        }
        if (count != 1)
            throw UserError("--text matches " + std::to_string(count) + " times in " + source.name +
                            (count == 0 ? "; copy the words exactly as they are in the transcript"
                                        : "; give more words so that they match once, or use --span"));
        const std::int64_t start = text::codePointLength(std::string_view(source.text).substr(0, first));
        return {start, start + text::codePointLength(needle)};
    }
    const std::string turnText = *args.value("turn");
    std::size_t used = 0;
    int turn = 0;
    try {
        turn = std::stoi(turnText, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used != turnText.size() || turn < 1 || static_cast<std::size_t>(turn) > source.turns.size())
        throw UserError("--turn " + turnText + ": " + source.name + " has turns 1 to " + std::to_string(source.turns.size()));
    const import::Turn& t = source.turns[static_cast<std::size_t>(turn - 1)];
    if (t.end <= t.speechStart)
        throw UserError("turn " + turnText + " of " + source.name + " has no words to code");
    return {t.speechStart, t.end};
}

QJsonObject codingToJson(const CodingRecord& c)
{
    return QJsonObject{{QStringLiteral("id"), static_cast<qint64>(c.id)},
                       {QStringLiteral("guid"), qs(c.guid)},
                       {QStringLiteral("source"), qs(c.sourceName)},
                       {QStringLiteral("group"), qs(c.groupTag)},
                       {QStringLiteral("code"), qs(c.codePath)},
                       {QStringLiteral("coder"), qs(c.coderName)},
                       {QStringLiteral("start"), static_cast<qint64>(c.start)},
                       {QStringLiteral("end"), static_cast<qint64>(c.end)},
                       {QStringLiteral("memo"), qs(c.memo)},
                       {QStringLiteral("created_at"), qs(c.createdAt)},
                       {QStringLiteral("text"), qs(c.text)}};
}

struct Target {
    SourceDetail source;
    CodeRecord code;
    CoderRecord coder;
    Span span;
};

Target targetFrom(Project& project, const Arguments& args)
{
    const std::string coder = args.value("coder").value_or("");
    if (coder.empty())
        throw UsageError("--coder NAME is required: every coding belongs to a coder");
    Target target{SourceStore(project).source(args.positional(1, "SOURCE")), CodebookStore(project).code(args.positional(2, "CODE")),
                  CoderStore(project).require(coder), {}};
    target.span = spanFrom(args, target.source);
    return target;
}

int code(const Arguments& args)
{
    Project project = Project::open(args.positional(0, "PROJECT"));
    const Target t = targetFrom(project, args);
    const std::int64_t id = ops::code(project, {t.source.id, t.code.id, t.coder.id, t.span.start, t.span.end,
                                                args.value("memo").value_or("")},
                                      operationContext("code", "Indexing"));
    if (args.has("json")) {
        for (const CodingRecord& c : CodingStore(project).forSource(t.source.id))
            if (c.id == id)
                printJson(codingToJson(c));
    } else {
        std::cout << "coded " << t.source.name << " " << t.span.start << ":" << t.span.end << " as " << t.code.path
                  << " (" << t.coder.name << ", coding " << id << ")\n";
    }
    return 0;
}

int uncode(const Arguments& args)
{
    Project project = Project::open(args.positional(0, "PROJECT"));
    CodingStore store(project);
    std::int64_t id = 0;
    if (args.positionals().size() == 2) {
        const std::string given = args.positionals()[1];
        try {
            id = std::stoll(given);
        } catch (const std::exception&) {
            throw UsageError("'" + given + "' is not a coding id; give an id, or SOURCE CODE --coder NAME with the span");
        }
    } else {
        const Target t = targetFrom(project, args);
        for (const CodingRecord& c : store.forSource(t.source.id))
            if (c.codeId == t.code.id && c.coderId == t.coder.id && c.start == t.span.start && c.end == t.span.end)
                id = c.id;
        if (id == 0)
            throw UserError(t.coder.name + " has no coding of " + t.code.path + " at " + std::to_string(t.span.start) +
                            ":" + std::to_string(t.span.end) + " in " + t.source.name);
    }
    ops::uncode(project, id, operationContext("uncode", "Indexing"));
    std::cout << "removed coding " << id << "\n";
    return 0;
}

int codings(const Arguments& args)
{
    Project project = Project::open(args.positional(0, "PROJECT"), Project::Access::ReadOnly);
    const std::vector<CodingRecord> all =
        CodingStore(project).list({args.value("source"), args.value("code"), args.value("coder"), args.value("group")});
    if (args.has("json")) {
        QJsonArray array;
        for (const CodingRecord& c : all)
            array.append(codingToJson(c));
        printJson(array);
        return 0;
    }
    for (const CodingRecord& c : all)
        std::cout << c.id << "\t" << c.sourceName << "\t" << c.start << ":" << c.end << "\t" << c.codePath << "\t"
                  << c.coderName << "\t" << c.text << "\n";
    return 0;
}

// "1 turn", "3 turns".
std::string counted(std::int64_t count, const std::string& noun)
{
    return std::to_string(count) + " " + noun + (count == 1 ? "" : "s");
}

int autocodeCommand(const Arguments& args)
{
    Project project = Project::open(args.positional(0, "PROJECT"));
    ops::AutocodeRequest request;
    request.query = args.value("query").value_or("");
    request.code = args.value("code").value_or("");
    request.coder = args.value("coder").value_or("");
    if (request.query.empty() || request.code.empty() || request.coder.empty())
        throw UsageError("--query, --code and --coder are required");
    const std::string unit = args.value("unit").value_or("turn");
    if (unit != "turn" && unit != "sentence")
        throw UsageError("--unit must be turn or sentence");
    request.unit = unit == "turn" ? ops::AutocodeRequest::Unit::Turn : ops::AutocodeRequest::Unit::Sentence;
    if (const auto role = args.value("role")) {
        if (*role == "any")
            request.role.reset();
        else if (*role == "participant" || *role == "interviewer" || *role == "unknown")
            request.role = *role;
        else
            throw UsageError("--role must be participant, interviewer, unknown or any");
    }
    request.source = args.value("source");
    const ops::AutocodeReport report = ops::autocode(project, request, operationContext("autocode", "Indexing"));
    if (args.has("json"))
        printJson(QJsonObject{{QStringLiteral("matched"), static_cast<qint64>(report.matched)},
                              {QStringLiteral("coded"), static_cast<qint64>(report.coded)}});
    else
        std::cout << "coded " << counted(report.coded, "excerpt") << " (" << counted(report.matched, unit) << " matched; "
                  << report.matched - report.coded << " already coded)\n";
    return 0;
}

} // namespace

std::vector<Command> codingCommands()
{
    const OptionSpec target{{"coder", "span", "text", "turn", "memo"}, {"json"}};
    return {
        {"coders", "PROJECT [list | add NAME] [--json]", "list or add the people who code", {{}, {"json"}}, coders},
        {"code", "PROJECT SOURCE CODE --coder NAME (--span START:END | --text \"exact words\" | --turn N) [--memo T] [--json]",
         "apply a code to a span of a transcript", target, code},
        {"uncode", "PROJECT (CODING_ID | SOURCE CODE --coder NAME (--span S:E | --text T | --turn N))",
         "remove a coding", target, uncode},
        {"codings", "PROJECT [--source S] [--code C] [--coder NAME] [--group TAG] [--json]",
         "list codings; --code includes the code's sub-codes", {{"source", "code", "coder", "group"}, {"json"}}, codings},
        {"autocode", "PROJECT --query Q --code C --coder NAME [--unit turn|sentence] [--role participant|interviewer|unknown|any] [--source S] [--json]",
         "code every turn or sentence that a search query matches (participants' turns unless --role or the query says)",
         {{"query", "code", "coder", "unit", "role", "source"}, {"json"}}, autocodeCommand},
    };
}

} // namespace hilo::cli
