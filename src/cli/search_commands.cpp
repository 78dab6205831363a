// Verbs about the search index: search and reindex.
#include "command.h"
#include "json_output.h"

#include "index/index_sync.h"
#include "index/search.h"
#include "operation_feedback.h"
#include "project/operations/maintenance_operations.h"
#include "project/project.h"
#include "text/user_error.h"

#include <QJsonArray>

#include <unistd.h>

#include <iostream>
#include <optional>
#include <set>
#include <sstream>

namespace hilo::cli {
namespace {

void showProgress(std::size_t done, std::size_t total)
{
    // A progress line only for a person watching; scripts and logs get none.
    if (isatty(STDERR_FILENO) == 0)
        return;
    std::cerr << "\rIndexing " << done << "/" << total << " sources" << (done == total ? "\n" : "") << std::flush;
}

std::size_t parseLimit(const std::optional<std::string>& value)
{
    if (!value)
        return 20;
    std::size_t used = 0;
    long long limit = -1;
    try {
        limit = std::stoll(*value, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used != value->size() || limit < 1 || limit > 100000)
        throw UsageError("--limit must be a number from 1 to 100000");
    return static_cast<std::size_t>(limit);
}

std::set<std::string> parseFacets(const std::optional<std::string>& value)
{
    std::set<std::string> facets;
    if (!value)
        return facets;
    std::istringstream list(*value);
    for (std::string facet; std::getline(list, facet, ',');) {
        if (facet != "group" && facet != "code")
            throw UsageError("--facets takes group, code or group,code, not '" + facet + "'");
        facets.insert(facet);
    }
    return facets;
}

QJsonArray toJson(const std::vector<std::string>& strings)
{
    QJsonArray array;
    for (const std::string& s : strings)
        array.append(qs(s));
    return array;
}

QJsonArray toJson(const std::vector<FacetCount>& counts, const char* key)
{
    QJsonArray array;
    for (const FacetCount& count : counts)
        array.append(QJsonObject{{QString::fromLatin1(key), qs(count.label)},
                                 {QStringLiteral("count"), static_cast<qint64>(count.count)}});
    return array;
}

// Searching needs no writer: a fresh index is searched read-only, so `hilo search` works while
// the window has the project open. A stale or missing index is first brought up to date, which
// needs the writer lock; if another writer holds it, a stale index is searched with a warning.
// A damaged index is derived data: rebuilt at once when the writer lock is free.
SearchResults searchFreshIndex(const std::string& folder, const std::string& query, const SearchOptions& options)
{
    bool damaged = false;
    try {
        Project reader = Project::open(folder, Project::Access::ReadOnly);
        if (indexIsFresh(reader))
            return hilo::search(reader, query, options);
    } catch (const IndexDamagedError&) {
        damaged = true;
    }
    std::optional<Project> writer;
    try {
        writer.emplace(Project::open(folder));
    } catch (const UserError& e) {
        Project reader = Project::open(folder, Project::Access::ReadOnly);
        SearchResults results = hilo::search(reader, query, options); // no index at all: says so
        std::cerr << "hilo search: warning: the search index may be behind the project (" << e.what() << ")\n";
        return results;
    }
    if (damaged) {
        rebuildIndex(*writer, showProgress);
        std::cerr << "hilo search: warning: the search index was damaged and has been rebuilt\n";
    } else {
        syncIndex(*writer, showProgress);
    }
    return hilo::search(*writer, query, options);
}

int search(const Arguments& args)
{
    const std::string query = args.positional(1, "QUERY");
    if (args.positionals().size() > 2)
        throw UsageError("put the whole query in one argument, in quotes");
    SearchOptions options;
    options.limit = parseLimit(args.value("limit"));
    const std::set<std::string> facets = parseFacets(args.value("facets"));
    options.groupFacet = facets.count("group") > 0;
    options.codeFacet = facets.count("code") > 0;

    const SearchResults results = searchFreshIndex(args.positional(0, "PROJECT"), query, options);

    if (args.has("json")) {
        QJsonArray hits;
        for (const SearchHit& hit : results.hits) {
            QJsonObject object{{QStringLiteral("kind"), qs(hit.kind)},
                               {QStringLiteral("id"), static_cast<qint64>(hit.id)},
                               {QStringLiteral("source_id"), static_cast<qint64>(hit.sourceId)},
                               {QStringLiteral("source"), qs(hit.sourceName)},
                               {QStringLiteral("group"), qs(hit.groupTag)},
                               {QStringLiteral("speaker"), qs(hit.speaker)},
                               {QStringLiteral("role"), qs(hit.role)},
                               {QStringLiteral("start"), static_cast<qint64>(hit.start)},
                               {QStringLiteral("end"), static_cast<qint64>(hit.end)},
                               {QStringLiteral("codes"), toJson(hit.codes)},
                               {QStringLiteral("snippet"), qs(hit.snippet)},
                               {QStringLiteral("weight"), hit.weight}};
            if (hit.kind == "coding")
                object.insert(QStringLiteral("coder"), qs(hit.coder));
            hits.append(object);
        }
        QJsonObject document{{QStringLiteral("query"), qs(query)},
                             {QStringLiteral("total"), static_cast<qint64>(results.total)},
                             {QStringLiteral("highlight"), QJsonArray{QStringLiteral("\u00AB"), QStringLiteral("\u00BB")}},
                             {QStringLiteral("hits"), hits}};
        if (options.groupFacet || options.codeFacet) {
            QJsonObject facetObject;
            if (options.groupFacet)
                facetObject.insert(QStringLiteral("group"), toJson(results.groups, "group"));
            if (options.codeFacet)
                facetObject.insert(QStringLiteral("code"), toJson(results.codes, "code"));
            document.insert(QStringLiteral("facets"), facetObject);
        }
        printJson(document);
        return 0;
    }
    std::cout << results.total << (results.total == 1 ? " match" : " matches");
    if (static_cast<std::int64_t>(results.hits.size()) < results.total)
        std::cout << ", showing " << results.hits.size();
    std::cout << "\n";
    for (const SearchHit& hit : results.hits) {
        std::cout << "\n" << hit.sourceName << " [" << hit.groupTag << "] " << hit.kind << " " << hit.start << ":"
                  << hit.end;
        if (!hit.speaker.empty())
            std::cout << "  " << hit.speaker << " (" << hit.role << ")";
        if (hit.kind == "coding")
            std::cout << "  coder " << hit.coder;
        std::cout << "\n  " << hit.snippet << "\n";
        if (!hit.codes.empty()) {
            std::cout << "  codes:";
            for (const std::string& code : hit.codes)
                std::cout << " " << code << ";";
            std::cout << "\n";
        }
    }
    if (options.groupFacet) {
        std::cout << "\nBy group:\n";
        for (const FacetCount& count : results.groups)
            std::cout << "  " << count.label << "\t" << count.count << "\n";
    }
    if (options.codeFacet) {
        std::cout << "\nBy code:\n";
        for (const FacetCount& count : results.codes)
            std::cout << "  " << count.label << "\t" << count.count << "\n";
    }
    return 0;
}

int reindex(const Arguments& args)
{
    Project project = Project::open(args.positional(0, "PROJECT"));
    const IndexSyncReport report = ops::reindex(project, operationContext("reindex", "Indexing"));
    if (args.has("json")) {
        printJson(QJsonObject{{QStringLiteral("sources"), static_cast<qint64>(report.sourcesIndexed)},
                              {QStringLiteral("documents"), static_cast<qint64>(report.documents)},
                              {QStringLiteral("change_counter"), static_cast<qint64>(report.changeCounter)}});
        return 0;
    }
    std::cout << "Indexed " << report.sourcesIndexed << " sources (" << report.documents << " turns and codings)\n";
    return 0;
}

} // namespace

std::vector<Command> searchCommands()
{
    return {
        {"search", "PROJECT QUERY [--limit N] [--facets group,code] [--json]",
         "search turns and coded excerpts: words, \"phrases\", NEAR, AND/OR/NOT, word*, code: group: coder: "
         "source: role: kind: and attribute filters (age:16..17)",
         {{"limit", "facets"}, {"json"}}, search},
        {"reindex", "PROJECT [--json]", "rebuild the search index from project.db", {{}, {"json"}}, reindex},
    };
}

} // namespace hilo::cli
