#include "analysis/agreement/segment_matching.h"

#include <algorithm>

namespace hilo::analysis {

namespace {

double overlapShare(const Span& a, const Span& b)
{
    const std::int64_t intersection = std::min(a.end, b.end) - std::max(a.start, b.start);
    if (intersection <= 0)
        return 0.0;
    const std::int64_t unionLength = std::max(a.end, b.end) - std::min(a.start, b.start);
    return static_cast<double>(intersection) / static_cast<double>(unionLength);
}

// How many of `segments` have a partner in `others`. `others` is sorted by start; a partner
// overlaps, so it starts after segment.start - maxLength and before segment.end.
std::size_t countMatched(const std::vector<Span>& segments, std::vector<Span> others,
                         double threshold)
{
    std::sort(others.begin(), others.end(),
              [](const Span& a, const Span& b) { return a.start < b.start; });
    std::int64_t maxLength = 0;
    for (const Span& s : others)
        maxLength = std::max(maxLength, s.length());
    std::size_t matched = 0;
    for (const Span& s : segments) {
        auto it = std::lower_bound(
            others.begin(), others.end(), s.start - maxLength,
            [](const Span& o, std::int64_t pos) { return o.start < pos; });
        for (; it != others.end() && it->start < s.end; ++it)
            if (overlapShare(s, *it) > 0 && overlapShare(s, *it) >= threshold) {
                ++matched;
                break;
            }
    }
    return matched;
}

} // namespace

SegmentMatching matchSegments(const std::vector<Span>& first, const std::vector<Span>& second,
                              double threshold)
{
    SegmentMatching out;
    out.firstSegments = first.size();
    out.secondSegments = second.size();
    out.firstMatched = countMatched(first, second, threshold);
    out.secondMatched = countMatched(second, first, threshold);
    const std::size_t total = first.size() + second.size();
    if (total == 0)
        out.percentAgreement =
            AgreementResult::undefined("neither coder used this code: no segments to compare");
    else
        out.percentAgreement.value = static_cast<double>(out.firstMatched + out.secondMatched)
                                     / static_cast<double>(total);
    return out;
}

} // namespace hilo::analysis
