#pragma once
// Bootstrap confidence interval for Krippendorff's alpha.
#include "analysis/agreement/krippendorff_alpha.h"

#include <cstdint>

namespace hilo::analysis {

struct BootstrapInterval {
    AgreementResult lower; // 2.5th percentile
    AgreementResult upper; // 97.5th percentile
    std::size_t draws = 0;          // resamples requested
    std::size_t undefinedDraws = 0; // resamples whose alpha was undefined (left out)
};

constexpr std::size_t defaultBootstrapDraws = 1000;

// Nonparametric percentile bootstrap over units (Efron & Tibshirani 1993, ch. 13): each draw
// resamples the pairable units (>= 2 values) with replacement, keeping each unit's weight, and
// recomputes alpha; the interval is the 2.5th and 97.5th percentiles (linear interpolation) of
// the defined draws. The generator is std::mt19937_64 seeded with `seed`, and indices are drawn
// by rejection so results are identical on every standard library. This is simpler than
// Hayes & Krippendorff's (2007) bootstrap of pairable values; it is stated, not equivalent.
BootstrapInterval bootstrapAlpha(const RatingsMatrix& ratings, AlphaMetric metric,
                                 std::uint64_t seed, std::size_t draws = defaultBootstrapDraws);

// The same percentile bootstrap for a compacted matrix, whose rows are distinct rating patterns
// weighted by how many units show them (whole numbers), as a project's turn units arrive: a
// draw of N units with replacement from N units is a multinomial sample of the pattern counts,
// drawn as sequential binomials (std::binomial_distribution over std::mt19937_64 seeded with
// `seed`), so a draw costs one binomial per pattern instead of one index per unit. The
// resampling model equals bootstrapAlpha's on the expanded matrix; the random stream differs.
// Throws std::invalid_argument for a weight that is not a whole number.
BootstrapInterval bootstrapAlphaOfCounts(const RatingsMatrix& patterns, AlphaMetric metric,
                                         std::uint64_t seed,
                                         std::size_t draws = defaultBootstrapDraws);

} // namespace hilo::analysis
