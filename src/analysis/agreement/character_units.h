#pragma once
// Character units (as NVivo): every code point of a source is a unit, rated 1 by a coder who
// applied the code to it and 0 otherwise.
#include "analysis/agreement/ratings_matrix.h"
#include "analysis/agreement/spans.h"

namespace hilo::analysis {

// For one code in one source of `sourceLength` code points, `spansByCoder[c]` holds coder c's
// codings of that code. Sweeps the sorted span endpoints once and returns one weighted unit per
// distinct coded/not-coded pattern (at most 2^coders rows), weighted by its number of code
// points, so kappa and alpha over it equal the per-character statistics without a per-character
// array. Spans are clipped to [0, sourceLength).
RatingsMatrix characterUnits(std::int64_t sourceLength,
                             const std::vector<std::vector<Span>>& spansByCoder);

} // namespace hilo::analysis
