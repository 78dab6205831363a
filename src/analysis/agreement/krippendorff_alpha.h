#pragma once
// Krippendorff's alpha via the coincidence matrix (Krippendorff 2011, "Computing Krippendorff's
// Alpha-Reliability"; Content Analysis 2004, ch. 11), any number of coders, missing values.
#include "analysis/agreement/ratings_matrix.h"
#include "analysis/agreement/result.h"

namespace hilo::analysis {

enum class AlphaMetric { Nominal, Ordinal, Interval, Ratio };

// alpha = 1 - D_o / D_e with o_ck = sum_u w_u * (number of c-k pairs of values in u) / (m_u - 1),
// n_c = sum_k o_ck, n = sum_c n_c, D_o = sum o_ck d2(c,k) / n and
// D_e = sum n_c n_k d2(c,k) / (n (n - 1)). Units with fewer than two values (m_u < 2) are
// dropped as unpairable. Metrics (Krippendorff 2011, p. 5-6): nominal d2 = [c != k];
// ordinal d2 = (sum_{g=c..k} n_g - (n_c + n_k)/2)^2; interval (c - k)^2;
// ratio ((c - k)/(c + k))^2. observed/expected are D_o and D_e (disagreements).
// A unit's weight counts it as that many identical units.
AgreementResult krippendorffAlpha(const RatingsMatrix& ratings,
                                  AlphaMetric metric = AlphaMetric::Nominal);

} // namespace hilo::analysis
