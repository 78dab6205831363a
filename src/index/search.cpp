#include "search.h"

#include "bm25.h"
#include "hit_record.h"
#include "index_layout.h"
#include "match_collector.h"
#include "passage_columns.h"
#include "project/codebook_store.h"
#include "project/source_store.h"
#include "query_parser.h"
#include "snippet.h"
#include "terms.h"
#include "text/user_error.h"

#include <xapian.h>

#include <map>
#include <optional>
#include <unordered_map>

namespace hilo {
namespace {
namespace fs = std::filesystem;

struct SourceInfo {
    std::string name;
    std::string groupTag;
    std::string language;
};

} // namespace

struct SearchSession::State {
    explicit State(Project& p)
        : project(p),
          sourceRow(p.db().prepare("SELECT s.name, g.tag, s.language FROM sources s "
                                   "JOIN groups g ON g.id = s.group_id WHERE s.id = ?"))
    {
        for (const CodeRecord& code : CodebookStore(p).codes(CodebookStore::Counts::Omitted)) {
            codePaths[code.id] = code.path;
            codebookOrder.push_back(code.id);
        }
        auto coders = p.db().prepare("SELECT id, name FROM coders");
        while (coders.step())
            coderNames[coders.columnInt(0)] = coders.columnText(1);
        groups = SourceStore(p).groups();
    }

    Xapian::Database& index()
    {
        const fs::path folder = index::indexFolder(project.folder());
        if (!database) {
            if (!index::indexExists(folder))
                throw UserError(project.folder().string() + ": no search index yet (run `hilo reindex`)");
            database.emplace(folder.string());
            columns.reset();
        } else {
            try {
                if (database->reopen()) // cheap when nothing was committed since
                    columns.reset();
            } catch (const Xapian::Error&) {
                database.emplace(folder.string()); // rebuilt in a new place since
                columns.reset();
            }
        }
        if (!columns)
            columns = index::PassageColumns::read(*database);
        return *database;
    }

    const SourceInfo& source(std::int64_t id)
    {
        auto found = sources.find(id);
        if (found != sources.end())
            return found->second;
        sourceRow.bind(1, id);
        SourceInfo info;
        if (sourceRow.step())
            info = {sourceRow.columnText(0), sourceRow.columnText(1), sourceRow.columnText(2)};
        sourceRow.reset();
        return sources.emplace(id, std::move(info)).first->second;
    }

    SearchHit hit(const index::MatchCollector::Ranked& match, const index::Highlight& highlight)
    {
        const Xapian::Document document = database->get_document(match.document, Xapian::DOC_ASSUME_VALID);
        const index::HitRecord record = index::decodeHitRecord(document.get_data());
        SearchHit hit;
        hit.kind = record.kind;
        hit.id = record.id;
        hit.sourceId = record.sourceId;
        hit.start = record.start;
        hit.end = record.end;
        hit.speaker = record.speaker;
        hit.role = record.role;
        if (record.coderId != 0)
            hit.coder = coderNames[record.coderId];
        for (std::int64_t code : record.codeIds)
            hit.codes.push_back(codePaths[code]);
        const SourceInfo& info = source(record.sourceId);
        hit.sourceName = info.name;
        hit.groupTag = info.groupTag;
        hit.snippet = index::makeSnippet(record.text, info.language, highlight, terms);
        hit.weight = match.score;
        return hit;
    }

    // Non-zero counts, in the order of the window's group list.
    std::vector<FacetCount> groupFacet(const std::vector<std::int64_t>& counts) const
    {
        const auto byId = nonZeroById(columns->groupIds(), counts);
        std::vector<FacetCount> out;
        for (const GroupInfo& group : groups)
            if (const auto found = byId.find(group.id); found != byId.end())
                out.push_back({group.id, group.tag, found->second});
        return out;
    }

