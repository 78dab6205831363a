#include "analysis/agreement/krippendorff_alpha.h"

#include <algorithm>
#include <cmath>

namespace hilo::analysis {

AgreementResult krippendorffAlpha(const RatingsMatrix& ratings, AlphaMetric metric)
{
    const std::vector<double> values = ratings.distinctValues();
    const std::size_t q = values.size();
    auto index = [&](double v) {
        return static_cast<std::size_t>(std::lower_bound(values.begin(), values.end(), v)
                                        - values.begin());
    };

    // Coincidence matrix.
    std::vector<double> o(q * q, 0.0);
    std::vector<double> unitCounts(q);
    for (std::size_t u = 0; u < ratings.unitCount(); ++u) {
        const auto present = ratings.presentValues(u);
        if (present.size() < 2)
            continue;
        std::fill(unitCounts.begin(), unitCounts.end(), 0.0);
        for (double v : present)
            unitCounts[index(v)] += 1;
        const double scale = ratings.weight(u) / static_cast<double>(present.size() - 1);
        for (std::size_t c = 0; c < q; ++c) {
            if (unitCounts[c] == 0)
                continue;
            for (std::size_t k = 0; k < q; ++k) {
                const double pairs = c == k ? unitCounts[c] * (unitCounts[c] - 1)
                                            : unitCounts[c] * unitCounts[k];
                o[c * q + k] += pairs * scale;
            }
        }
    }
    std::vector<double> nc(q, 0.0);
    double n = 0;
    for (std::size_t c = 0; c < q; ++c) {
        for (std::size_t k = 0; k < q; ++k)
            nc[c] += o[c * q + k];
        n += nc[c];
    }
    if (n < 2)
        return AgreementResult::undefined("fewer than two pairable values (no unit has values "
                                          "from two coders)");

    // Cumulative n_g for the ordinal metric.
    std::vector<double> cumulative(q + 1, 0.0);
    for (std::size_t c = 0; c < q; ++c)
        cumulative[c + 1] = cumulative[c] + nc[c];
    auto d2 = [&](std::size_t c, std::size_t k) -> double {
        if (c == k)
            return 0.0;
        switch (metric) {
        case AlphaMetric::Nominal: return 1.0;
        case AlphaMetric::Ordinal: {
            const std::size_t lo = std::min(c, k), hi = std::max(c, k);
            const double d = cumulative[hi + 1] - cumulative[lo] - (nc[c] + nc[k]) / 2.0;
            return d * d;
        }
        case AlphaMetric::Interval: {
            const double d = values[c] - values[k];
            return d * d;
        }
        case AlphaMetric::Ratio: {
            const double sum = values[c] + values[k];
            const double d = sum == 0 ? 0.0 : (values[c] - values[k]) / sum;
            return d * d;
        }
        }
        return 0.0;
    };
    double observed = 0, expected = 0;
    for (std::size_t c = 0; c < q; ++c)
        for (std::size_t k = 0; k < q; ++k) {
            const double d = d2(c, k);
            observed += o[c * q + k] * d;
            expected += nc[c] * nc[k] * d;
        }
    AgreementResult r;
    r.observed = observed / n;
    r.expected = expected / (n * (n - 1));
    if (expected <= 0)
        return AgreementResult::undefined("no variation: every pairable value is the same");
    r.value = 1.0 - *r.observed / *r.expected;
    return r;
}

} // namespace hilo::analysis
