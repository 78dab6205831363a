#pragma once
// Per source, per group of sources and overall: the same statistic over pooled units.
#include "analysis/agreement/ratings_matrix.h"

#include <vector>

namespace hilo::analysis {

// Concatenates the units of matrices that share one coder order (e.g. one code's character
// units of every source in a group, or of every code for an overall figure). Pooling units, not
// averaging per-source coefficients, is how NVivo and MAXQDA report a code over several
// sources, and it keeps alpha defined when a single source has no variation. Throws
// std::invalid_argument when the coder counts differ.
RatingsMatrix poolUnits(const std::vector<RatingsMatrix>& parts);

} // namespace hilo::analysis
