#include "search.h"

#include "hit_record.h"
#include "index_layout.h"
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

// Counts matching documents per code from the packed ids of kCodesSlot. Codes are
// multi-valued (a document counts for each of its codes and their ancestors), which a
// ValueCountMatchSpy cannot count; one value per match is far cheaper than its term list.
class CodeFacetSpy : public Xapian::MatchSpy {
public:
    std::unordered_map<std::int64_t, std::int64_t> counts;

    void operator()(const Xapian::Document& document, double) override
    {
        index::forEachPackedCodeId(document.get_value(index::kCodesSlot), [&](std::int64_t id) { ++counts[id]; });
    }
};

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
                                   "JOIN groups g ON g.id = s.group_id WHERE s.id = ?")),
          hitText(p.db().prepare("SELECT substr(text, ? + 1, ?) FROM sources WHERE id = ?"))
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
        } else {
            try {
                database->reopen(); // cheap when nothing was committed since
            } catch (const Xapian::Error&) {
                database.emplace(folder.string()); // rebuilt in a new place since
            }
        }
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

    // SQLite's substr counts characters (code points), as Hilo's offsets do.
    std::string text(std::int64_t sourceId, std::int64_t start, std::int64_t end)
    {
        hitText.bind(1, start).bind(2, end - start).bind(3, sourceId);
        std::string out = hitText.step() ? hitText.columnText(0) : std::string();
        hitText.reset();
        return out;
    }

    SearchHit hit(const Xapian::MSetIterator& match, const index::Highlight& highlight)
    {
        const index::HitRecord record = index::decodeHitRecord(match.get_document().get_data());
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
        hit.snippet = index::makeSnippet(text(record.sourceId, record.start, record.end), info.language, highlight, terms);
        hit.weight = match.get_weight();
        return hit;
    }

    Project& project;
    std::optional<Xapian::Database> database;
    std::map<std::int64_t, std::string> codePaths;
    std::vector<std::int64_t> codebookOrder; // depth-first, as the codebook lists them
    std::map<std::int64_t, std::string> coderNames;
    std::vector<GroupInfo> groups;
    std::unordered_map<std::int64_t, SourceInfo> sources;
    store::Statement sourceRow;
    store::Statement hitText;
    index::TermCache terms;
};

SearchSession::SearchSession(Project& project) : state_(std::make_unique<State>(project)) {}

SearchSession::~SearchSession() = default;

SearchResults SearchSession::search(const std::string& query, const SearchOptions& options)
{
    try {
        Xapian::Database& database = state_->index();
        index::ParsedQuery parsed = index::parseQuery(state_->project, query);
        // The best hits, ranked: Xapian skips documents that cannot reach the top.
        Xapian::Enquire ranked(database);
        ranked.set_query(parsed.query);
        const Xapian::MSet matches = ranked.get_mset(0, static_cast<Xapian::doccount>(options.limit));
        // The exact total and facets visit every match, so that pass computes no scores.
        Xapian::Enquire counting(database);
        counting.set_query(parsed.query);
        counting.set_weighting_scheme(Xapian::BoolWeight());
        counting.set_docid_order(Xapian::Enquire::ASCENDING);
        Xapian::ValueCountMatchSpy groupSpy(index::kGroupSlot);
        CodeFacetSpy codeSpy;
        if (options.groupFacet)
            counting.add_matchspy(&groupSpy);
        if (options.codeFacet)
            counting.add_matchspy(&codeSpy);
        // checkatleast = every document: the total and the facet counts are exact, not estimates.
        const Xapian::MSet counted = counting.get_mset(0, 0, database.get_doccount());

        SearchResults results;
        results.total = static_cast<std::int64_t>(counted.get_matches_estimated());
        const index::Highlight highlight{parsed.positionalTerms, parsed.stemmedTerms, parsed.wildcardPrefixes};
        for (auto match = matches.begin(); match != matches.end(); ++match)
            results.hits.push_back(state_->hit(match, highlight));
        if (options.groupFacet) {
            std::map<std::string, Xapian::doccount> counts;
            for (auto value = groupSpy.values_begin(); value != groupSpy.values_end(); ++value)
                counts[*value] = value.get_termfreq();
            for (const GroupInfo& group : state_->groups)
                if (const auto found = counts.find(std::to_string(group.id)); found != counts.end())
                    results.groups.push_back({group.id, group.tag, static_cast<std::int64_t>(found->second)});
        }
        if (options.codeFacet)
            for (std::int64_t id : state_->codebookOrder)
                if (const auto found = codeSpy.counts.find(id); found != codeSpy.counts.end())
                    results.codes.push_back({id, state_->codePaths.at(id), found->second});
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
