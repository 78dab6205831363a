#pragma once
// Speaker-turn units: the natural unit of an interview.
#include "analysis/agreement/ratings_matrix.h"
#include "analysis/agreement/spans.h"

namespace hilo::analysis {

// One unit per turn (in the given order); coder c rates it 1 when the union of c's codings of
// the code covers more than zero code points of the turn and at least `minShare` of its length
// (minShare 0, the default, means any overlap), else 0. Per coder, the merged spans are walked
// with a binary search per turn: no per-character array.
RatingsMatrix turnUnits(const std::vector<Span>& turns,
                        const std::vector<std::vector<Span>>& spansByCoder, double minShare = 0.0);

} // namespace hilo::analysis
