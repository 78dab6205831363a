#pragma once
// Where coders differ on one code in one source: the stretches a team talks through when it
// refines a codebook.
#include "analysis/agreement/spans.h"

#include <cstdint>
#include <vector>

namespace hilo::analysis {

struct DifferingRun {
    Span span;
    std::uint32_t coders = 0; // bit c set: coder c coded this run (others did not)
};

struct Disagreement {
    // A stretch where the coders' codings meet: a connected part of the union of every coder's
    // codings of the code, in which not every coder coded every code point.
    Span region;
    // Each coder's codings (as coded, unmerged) that overlap the region; empty for a coder who
    // coded none of it.
    std::vector<std::vector<Span>> spansByCoder;
    // The maximal runs inside the region where the coders' coverage differs.
    std::vector<DifferingRun> runs;
    // True when some coder coded nothing of the region; false when all coded part of it and
    // only the boundaries differ.
    bool missedBySome = false;
};

// Sweeps the sorted endpoints of every coder's codings once. Regions where every coder coded
// exactly the same code points are agreements and are left out. Regions are in text order.
std::vector<Disagreement> findDisagreements(const std::vector<std::vector<Span>>& spansByCoder);

} // namespace hilo::analysis
