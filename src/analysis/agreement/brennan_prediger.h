#pragma once
// Brennan & Prediger's (1981) kappa_n, for two coders also Bennett et al.'s (1954) S:
// (P_o - 1/q) / (1 - 1/q), chance agreement from q equally likely categories.
#include "analysis/agreement/ratings_matrix.h"
#include "analysis/agreement/result.h"

#include <optional>

namespace hilo::analysis {

// P_o is the mean pairwise agreement (see percent_agreement.h). q is `declaredCategoryCount`
// when given (the codebook's categories: Brennan & Prediger's "fixed marginals" reading, as the
// published examples use), otherwise the number of distinct values observed in the matrix.
AgreementResult brennanPrediger(const RatingsMatrix& ratings,
                                std::optional<std::size_t> declaredCategoryCount = std::nullopt);

} // namespace hilo::analysis
