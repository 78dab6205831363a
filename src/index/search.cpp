#include "search.h"

#include "index_layout.h"
#include "project/codebook_store.h"
#include "project/source_store.h"
#include "query_parser.h"
#include "snippet.h"
#include "text/unicode_text.h"
#include "text/user_error.h"

#include <xapian.h>

#include <map>
#include <sstream>

namespace hilo {
namespace {
namespace fs = std::filesystem;

// Counts matching documents per code from their XC terms: codes are multi-valued, which a
// ValueCountMatchSpy cannot count.
class CodeTermSpy : public Xapian::MatchSpy {
public:
    std::map<std::int64_t, std::int64_t> counts;

    void operator()(const Xapian::Document& document, double) override
    {
        const std::string prefix = index::kCodePrefix;
        Xapian::TermIterator term = document.termlist_begin();
        term.skip_to(prefix);
        for (; term != document.termlist_end(); ++term) {
            const std::string name = *term;
            if (name.compare(0, prefix.size(), prefix) != 0)
                break;
            ++counts[std::stoll(name.substr(prefix.size()))];
        }
    }
};

struct SourceInfo {
    std::string name;
    std::string groupTag;
    std::string language;
    std::string text;
};

class HitDetails {
public:
    explicit HitDetails(Project& project) : project_(project)
    {
        for (const CodeRecord& code : CodebookStore(project).codes()) {
            codePaths_[code.id] = code.path;
            codebookOrder_.push_back(code.id);
        }
    }

    const std::map<std::int64_t, std::string>& codePaths() const { return codePaths_; }
    const std::vector<std::int64_t>& codebookOrder() const { return codebookOrder_; }

    void fill(SearchHit& hit, const index::Highlight& highlight)
    {
        const SourceInfo& source = sourceInfo(hit.sourceId);
        hit.sourceName = source.name;
        hit.groupTag = source.groupTag;
        auto turn = project_.db().prepare("SELECT speaker, role FROM turns WHERE source_id = ? AND start <= ? "
                                          "AND ? < end ORDER BY start LIMIT 1");
        turn.bind(1, hit.sourceId).bind(2, hit.start).bind(3, hit.start);
        if (turn.step()) {
            hit.speaker = turn.columnText(0);
            hit.role = turn.columnText(1);
        }
        if (hit.kind == "coding") {
            auto coder = project_.db().prepare("SELECT c.name FROM codings g JOIN coders c ON c.id = g.coder_id WHERE g.id = ?");
            coder.bind(1, hit.id);
            if (coder.step())
                hit.coder = coder.columnText(0);
        }
        auto codes = project_.db().prepare("SELECT DISTINCT code_id FROM codings WHERE source_id = ? AND start < ? "
                                           "AND ? < end ORDER BY code_id");
        codes.bind(1, hit.sourceId).bind(2, hit.end).bind(3, hit.start);
        while (codes.step())
            hit.codes.push_back(codePaths_[codes.columnInt(0)]);
        hit.snippet = index::makeSnippet(text::slice(source.text, hit.start, hit.end), source.language, highlight);
    }

private:
    const SourceInfo& sourceInfo(std::int64_t id)
    {
        auto found = sources_.find(id);
        if (found != sources_.end())
            return found->second;
        auto row = project_.db().prepare("SELECT s.name, g.tag, s.language, s.text FROM sources s "
                                         "JOIN groups g ON g.id = s.group_id WHERE s.id = ?");
        row.bind(1, id);
        SourceInfo info;
        if (row.step())
            info = {row.columnText(0), row.columnText(1), row.columnText(2), row.columnText(3)};
        return sources_.emplace(id, std::move(info)).first->second;
    }

    Project& project_;
    std::map<std::int64_t, std::string> codePaths_;
    std::vector<std::int64_t> codebookOrder_; // depth-first, as the codebook lists them
    std::map<std::int64_t, SourceInfo> sources_;
};

SearchHit hitFrom(const Xapian::MSetIterator& match)
{
    SearchHit hit;
    std::istringstream data(match.get_document().get_data());
    std::string field;
    std::getline(data, hit.kind, '\t');
    std::getline(data, field, '\t');
    hit.id = std::stoll(field);
    std::getline(data, field, '\t');
    hit.sourceId = std::stoll(field);
    std::getline(data, field, '\t');
    hit.start = std::stoll(field);
    std::getline(data, field, '\t');
    hit.end = std::stoll(field);
    hit.weight = match.get_weight();
    return hit;
}

SearchResults runSearch(Project& project, const std::string& query, const SearchOptions& options)
{
    const fs::path folder = index::indexFolder(project.folder());
    std::error_code ignored;
    if (!fs::exists(folder / "iamglass", ignored))
        throw UserError(project.folder().string() + ": no search index yet (run `hilo reindex`)");

    index::ParsedQuery parsed = index::parseQuery(project, query);
    Xapian::Database database(folder.string());
    Xapian::Enquire enquire(database);
    enquire.set_query(parsed.query);
    Xapian::ValueCountMatchSpy groupSpy(index::kGroupSlot);
    CodeTermSpy codeSpy;
    if (options.groupFacet)
        enquire.add_matchspy(&groupSpy);
    if (options.codeFacet)
        enquire.add_matchspy(&codeSpy);
    // checkatleast = every document: the total and the facet counts are exact, not estimates.
    const Xapian::doccount everything = database.get_doccount();
    const Xapian::MSet matches = enquire.get_mset(0, static_cast<Xapian::doccount>(options.limit), everything);

    SearchResults results;
    results.total = static_cast<std::int64_t>(matches.get_matches_estimated());
    HitDetails details(project);
    const index::Highlight highlight{parsed.positionalTerms, parsed.stemmedTerms, parsed.wildcardPrefixes};
    for (auto match = matches.begin(); match != matches.end(); ++match) {
        SearchHit hit = hitFrom(match);
        details.fill(hit, highlight);
        results.hits.push_back(std::move(hit));
    }
    if (options.groupFacet) {
        std::map<std::string, Xapian::doccount> counts;
        for (auto value = groupSpy.values_begin(); value != groupSpy.values_end(); ++value)
            counts[*value] = value.get_termfreq();
        for (const GroupInfo& group : SourceStore(project).groups())
            if (const auto found = counts.find(std::to_string(group.id)); found != counts.end())
                results.groups.push_back({group.id, group.tag, static_cast<std::int64_t>(found->second)});
    }
    if (options.codeFacet)
        for (std::int64_t id : details.codebookOrder())
            if (const auto found = codeSpy.counts.find(id); found != codeSpy.counts.end())
                results.codes.push_back({id, details.codePaths().at(id), found->second});
    return results;
}

std::vector<std::int64_t> runCodingMatch(Project& project, const std::string& query)
{
    const fs::path folder = index::indexFolder(project.folder());
    std::error_code ignored;
    if (!fs::exists(folder / "iamglass", ignored))
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
        ids.push_back(hitFrom(match).id);
    return ids;
}

} // namespace

std::vector<std::int64_t> matchingCodingIds(Project& project, const std::string& query)
{
    try {
        return runCodingMatch(project, query);
    } catch (const Xapian::Error& e) {
        throw UserError("search: " + e.get_description());
    }
}

SearchResults search(Project& project, const std::string& query, const SearchOptions& options)
{
    try {
        return runSearch(project, query, options);
    } catch (const Xapian::Error& e) {
        throw UserError("search: " + e.get_description());
    }
}

} // namespace hilo
