#include "match_collector.h"

#include <algorithm>

namespace hilo::index {
namespace {

// Xapian's BM25 defaults.
constexpr double kK1 = 1.0;
constexpr double kB = 0.5;
constexpr double kMinNormalisedLength = 0.5;

} // namespace

Xapian::BM25Weight weightWithoutLengths()
{
    return Xapian::BM25Weight(kK1, 0, 1, 0, kMinNormalisedLength);
}

MatchCollector::MatchCollector(const PassageColumns& columns, std::size_t limit)
    : columns_(columns), limit_(limit), groupCounts_(columns.groupIds().size(), 0),
      codeCounts_(columns.codeIds().size(), 0)
{
    heap_.reserve(limit);
}

bool MatchCollector::better(const Ranked& a, const Ranked& b) const
{
    if (a.score != b.score)
        return a.score > b.score;
    return columns_.place(a.document) < columns_.place(b.document);
}

void MatchCollector::operator()(const Xapian::Document& document, double weight)
{
    ++total_;
    const Xapian::docid id = document.get_docid();
    if (!columns_.has(id))
        return; // cannot happen: the columns are read again whenever the index changes
    const PassageColumns::Row& row = columns_.row(id);
    if (row.group != PassageColumns::kNoGroup)
        ++groupCounts_[row.group];
    columns_.forEachCode(row, [&](std::uint32_t code) { ++codeCounts_[code]; });
    if (limit_ == 0)
        return;

    // A word occurring once weighs idf * (k1 + 1) / (k1 * K + 1) in BM25, and idf with b = 0.
    const double length = std::max(kMinNormalisedLength, row.words / columns_.averageWords());
    const double k = 1 - kB + kB * length;
    const Ranked match{id, weight * (kK1 + 1) / (kK1 * k + 1)};
    const auto worseOnTop = [this](const Ranked& a, const Ranked& b) { return better(a, b); };
    if (heap_.size() < limit_) {
        heap_.push_back(match);
        std::push_heap(heap_.begin(), heap_.end(), worseOnTop);
    } else if (better(match, heap_.front())) {
        std::pop_heap(heap_.begin(), heap_.end(), worseOnTop);
        heap_.back() = match;
        std::push_heap(heap_.begin(), heap_.end(), worseOnTop);
    }
}

std::vector<MatchCollector::Ranked> MatchCollector::best() const
{
    std::vector<Ranked> sorted = heap_;
    std::sort(sorted.begin(), sorted.end(), [this](const Ranked& a, const Ranked& b) { return better(a, b); });
    return sorted;
}

} // namespace hilo::index
