#pragma once
// Searching a project's index with Hilo's query language (see query_parser.h for the syntax).
// The index must exist: callers that may write bring it up to date with syncIndex() first.
#include "project/project.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace hilo {

struct SearchOptions {
    std::size_t limit = 20;
    bool groupFacet = false;
    bool codeFacet = false;
};

struct SearchHit {
    std::string kind; // "turn" or "coding"
    std::int64_t id = 0;
    std::int64_t sourceId = 0;
    std::string sourceName;
    std::string groupTag;
    std::string speaker; // of the turn (for a coding: the turn where it starts)
    std::string role;
    std::string coder;   // codings only
    std::int64_t start = 0; // code points in the source, [start, end)
    std::int64_t end = 0;
    std::vector<std::string> codes; // paths of the codes of codings overlapping the hit
    std::string snippet;            // matched words between « and »
    double weight = 0; // BM25 with passage length (index/bm25.h); 0 for filters alone
};

struct FacetCount {
    std::int64_t id = 0;
    std::string label; // group tag or code path
    std::int64_t count = 0;
};

struct SearchResults {
    std::int64_t total = 0; // exact number of matching documents
    std::vector<SearchHit> hits;
    std::vector<FacetCount> groups; // by group position; a document counts once
    std::vector<FacetCount> codes;  // codebook order; a document counts for its codes and their ancestors
};

// Two threads use both cores of a laptop: each matches half the documents and reads half the
// hits (index/search_worker.h). One thread gives the same results, a little more slowly on a
// large project.
enum class SearchThreads { One, Two };

// Several searches of one project: keeps the index open (reopened at each search, so it sees
// the latest commit) with what a search reads of every document in memory, and remembers
// names, sources, resolved filters and word terms between searches. Names and filters are
// resolved when first used: start a new session after codes, coders, groups, sources or
// attributes change (the window does so on every change).
class SearchSession {
public:
    explicit SearchSession(Project& project, SearchThreads threads = SearchThreads::Two);
    ~SearchSession();
    SearchSession(const SearchSession&) = delete;
    SearchSession& operator=(const SearchSession&) = delete;

    // Throws UserError for a malformed query (with its position), a missing index, or any
    // Xapian failure.
    SearchResults search(const std::string& query, const SearchOptions& options = {});

private:
    struct State;
    std::unique_ptr<State> state_;
};

// One search in a session of its own.
SearchResults search(Project& project, const std::string& query, const SearchOptions& options = {});

// The ids of every coding whose coding document matches the query (no limit, no snippets):
// what cross-tabulation restricted by a query counts. Same errors as search().
std::vector<std::int64_t> matchingCodingIds(Project& project, const std::string& query);

} // namespace hilo
