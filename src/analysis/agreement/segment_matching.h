#pragma once
// Segment agreement as MAXQDA reports it: does each coded segment have a counterpart?
#include "analysis/agreement/result.h"
#include "analysis/agreement/spans.h"

namespace hilo::analysis {

struct SegmentMatching {
    std::size_t firstSegments = 0;  // segments of the first coder
    std::size_t firstMatched = 0;   // ... that the second coder matched
    std::size_t secondSegments = 0; // segments of the second coder
    std::size_t secondMatched = 0;  // ... that the first coder matched
    // (firstMatched + secondMatched) / (firstSegments + secondSegments): every segment of either
    // coder is one unit, agreeing when matched, as MAXQDA's "percentage of agreement" table
    // counts agreements and disagreements over both coders' segments.
    AgreementResult percentAgreement;
};

// Two segments of the same code match when they overlap and their overlap share
// |A intersect B| / |A union B| is at least `threshold` (default 0.9, MAXQDA's default of 90%).
// Intersection over union is our reading of MAXQDA's "overlap of segments" (it is symmetric, so
// a match found from A's side is also a match from B's side). Each coder's segments are taken
// as given (not merged). No kappa: the segment table has no "neither coded" cell, so chance
// agreement has no data-driven definition here (left for a later task).
SegmentMatching matchSegments(const std::vector<Span>& first, const std::vector<Span>& second,
                              double threshold = 0.9);

} // namespace hilo::analysis
