// Verbs for the quote basket: hilo quotes PROJECT add|list|remove|move|note|trim|edit|suggest|
// report|export|template.
#include "command.h"
#include "json_output.h"

#include "import/file_bytes.h"
#include "index/index_sync.h"
#include "project/coder_store.h"
#include "project/source_store.h"
#include "analysis/quotes/diversity_report.h"
#include "analysis/quotes/odt_export.h"
#include "analysis/quotes/quote_export.h"
#include "analysis/quotes/quote_store.h"
#include "analysis/quotes/quote_suggestions.h"
#include "text/unicode_text.h"
#include "text/user_error.h"

#include <QJsonArray>

#include <iostream>

namespace hilo::cli {
namespace {

using namespace hilo::quotes;

std::int64_t parseNumber(const std::string& text, const std::string& what)
{
    std::size_t used = 0;
    long long value = -1;
    try {
        value = std::stoll(text, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (text.empty() || used != text.size() || value < 0)
        throw UsageError(what + " must be a whole number, not '" + text + "'");
    return value;
}

std::pair<std::int64_t, std::int64_t> parseSpan(const std::string& text, const std::string& option)
{
    const auto colon = text.find(':');
    if (colon == std::string::npos)
        throw UsageError(option + " '" + text + "' must be START:END in code points, e.g. 120:245");
    return {parseNumber(text.substr(0, colon), option), parseNumber(text.substr(colon + 1), option)};
}

QuoteMarks marksFrom(const Arguments& args)
{
    return quoteMarksFromName(args.value("marks").value_or("typographic"));
}

TrimOptions trimFrom(const Arguments& args)
{
    TrimOptions trim;
    trim.mode = trimModeFromName(args.value("trim").value_or("extend"));
    if (const auto max = args.value("max-length"))
        trim.maxLength = parseNumber(*max, "--max-length");
    return trim;
}

QJsonArray strings(const std::vector<std::string>& values)
{
    QJsonArray array;
    for (const std::string& value : values)
        array.append(qs(value));
    return array;
}

QJsonArray editsJson(const std::vector<QuoteEdit>& edits)
{
    QJsonArray array;
    for (const QuoteEdit& e : edits) {
        QJsonObject object{{QStringLiteral("kind"), qs(editKindName(e.kind))},
                           {QStringLiteral("start"), static_cast<qint64>(e.start)},
                           {QStringLiteral("end"), static_cast<qint64>(e.end)}};
        if (e.kind != QuoteEdit::Kind::Elide)
            object.insert(QStringLiteral("text"), qs(e.text));
        array.append(object);
    }
    return array;
}

QJsonObject quoteJson(const QuoteRecord& r, const std::string& attributed)
{
    return QJsonObject{{QStringLiteral("id"), static_cast<qint64>(r.id)},
                       {QStringLiteral("guid"), qs(r.guid)},
                       {QStringLiteral("position"), r.position},
                       {QStringLiteral("source"), qs(r.sourceName)},
                       {QStringLiteral("group"), qs(r.groupTag)},
                       {QStringLiteral("participant"), qs(r.participant)},
                       {QStringLiteral("speaker"), qs(r.speaker)},
                       {QStringLiteral("language"), qs(r.language)},
                       {QStringLiteral("start"), static_cast<qint64>(r.span.start)},
                       {QStringLiteral("end"), static_cast<qint64>(r.span.end)},
                       {QStringLiteral("edits"), editsJson(r.span.edits)},
                       {QStringLiteral("coding"), r.codingId ? QJsonValue(static_cast<qint64>(*r.codingId)) : QJsonValue()},
                       {QStringLiteral("codes"), strings(r.codes)},
                       {QStringLiteral("coder"), qs(r.coderName)},
                       {QStringLiteral("note"), qs(r.note)},
                       {QStringLiteral("text"), qs(r.text)},
                       {QStringLiteral("attribution"), qs(attributed)}};
}

void printQuote(QuoteStore& store, const QuoteRecord& r, const Arguments& args)
{
    const std::string attributed = store.attributed(r, store.attributionTemplate(), marksFrom(args));
    if (args.has("json"))
        printJson(quoteJson(r, attributed));
    else
        std::cout << r.position << "\tquote " << r.id << "\t" << r.sourceName << " " << r.span.start << ":" << r.span.end
                  << "\t" << attributed << "\n";
}

int add(Project& project, const Arguments& args)
{
    QuoteStore store(project);
    std::int64_t id = 0;
    const std::string note = args.value("note").value_or("");
    if (const auto coding = args.value("coding")) {
        if (args.positionals().size() > 2 || args.value("span") || args.value("text"))
            throw UsageError("--coding ID takes the coding's source and span: give no SOURCE, --span or --text");
        id = store.addFromCoding(parseNumber(*coding, "--coding"), trimFrom(args), note);
    } else {
        const SourceDetail source = SourceStore(project).source(args.positional(2, "SOURCE"));
        NewQuote quote;
        quote.sourceId = source.id;
        if (args.value("span").has_value() == args.value("text").has_value())
            throw UsageError("give exactly one of --span START:END, --text \"exact words\" or --coding ID");
        if (const auto span = args.value("span")) {
            std::tie(quote.start, quote.end) = parseSpan(*span, "--span");
        } else {
            const std::string needle = text::toNfc(*args.value("text"));
            const std::size_t at = needle.empty() ? std::string::npos : source.text.find(needle);
            if (at == std::string::npos || source.text.find(needle, at + 1) != std::string::npos)
                throw UserError("--text must match exactly once in " + source.name +
                                (at == std::string::npos ? "; copy the words exactly as they are in the transcript"
                                                         : "; give more words so that they match once, or use --span"));
            quote.start = text::codePointLength(std::string_view(source.text).substr(0, at));
            quote.end = quote.start + text::codePointLength(needle);
        }
        if (const auto coder = args.value("coder"))
            quote.coderId = CoderStore(project).require(*coder).id;
        quote.note = note;
        quote.trim = trimFrom(args);
        id = store.add(quote);
    }
    const QuoteRecord r = store.quote(id, marksFrom(args));
    if (args.has("json"))
        printQuote(store, r, args);
    else
        std::cout << "added quote " << id << " at position " << r.position << ": " << r.text << "\n";
    return 0;
}

int list(Project& project, const Arguments& args)
{
    QuoteStore store(project);
    const std::string shape = args.value("template").value_or(store.attributionTemplate());
    validateTemplate(shape);
    const std::vector<QuoteRecord> all = store.list(marksFrom(args));
    if (args.has("json")) {
        QJsonArray array;
        for (const QuoteRecord& r : all)
            array.append(quoteJson(r, store.attributed(r, shape, marksFrom(args))));
        printJson(array);
        return 0;
    }
    for (const QuoteRecord& r : all)
        std::cout << r.position << "\tquote " << r.id << "\t" << r.sourceName << " " << r.span.start << ":" << r.span.end
                  << "\t" << store.attributed(r, shape, marksFrom(args)) << "\n";
    return 0;
}

std::int64_t quoteId(const Arguments& args)
{
    return parseNumber(args.positional(2, "QUOTE_ID"), "QUOTE_ID");
}

int report(Project& project, const Arguments& args)
{
    double maxShare = 0.25;
    if (const auto given = args.value("max-share")) {
        try {
            std::size_t used = 0;
            maxShare = std::stod(*given, &used);
            if (used != given->size())
                throw std::invalid_argument("trailing");
        } catch (const std::exception&) {
            throw UsageError("--max-share must be a number such as 0.25");
        }
    }
    const DiversityReport r = diversityReport(project, QuoteStore(project).list(), maxShare);
    if (args.has("json")) {
        QJsonArray groups;
        for (const GroupDiversity& g : r.groups)
            groups.append(QJsonObject{{QStringLiteral("group"), qs(g.tag)},
                                      {QStringLiteral("quotes"), g.quotes},
                                      {QStringLiteral("participants"), g.participants},
                                      {QStringLiteral("sources"), g.sources}});
        QJsonArray participants;
        for (const ParticipantShare& p : r.participants)
            participants.append(QJsonObject{{QStringLiteral("participant"), qs(p.participant)},
                                            {QStringLiteral("group"), qs(p.groupTag)},
                                            {QStringLiteral("quotes"), p.quotes},
                                            {QStringLiteral("share"), p.share}});
        printJson(QJsonObject{{QStringLiteral("quotes"), r.quotes},
                              {QStringLiteral("max_share"), r.maxShare},
                              {QStringLiteral("groups"), groups},
                              {QStringLiteral("participants"), participants},
                              {QStringLiteral("warnings"), strings(r.warnings)}});
        return 0;
    }
    auto count = [](int n, const char* noun) { return std::to_string(n) + " " + noun + (n == 1 ? "" : "s"); };
    std::cout << count(r.quotes, "quote") << "\n";
    for (const GroupDiversity& g : r.groups)
        std::cout << g.tag << "\t" << count(g.quotes, "quote") << " from " << count(g.participants, "participant") << " ("
                  << count(g.sources, "source") << ")\n";
    for (const std::string& warning : r.warnings)
        std::cout << "warning: " << warning << "\n";
    return 0;
}

int suggest(const std::string& folder, const Arguments& args)
{
    Project project = Project::open(folder);
    syncIndex(project); // suggestions rank by the index: bring it up to date first
    SuggestOptions options;
    options.code = args.value("code").value_or("");
    if (options.code.empty())
        throw UsageError("--code CODE is required");
    if (const auto n = args.value("per-group"))
        options.perGroup = static_cast<int>(parseNumber(*n, "--per-group"));
    if (const auto n = args.value("min-length"))
        options.minLength = parseNumber(*n, "--min-length");
    if (const auto n = args.value("max-length"))
        options.maxLength = parseNumber(*n, "--max-length");
    const std::vector<Suggestion> suggestions = suggestQuotes(project, options);
    std::vector<std::int64_t> added;
    if (args.has("add")) {
        QuoteStore store(project);
        for (const Suggestion& s : suggestions) {
            NewQuote quote;
            quote.sourceId = s.sourceId;
            quote.start = s.span.start;
            quote.end = s.span.end;
            quote.codingId = s.codingId;
            added.push_back(store.add(quote));
        }
    }
    if (args.has("json")) {
        QJsonArray array;
        for (std::size_t i = 0; i < suggestions.size(); ++i) {
            const Suggestion& s = suggestions[i];
            QJsonObject object{{QStringLiteral("coding"), static_cast<qint64>(s.codingId)},
                               {QStringLiteral("source"), qs(s.sourceName)},
                               {QStringLiteral("group"), qs(s.groupTag)},
                               {QStringLiteral("participant"), qs(s.participant)},
                               {QStringLiteral("coder"), qs(s.coder)},
                               {QStringLiteral("start"), static_cast<qint64>(s.span.start)},
                               {QStringLiteral("end"), static_cast<qint64>(s.span.end)},
                               {QStringLiteral("length"), static_cast<qint64>(s.span.end - s.span.start)},
                               {QStringLiteral("within_bounds"), s.withinBounds},
                               {QStringLiteral("weight"), s.weight},
                               {QStringLiteral("text"), qs(s.text)}};
            if (i < added.size())
                object.insert(QStringLiteral("quote"), static_cast<qint64>(added[i]));
            array.append(object);
        }
        printJson(array);
        return 0;
    }
    if (suggestions.empty())
        std::cout << "no quotes to suggest for " << options.code << " (no participant's coding of it is left)\n";
    for (const Suggestion& s : suggestions)
        std::cout << s.groupTag << "\t" << s.participant << "\t" << s.sourceName << " " << s.span.start << ":"
                  << s.span.end << "\t" << s.text << "\n";
    if (!added.empty())
        std::cout << "added " << added.size() << " quotes to the basket\n";
    return 0;
}

int exportQuotes(Project& project, const Arguments& args)
{
    const std::filesystem::path file = args.positional(2, "FILE");
    const std::string format = args.value("format").value_or(import::lowerExtension(file));
    ExportOptions options;
    QuoteStore store(project);
    options.templateText = args.value("template").value_or(store.attributionTemplate());
    options.marks = marksFrom(args);
    options.notes = args.has("notes");
    if (const auto title = args.value("title"))
        options.title = *title;
    const std::vector<ExportedQuote> quotes = exportedQuotes(project, options);
    const std::string bytes = format == "odt" ? toOdt(quotes, options) : exportBytes(quotes, options, format);
    writeExportFile(file, bytes);
    if (args.has("json"))
        printJson(QJsonObject{{QStringLiteral("file"), qs(file.string())},
                              {QStringLiteral("format"), qs(format)},
                              {QStringLiteral("quotes"), static_cast<qint64>(quotes.size())}});
    else
        std::cout << "wrote " << quotes.size() << " quotes to " << file.string() << " (" << format << ")\n";
    return 0;
}

int templateCommand(Project& project, const Arguments& args)
{
    QuoteStore store(project);
    const std::string action = args.positionals().size() > 2 ? args.positionals()[2] : "show";
    if (action == "set")
        store.setAttributionTemplate(args.positional(3, "TEMPLATE"));
    else if (action == "reset")
        store.setAttributionTemplate(kDefaultTemplate);
    else if (action != "show")
        throw UsageError("unknown template action '" + action + "' (use show, set TEMPLATE or reset)");
    if (args.has("json"))
        printJson(QJsonObject{{QStringLiteral("template"), qs(store.attributionTemplate())}});
    else
        std::cout << store.attributionTemplate() << "\n";
    return 0;
}

int edit(Project& project, const Arguments& args)
{
    QuoteStore store(project);
    const std::int64_t id = quoteId(args);
    QuoteRecord record = store.quote(id);
    std::vector<QuoteEdit> edits = args.has("clear") ? std::vector<QuoteEdit>{} : record.span.edits;
    if (const auto elide = args.value("elide")) {
        const auto [start, end] = parseSpan(*elide, "--elide");
        edits.push_back({QuoteEdit::Kind::Elide, start, end, {}});
    }
    if (const auto insert = args.value("insert")) {
        const auto colon = insert->find(':');
        if (colon == std::string::npos)
            throw UsageError("--insert must be POSITION:WORDS, e.g. --insert 130:her aunt");
        const std::int64_t at = parseNumber(insert->substr(0, colon), "--insert");
        edits.push_back({QuoteEdit::Kind::Insert, at, at, insert->substr(colon + 1)});
    }
    if (const auto replace = args.value("replace")) {
        const auto second = replace->find(':', replace->find(':') + 1);
        if (second == std::string::npos)
            throw UsageError("--replace must be START:END:WORDS, e.g. --replace 120:124:her aunt");
        const auto [start, end] = parseSpan(replace->substr(0, second), "--replace");
        edits.push_back({QuoteEdit::Kind::Replace, start, end, replace->substr(second + 1)});
    }
    store.setEdits(id, edits);
    printQuote(store, store.quote(id, marksFrom(args)), args);
    return 0;
}

int quotesCommand(const Arguments& args)
{
    const std::string folder = args.positional(0, "PROJECT");
    const std::string action = args.positionals().size() > 1 ? args.positionals()[1] : "list";
    if (action == "suggest")
        return suggest(folder, args);
    const bool reads = action == "list" || action == "report" || action == "export";
    Project project = Project::open(folder, reads ? Project::Access::ReadOnly : Project::Access::ReadWrite);
    if (action == "add")
        return add(project, args);
    if (action == "list")
        return list(project, args);
    if (action == "report")
        return report(project, args);
    if (action == "export")
        return exportQuotes(project, args);
    if (action == "template")
        return templateCommand(project, args);
    if (action == "edit")
        return edit(project, args);
    QuoteStore store(project);
    if (action == "remove") {
        store.remove(quoteId(args));
        std::cout << "removed quote " << quoteId(args) << "\n";
        return 0;
    }
    if (action == "move") {
        const std::string position = args.value("position").value_or(args.positionals().size() > 3 ? args.positionals()[3] : "");
        if (position.empty())
            throw UsageError("give the new position: move QUOTE_ID --position N");
        store.move(quoteId(args), static_cast<int>(parseNumber(position, "--position")));
        printQuote(store, store.quote(quoteId(args), marksFrom(args)), args);
        return 0;
    }
    if (action == "note") {
        store.setNote(quoteId(args), args.positional(3, "NOTE"));
        printQuote(store, store.quote(quoteId(args), marksFrom(args)), args);
        return 0;
    }
    if (action == "trim") {
        store.retrim(quoteId(args), trimFrom(args));
        printQuote(store, store.quote(quoteId(args), marksFrom(args)), args);
        return 0;
    }
    throw UsageError("unknown action '" + action +
                     "' (use add, list, remove, move, note, trim, edit, suggest, report, export or template)");
}

} // namespace

std::vector<Command> quoteCommands()
{
    return {
        {"quotes",
         "PROJECT [list | add (SOURCE --span S:E | SOURCE --text T | --coding ID) [--trim none|extend|shrink] "
         "[--max-length N] [--note T] [--coder NAME] | remove ID | move ID --position N | note ID TEXT | "
         "trim ID [--trim MODE] [--max-length N] | edit ID [--elide S:E] [--insert P:WORDS] [--replace S:E:WORDS] "
         "[--clear] | suggest --code C [--per-group N] [--min-length N] [--max-length N] [--add] | "
         "report [--max-share 0.25] | export FILE [--format md|html|odt|docx|csv] [--template T] [--notes] "
         "[--title T] | template [show | set TEMPLATE | reset]] [--marks typographic|straight|keep] [--json]",
         "the quote basket: illustrative quotes trimmed to sentences, attributed, exported",
         {{"span", "text", "coding", "trim", "max-length", "min-length", "note", "coder", "position", "code",
           "per-group", "max-share", "format", "template", "title", "marks", "elide", "insert", "replace"},
          {"json", "add", "notes", "clear"}},
         quotesCommand},
    };
}

} // namespace hilo::cli
