#include "match_collector.h"

#include <algorithm>

namespace hilo::index {
namespace {

// How many matches ahead a row, then its codes, are asked for: far enough to arrive in time.
constexpr std::size_t kRowDistance = 16;
constexpr std::size_t kCodesDistance = 8;

} // namespace

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
    pending_[pendingCount_++] = {document.get_docid(), weight};
    if (pendingCount_ == pending_.size())
        collectPending();
}

void MatchCollector::finish()
{
    collectPending();
}

void MatchCollector::absorb(const MatchCollector& other)
{
    total_ += other.total_;
    for (std::size_t group = 0; group < groupCounts_.size(); ++group)
        groupCounts_[group] += other.groupCounts_[group];
    for (std::size_t code = 0; code < codeCounts_.size(); ++code)
        codeCounts_[code] += other.codeCounts_[code];
    for (const Ranked& match : other.heap_)
        rank(match);
}

void MatchCollector::collectPending()
{
    total_ += static_cast<std::int64_t>(pendingCount_);
    for (std::size_t i = 0; i < pendingCount_; ++i) {
        if (i + kRowDistance < pendingCount_)
            columns_.prefetchRow(pending_[i + kRowDistance].document);
        if (i + kCodesDistance < pendingCount_)
            columns_.prefetchCodes(pending_[i + kCodesDistance].document);
        const Xapian::docid id = pending_[i].document;
        if (!columns_.has(id))
            continue; // cannot happen: the columns are read again whenever the index changes
        const PassageColumns::Row& row = columns_.row(id);
        if (row.group != PassageColumns::kNoGroup)
            ++groupCounts_[row.group];
        columns_.forEachCode(row, [&](std::uint32_t code) { ++codeCounts_[code]; });
        if (limit_ > 0)
            rank({id, pending_[i].score * row.lengthFactor});
    }
    pendingCount_ = 0;
}

void MatchCollector::rank(const Ranked& match)
{
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
