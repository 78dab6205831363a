#include "analysis/agreement/bootstrap.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <stdexcept>

namespace hilo::analysis {

namespace {

// Uniform index in [0, bound) by rejection: std::uniform_int_distribution is not specified
// bit-for-bit, the mt19937_64 output sequence is.
std::size_t drawIndex(std::mt19937_64& rng, std::size_t bound)
{
    const std::uint64_t b = bound;
    const std::uint64_t limit = std::numeric_limits<std::uint64_t>::max()
                                - std::numeric_limits<std::uint64_t>::max() % b;
    std::uint64_t x = 0;
    do
        x = rng();
    while (x >= limit);
    return static_cast<std::size_t>(x % b);
}

double percentile(const std::vector<double>& sorted, double p)
{
    const double pos = p * static_cast<double>(sorted.size() - 1);
    const auto lo = static_cast<std::size_t>(std::floor(pos));
    const std::size_t hi = std::min(lo + 1, sorted.size() - 1);
    return sorted[lo] + (pos - static_cast<double>(lo)) * (sorted[hi] - sorted[lo]);
}

void addDraw(BootstrapInterval& out, std::vector<double>& alphas, const AgreementResult& alpha)
{
    if (alpha.defined())
        alphas.push_back(*alpha.value);
    else
        ++out.undefinedDraws;
}

// The 2.5th and 97.5th percentiles of the defined draws (percentile interval).
void finishInterval(BootstrapInterval& out, std::vector<double> alphas)
{
    if (alphas.empty()) {
        out.lower = out.upper = AgreementResult::undefined("alpha is undefined in every bootstrap draw");
        return;
    }
    std::sort(alphas.begin(), alphas.end());
    out.lower.value = percentile(alphas, 0.025);
    out.upper.value = percentile(alphas, 0.975);
}

} // namespace

BootstrapInterval bootstrapAlpha(const RatingsMatrix& ratings, AlphaMetric metric,
                                 std::uint64_t seed, std::size_t draws)
{
    BootstrapInterval out;
    out.draws = draws;
    std::vector<std::size_t> pairable;
    for (std::size_t u = 0; u < ratings.unitCount(); ++u)
        if (ratings.presentValues(u).size() >= 2)
            pairable.push_back(u);
    if (pairable.empty() || draws == 0) {
        out.lower = out.upper = AgreementResult::undefined(
            draws == 0 ? "no bootstrap draws requested" : "no pairable units to resample");
        return out;
    }
    std::mt19937_64 rng(seed);
    std::vector<double> alphas;
    alphas.reserve(draws);
    for (std::size_t d = 0; d < draws; ++d) {
        RatingsMatrix sample(ratings.coderCount());
        for (std::size_t i = 0; i < pairable.size(); ++i) {
            const std::size_t u = pairable[drawIndex(rng, pairable.size())];
            std::vector<std::optional<double>> row(ratings.coderCount());
            for (std::size_t c = 0; c < ratings.coderCount(); ++c)
                row[c] = ratings.value(u, c);
            sample.addUnit(std::move(row), ratings.weight(u));
        }
        addDraw(out, alphas, krippendorffAlpha(sample, metric));
    }
    finishInterval(out, std::move(alphas));
    return out;
}

BootstrapInterval bootstrapAlphaOfCounts(const RatingsMatrix& patterns, AlphaMetric metric,
                                         std::uint64_t seed, std::size_t draws)
{
    BootstrapInterval out;
    out.draws = draws;
    std::vector<std::size_t> pairable;
    std::vector<long long> counts;
    long long total = 0;
    for (std::size_t u = 0; u < patterns.unitCount(); ++u) {
        const double w = patterns.weight(u);
        if (w != std::floor(w))
            throw std::invalid_argument("pattern weights must be whole numbers of units");
        if (patterns.presentValues(u).size() < 2)
            continue;
        pairable.push_back(u);
        counts.push_back(static_cast<long long>(w));
        total += static_cast<long long>(w);
    }
    if (pairable.empty() || draws == 0) {
        out.lower = out.upper = AgreementResult::undefined(
            draws == 0 ? "no bootstrap draws requested" : "no pairable units to resample");
        return out;
    }
    std::mt19937_64 rng(seed);
    std::vector<double> alphas;
    alphas.reserve(draws);
    for (std::size_t d = 0; d < draws; ++d) {
        RatingsMatrix sample(patterns.coderCount());
        long long left = total;
        long long unseen = total; // units of the patterns not yet drawn
        for (std::size_t i = 0; i < pairable.size() && left > 0; ++i) {
            long long drawn = left;
            if (i + 1 < pairable.size()) {
                std::binomial_distribution<long long> binomial(
                    left, static_cast<double>(counts[i]) / static_cast<double>(unseen));
                drawn = binomial(rng);
            }
            unseen -= counts[i];
            left -= drawn;
            if (drawn == 0)
                continue;
            std::vector<std::optional<double>> row(patterns.coderCount());
            for (std::size_t c = 0; c < patterns.coderCount(); ++c)
                row[c] = patterns.value(pairable[i], c);
            sample.addUnit(std::move(row), static_cast<double>(drawn));
        }
        addDraw(out, alphas, krippendorffAlpha(sample, metric));
    }
    finishInterval(out, std::move(alphas));
    return out;
}

} // namespace hilo::analysis
