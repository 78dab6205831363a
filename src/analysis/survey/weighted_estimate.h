#pragma once
// A weighted percentage with its 95% confidence interval, as computed from survey microdata.
//
//   p     = sum(w_i * y_i) / sum(w_i)                 y_i = 1 when respondent i meets the condition
//   n_eff = (sum w_i)^2 / sum(w_i^2)                  Kish's effective sample size
//   CI    = Wilson score interval for p with n = n_eff and z = 1.959964 (95%):
//           (p + z^2/(2n) +/- z * sqrt(p(1-p)/n + z^2/(4n^2))) / (1 + z^2/n)
// Kish's n_eff carries the loss of precision from unequal weights; Wilson's interval stays
// inside 0-100% and behaves for percentages near 0 or 100, where the normal one does not.
// This ignores clustering and stratification (design effects beyond weighting): the
// published interval of a complex survey may be wider.
#include <cstdint>
#include <vector>

namespace hilo::analysis {

inline constexpr double kZ95 = 1.959963984540054;

struct WeightedPercentage {
    double percent = 0;
    double ciLow = 0;  // percent
    double ciHigh = 0; // percent
    std::int64_t base = 0;   // respondents counted (unweighted)
    double effectiveBase = 0;
    double weightTotal = 0;
};

// weights[i] >= 0, meets[i] for respondent i. Respondents with weight 0 count in the base but
// not in p or n_eff. Throws std::invalid_argument if the sizes differ or every weight is 0.
WeightedPercentage weightedPercentage(const std::vector<double>& weights, const std::vector<bool>& meets);

// The Wilson score interval for a proportion p (0-1) on n (possibly fractional) trials, as
// fractions.
void wilsonInterval(double p, double n, double z, double& low, double& high);

} // namespace hilo::analysis
