#pragma once
// Percent agreement over the units that have at least two values.
#include "analysis/agreement/ratings_matrix.h"
#include "analysis/agreement/result.h"

namespace hilo::analysis {

struct PercentAgreement {
    // Mean pairwise agreement: per unit, the share of its pairs of values that are equal
    // (Fleiss' P_i, 1971), averaged over units with >= 2 values by unit weight. This is the
    // reading used by Fleiss' kappa and Brennan-Prediger, and equals plain percent agreement
    // for two coders.
    AgreementResult pairwise;
    // "All agree": weighted share of units with >= 2 values whose values are all equal.
    AgreementResult allAgree;
};

PercentAgreement percentAgreement(const RatingsMatrix& ratings);

} // namespace hilo::analysis
