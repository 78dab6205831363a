#pragma once
// Visits every match of a search once (as a Xapian match spy) and collects all a search reports:
// the exact total, the counts by group and by code, and the best hits. Internal to src/index.
//
// Ranking is BM25 (Xapian's default parameters) in two steps. Xapian weighs each match with
// b = 0, which needs no document lengths (reading them was most of a search's time); the
// collector then applies the length normalisation from the in-memory word counts. The result is
// BM25 exactly for words that occur once in a passage, the usual case in a turn, and close to
// it otherwise. Matches of equal weight are ordered by their place in the project (source,
// offset), so that the same query gives the same hits whatever order the index was written in.
#include "passage_columns.h"

#include <xapian.h>

#include <cstdint>
#include <vector>

namespace hilo::index {

// The weighting scheme the collector expects Xapian to use.
Xapian::BM25Weight weightWithoutLengths();

class MatchCollector : public Xapian::MatchSpy {
public:
    MatchCollector(const PassageColumns& columns, std::size_t limit);

    void operator()(const Xapian::Document& document, double weight) override;

    struct Ranked {
        Xapian::docid document = 0;
        double score = 0;
    };
    std::vector<Ranked> best() const; // at most `limit`, best first
    std::int64_t total() const { return total_; }
    // By the dense numbers of PassageColumns::groupIds() and codeIds().
    const std::vector<std::int64_t>& groupCounts() const { return groupCounts_; }
    const std::vector<std::int64_t>& codeCounts() const { return codeCounts_; }

private:
    bool better(const Ranked& a, const Ranked& b) const;

    const PassageColumns& columns_;
    std::size_t limit_;
    std::vector<Ranked> heap_; // the best so far, worst on top
    std::int64_t total_ = 0;
    std::vector<std::int64_t> groupCounts_;
    std::vector<std::int64_t> codeCounts_;
};

} // namespace hilo::index
