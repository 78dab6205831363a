#pragma once
// Fleiss' kappa (Fleiss 1971) for any number of coders; with two coders it is Scott's pi.
#include "analysis/agreement/ratings_matrix.h"
#include "analysis/agreement/result.h"

namespace hilo::analysis {

// Missing-data convention: units with fewer than two values are dropped; the others keep their
// own number of raters n_i ("varying raters per unit"): P_i = sum_j n_ij (n_ij - 1) /
// (n_i (n_i - 1)), P_o = weighted mean of P_i, p_j = share of all ratings in category j,
// P_e = sum_j p_j^2. With complete data this is exactly Fleiss (1971) and equals statsmodels'
// fleiss_kappa and R irr::kappam.fleiss. observed/expected are P_o and P_e.
AgreementResult fleissKappa(const RatingsMatrix& ratings);

} // namespace hilo::analysis