    // Non-zero counts, in codebook order.
    std::vector<FacetCount> codeFacet(const std::vector<std::int64_t>& counts) const
    {
        const auto byId = nonZeroById(columns->codeIds(), counts);
        std::vector<FacetCount> out;
        for (std::int64_t id : codebookOrder)
            if (const auto found = byId.find(id); found != byId.end())
                out.push_back({id, codePaths.at(id), found->second});
        return out;
    }

    // Counts by the columns' dense numbers, keyed by database id instead.
    static std::unordered_map<std::int64_t, std::int64_t> nonZeroById(const std::vector<std::int64_t>& ids,
                                                                      const std::vector<std::int64_t>& counts)
    {
        std::unordered_map<std::int64_t, std::int64_t> byId;
        for (std::size_t dense = 0; dense < counts.size(); ++dense)
            if (counts[dense] > 0)
                byId[ids[dense]] = counts[dense];
        return byId;
    }

    Project& project;
    std::optional<Xapian::Database> database;
    std::optional<index::PassageColumns> columns; // of `database` as last opened
    index::FilterCache filters;
    std::map<std::int64_t, std::string> codePaths;
    std::vector<std::int64_t> codebookOrder; // depth-first, as the codebook lists them
    std::map<std::int64_t, std::string> coderNames;
    std::vector<GroupInfo> groups;
    std::unordered_map<std::int64_t, SourceInfo> sources;
    store::Statement sourceRow;
    index::TermCache terms;
};

SearchSession::SearchSession(Project& project) : state_(std::make_unique<State>(project)) {}

SearchSession::~SearchSession() = default;

SearchResults SearchSession::search(const std::string& query, const SearchOptions& options)
{
    try {
        Xapian::Database& database = state_->index();
        index::ParsedQuery parsed = index::parseQuery(state_->project, query, &state_->filters);
        // One pass over every match: the exact total, the facets and the best hits.
        Xapian::Enquire enquire(database);
        enquire.set_query(parsed.query);
        enquire.set_weighting_scheme(index::bm25::weightWithoutLengths());
        index::MatchCollector collector(*state_->columns, options.limit);
        enquire.add_matchspy(&collector);
        enquire.get_mset(0, 0, database.get_doccount()); // checkatleast = every document
        collector.finish();

        SearchResults results;
        results.total = collector.total();
        const index::Highlight highlight{parsed.positionalTerms, parsed.stemmedTerms, parsed.wildcardPrefixes};
        for (const index::MatchCollector::Ranked& match : collector.best())
            results.hits.push_back(state_->hit(match, highlight));
        if (options.groupFacet)
            results.groups = state_->groupFacet(collector.groupCounts());
        if (options.codeFacet)
            results.codes = state_->codeFacet(collector.codeCounts());
        return results;
    } catch (const Xapian::Error& e) {
        throw UserError("search: " + e.get_description());
    }
}

SearchResults search(Project& project, const std::string& query, const SearchOptions& options)
{
    return SearchSession(project).search(query, options);
}

std::vector<std::int64_t> matchingCodingIds(Project& project, const std::string& query)
{
    try {
        const fs::path folder = index::indexFolder(project.folder());
        if (!index::indexExists(folder))
            throw UserError(project.folder().string() + ": no search index yet (run `hilo reindex`)");
        const index::ParsedQuery parsed = index::parseQuery(project, query);
        Xapian::Database database(folder.string());
        Xapian::Enquire enquire(database);
        enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, parsed.query,
                                        Xapian::Query(std::string(index::kKindPrefix) + "coding")));
        enquire.set_weighting_scheme(Xapian::BoolWeight()); // order is irrelevant; skip ranking
        const Xapian::doccount everything = database.get_doccount();
        const Xapian::MSet matches = enquire.get_mset(0, everything, everything);
        std::vector<std::int64_t> ids;
        ids.reserve(matches.size());
        for (auto match = matches.begin(); match != matches.end(); ++match)
            ids.push_back(index::decodeHitRecord(match.get_document().get_data()).id);
        return ids;
    } catch (const Xapian::Error& e) {
        throw UserError("search: " + e.get_description());
    }
}

} // namespace hilo
