#pragma once
// Visits every match of a search once (as a Xapian match spy) and collects all a search reports:
// the exact total, the counts by group and by code, and the best hits. Internal to src/index.
//
// Ranking is BM25 in two steps (bm25.h): Xapian's weight times the passage's length factor.
// Matches of equal weight are ordered by their place in the project (source, offset), so that
// the same query gives the same hits whatever order the index was written in.
//
// Matches are looked up in the passage columns in batches rather than one by one as Xapian
// reports them: a broad query touches rows all over memory, and a batch lets the processor fetch
// many rows at once instead of waiting for each in turn between two steps of Xapian's matcher.
#include "passage_columns.h"

#include <xapian.h>

#include <array>
#include <cstdint>
#include <vector>

namespace hilo::index {

class MatchCollector : public Xapian::MatchSpy {
public:
    MatchCollector(const PassageColumns& columns, std::size_t limit);

    void operator()(const Xapian::Document& document, double weight) override;
    // Call once Xapian has reported every match, before reading the results.
    void finish();
    // Adds what another collector over other documents found (both finished): the two halves
    // of a search matched side by side.
    void absorb(const MatchCollector& other);

    struct Ranked {
        Xapian::docid document = 0;
        double score = 0;
    };
    std::vector<Ranked> best() const; // at most `limit`, best first
    std::int64_t total() const { return total_; }
    std::size_t limit() const { return limit_; }
    // By the dense numbers of PassageColumns::groupIds() and codeIds().
    const std::vector<std::int64_t>& groupCounts() const { return groupCounts_; }
    const std::vector<std::int64_t>& codeCounts() const { return codeCounts_; }

private:
    void collectPending();
    void rank(const Ranked& match);
    bool better(const Ranked& a, const Ranked& b) const;

    const PassageColumns& columns_;
    std::size_t limit_;
    std::array<Ranked, 512> pending_{}; // reported by Xapian, not yet looked up (weight unscaled)
    std::size_t pendingCount_ = 0;
    std::vector<Ranked> heap_; // the best so far, worst on top
    std::int64_t total_ = 0;
    std::vector<std::int64_t> groupCounts_;
    std::vector<std::int64_t> codeCounts_;
};

} // namespace hilo::index
