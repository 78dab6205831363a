#pragma once
// Spans [start, end) in code points, as codings and speaker turns are stored
// (project/coding_store.h, project/source_store.h).
#include <cstdint>
#include <vector>

namespace hilo::analysis {

struct Span {
    std::int64_t start = 0;
    std::int64_t end = 0; // exclusive
    std::int64_t length() const { return end - start; }
};

// The union of `spans` as sorted, disjoint, non-adjacent spans; empty spans are dropped. One
// coder's overlapping codings of one code mark a character once.
std::vector<Span> mergeSpans(std::vector<Span> spans);

} // namespace hilo::analysis
