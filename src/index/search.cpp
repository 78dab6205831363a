#include "search.h"

#include "bm25.h"
#include "document_range.h"
#include "hit_record.h"
#include "index_sync.h"
#include "index_layout.h"
#include "match_collector.h"
#include "passage_columns.h"
#include "phrase_filter.h"
#include "project/codebook_store.h"
#include "project/source_store.h"
#include "query_parser.h"
#include "search_worker.h"
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

// Below this many hits, handing half to the worker costs more than it saves.
constexpr std::size_t kHitsWorthSharing = 4;

struct SourceInfo {
    std::string name;
    std::string groupTag;
    std::string language;
};

} // namespace

struct SearchSession::State {
    State(Project& p, SearchThreads threads)
        : project(p), twoThreads(threads == SearchThreads::Two),
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

    // Wakes the worker as a search starts: waking a sleeping core takes about as long as the
    // half of a step it then takes over (search_worker.h).
    void wakeWorker()
    {
        if (twoThreads)
            secondThread().wake(database->get_revision());
    }

    index::SearchWorker& secondThread()
    {
        if (!worker)
            worker.emplace(index::indexFolder(project.folder()));
        return *worker;
    }

    // Every match, counted and ranked into `collector`: the lower half of the document ids on
    // this thread, the upper half on the worker.
    void match(const Xapian::Query& query, index::MatchCollector& collector)
    {
        const Xapian::docid last = database->get_lastdocid();
        if (!twoThreads) {
            matchRange(*database, query, 1, last, collector);
            return;
        }
        const Xapian::docid middle = last / 2;
        index::MatchCollector upper(*columns, collector.limit());
        const std::string serialised = query.serialise(); // Xapian objects stay on their thread
        const bool shared = secondThread().runBeside(
            database->get_revision(),
            [&](const Xapian::Database& index, index::TermCache&) {
                Xapian::Registry registry; // to rebuild the query's phrase filters over the same columns
                registry.register_posting_source(index::PhraseFilter(*columns, {}));
                matchRange(index, Xapian::Query::unserialise(serialised, registry), middle + 1, last, upper);
            },
            [&] { matchRange(*database, query, 1, middle, collector); });
        if (!shared)
            matchRange(*database, query, middle + 1, last, upper);
        collector.absorb(upper);
    }

    static void matchRange(const Xapian::Database& index, const Xapian::Query& query, Xapian::docid first,
                           Xapian::docid last, index::MatchCollector& collector)
    {
        Xapian::Enquire enquire(index);
        enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, query,
                                        Xapian::Query((new index::DocumentRange(first, last))->release())));
        enquire.set_weighting_scheme(index::bm25::weightWithoutLengths());
        enquire.add_matchspy(&collector);
        enquire.get_mset(0, 0, index.get_doccount()); // checkatleast = every document
        collector.finish();
    }

    // The best matches as hits. Reading each one's record and making its snippet is most of what
    // a search costs after matching, so the worker does the second half meanwhile.
    std::vector<SearchHit> hits(const std::vector<index::MatchCollector::Ranked>& best, const index::Highlight& highlight)
    {
        std::vector<const SourceInfo*> sourceOf; // looked up here: SQLite stays on this thread
        for (const index::MatchCollector::Ranked& match : best)
            sourceOf.push_back(&source(columns->place(match.document).sourceId));
        std::vector<index::HitRecord> records(best.size());
        std::vector<std::string> snippets(best.size());
        const auto read = [&](const Xapian::Database& from, index::TermCache& cache, std::size_t first, std::size_t last) {
            for (std::size_t i = first; i < last; ++i) {
                records[i] = index::decodeHitRecord(from.get_document(best[i].document, Xapian::DOC_ASSUME_VALID).get_data());
                snippets[i] = index::makeSnippet(records[i].text, sourceOf[i]->language, highlight, cache);
            }
        };
        const std::size_t half = twoThreads && best.size() >= kHitsWorthSharing ? best.size() / 2 : best.size();
        bool shared = false;
        if (half < best.size())
            shared = secondThread().runBeside(
                database->get_revision(),
                [&](const Xapian::Database& index, index::TermCache& cache) { read(index, cache, half, best.size()); },
                [&] { read(*database, terms, 0, half); });
        else
            read(*database, terms, 0, half);
        if (!shared)
            read(*database, terms, half, best.size());

        std::vector<SearchHit> out;
        for (std::size_t i = 0; i < best.size(); ++i)
            out.push_back(hit(records[i], std::move(snippets[i]), *sourceOf[i], best[i].score));
        return out;
    }

    SearchHit hit(const index::HitRecord& record, std::string snippet, const SourceInfo& info, double weight)
    {
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
        hit.sourceName = info.name;
        hit.groupTag = info.groupTag;
        hit.snippet = std::move(snippet);
        hit.weight = weight;
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
    const bool twoThreads;
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
    std::optional<index::SearchWorker> worker; // started by the first search, with two threads
};

SearchSession::SearchSession(Project& project, SearchThreads threads)
    : state_(std::make_unique<State>(project, threads))
{
}

SearchSession::~SearchSession() = default;

SearchResults SearchSession::search(const std::string& query, const SearchOptions& options)
{
    try {
        state_->index();
        state_->wakeWorker();
        index::ParsedQuery parsed = index::parseQuery(state_->project, query, &state_->filters, &*state_->columns);
        // One pass over every match: the exact total, the facets and the best hits.
        index::MatchCollector collector(*state_->columns, options.limit);
        state_->match(parsed.query, collector);

        SearchResults results;
        results.total = collector.total();
        const index::Highlight highlight{parsed.positionalTerms, parsed.stemmedTerms, parsed.wildcardPrefixes};
        results.hits = state_->hits(collector.best(), highlight);
        if (options.groupFacet)
            results.groups = state_->groupFacet(collector.groupCounts());
        if (options.codeFacet)
            results.codes = state_->codeFacet(collector.codeCounts());
        return results;
    } catch (const Xapian::DatabaseError& e) {
        throw IndexDamagedError(e.get_description());
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
    } catch (const Xapian::DatabaseError& e) {
        throw IndexDamagedError(e.get_description());
    } catch (const Xapian::Error& e) {
        throw UserError("search: " + e.get_description());
    }
}

} // namespace hilo
