#pragma once
// Cohen's kappa for two coders (Cohen 1960), optionally weighted (Cohen 1968).
#include "analysis/agreement/ratings_matrix.h"
#include "analysis/agreement/result.h"

#include <vector>

namespace hilo::analysis {

enum class KappaWeighting { None, Linear, Quadratic };

// Uses coders `first` and `second` on the units where both gave a value (complete pairs only),
// weighted by unit weight. Weighted kappa uses the distance between category *ranks* in the
// sorted union of `declaredCategories` and the observed values, as scikit-learn and SAS PROC
// FREQ do (so a declared but unused category still counts as a step).
// observed/expected are the (weighted) observed and chance agreement, P_o and P_e.
AgreementResult cohenKappa(const RatingsMatrix& ratings, std::size_t first = 0,
                           std::size_t second = 1, KappaWeighting weighting = KappaWeighting::None,
                           const std::vector<double>& declaredCategories = {});

} // namespace hilo::analysis
