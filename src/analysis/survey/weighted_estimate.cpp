#include "weighted_estimate.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace hilo::analysis {

void wilsonInterval(double p, double n, double z, double& low, double& high)
{
    const double z2 = z * z;
    const double centre = p + z2 / (2 * n);
    const double spread = z * std::sqrt(p * (1 - p) / n + z2 / (4 * n * n));
    const double scale = 1 + z2 / n;
    // Clamped so that rounding never leaves p outside its own interval at 0 or 1.
    low = std::clamp((centre - spread) / scale, 0.0, p);
    high = std::clamp((centre + spread) / scale, p, 1.0);
}

WeightedPercentage weightedPercentage(const std::vector<double>& weights, const std::vector<bool>& meets)
{
    if (weights.size() != meets.size())
        throw std::invalid_argument("weights and outcomes differ in number");
    WeightedPercentage result;
    double sum = 0;
    double sumSquares = 0;
    double sumMeeting = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        sum += weights[i];
        sumSquares += weights[i] * weights[i];
        if (meets[i])
            sumMeeting += weights[i];
    }
    if (!(sum > 0))
        throw std::invalid_argument("the weights add up to zero");
    const double p = sumMeeting / sum;
    result.base = static_cast<std::int64_t>(weights.size());
    result.weightTotal = sum;
    result.effectiveBase = sum * sum / sumSquares;
    double low = 0;
    double high = 0;
    wilsonInterval(p, result.effectiveBase, kZ95, low, high);
    result.percent = 100 * p;
    result.ciLow = 100 * low;
    result.ciHigh = 100 * high;
    return result;
}

} // namespace hilo::analysis
