#pragma once
// What Hilo's search is measured against, on the same turns in the same run:
//  - the bare Xapian loop: TermGenerator with the language's stemmer over each turn's text,
//    one add_document per turn, one commit: the least work any Xapian indexer must do;
//  - SQLite FTS5 with accent-insensitive unicode61 tokens and bm25 ranking;
//  - a LIKE scan over the text, as tools without an index search.
#include <filesystem>
#include <string>
#include <vector>

namespace hilo::bench {

struct TurnText {
    std::string language; // "en" | "es"
    std::string text;
};

// Milliseconds for the bare loop, writing a fresh database into `folder`.
double bareXapianLoopMs(const std::vector<TurnText>& turns, const std::filesystem::path& folder);

class Fts5Baseline {
public:
    // A new database at `file`, or (reuse) the one a previous run built there.
    Fts5Baseline(const std::filesystem::path& file, bool reuse);
    ~Fts5Baseline();
    Fts5Baseline(const Fts5Baseline&) = delete;
    Fts5Baseline& operator=(const Fts5Baseline&) = delete;

    double buildMs(const std::vector<TurnText>& turns);
    // The 20 best turns for a word, with a highlighted snippet each, and the total count.
    double queryMs(const std::string& word);
    // Substring scan of every turn (LIKE '%word%'), counting matches and fetching 20.
    double likeMs(const std::string& word);

private:
    struct Handle;
    Handle* handle_;
};

} // namespace hilo::bench
