#include "analysis/agreement/cohen_kappa.h"

#include <algorithm>
#include <cmath>

namespace hilo::analysis {

AgreementResult cohenKappa(const RatingsMatrix& ratings, std::size_t first, std::size_t second,
                           KappaWeighting weighting, const std::vector<double>& declaredCategories)
{
    std::vector<double> categories = declaredCategories;
    for (std::size_t u = 0; u < ratings.unitCount(); ++u)
        for (std::size_t c : {first, second})
            if (const auto& v = ratings.value(u, c))
                categories.push_back(*v);
    std::sort(categories.begin(), categories.end());
    categories.erase(std::unique(categories.begin(), categories.end()), categories.end());
    const std::size_t q = categories.size();
    auto rank = [&](double v) {
        return static_cast<std::size_t>(std::lower_bound(categories.begin(), categories.end(), v)
                                        - categories.begin());
    };

    // Joint proportions p_ij over complete pairs.
    std::vector<double> joint(q * q, 0.0);
    double total = 0;
    for (std::size_t u = 0; u < ratings.unitCount(); ++u) {
        const auto& a = ratings.value(u, first);
        const auto& b = ratings.value(u, second);
        if (!a || !b)
            continue;
        joint[rank(*a) * q + rank(*b)] += ratings.weight(u);
        total += ratings.weight(u);
    }
    if (total == 0)
        return AgreementResult::undefined("no unit was coded by both coders");
    std::vector<double> rowMargin(q, 0.0), colMargin(q, 0.0);
    for (std::size_t i = 0; i < q; ++i)
        for (std::size_t j = 0; j < q; ++j) {
            joint[i * q + j] /= total;
            rowMargin[i] += joint[i * q + j];
            colMargin[j] += joint[i * q + j];
        }

    // Disagreement weights w_ij (0 on the diagonal): kappa_w = 1 - sum w p_o / sum w p_e
    // (Cohen 1968); with 0/1 weights this is Cohen's (P_o - P_e) / (1 - P_e).
    auto disagreement = [&](std::size_t i, std::size_t j) {
        const double d = std::abs(static_cast<double>(i) - static_cast<double>(j));
        switch (weighting) {
        case KappaWeighting::None: return i == j ? 0.0 : 1.0;
        case KappaWeighting::Linear: return d;
        case KappaWeighting::Quadratic: return d * d;
        }
        return 0.0;
    };
    double observedD = 0, expectedD = 0, maxD = 0;
    for (std::size_t i = 0; i < q; ++i)
        for (std::size_t j = 0; j < q; ++j) {
            const double w = disagreement(i, j);
            maxD = std::max(maxD, w);
            observedD += w * joint[i * q + j];
            expectedD += w * rowMargin[i] * colMargin[j];
        }
    AgreementResult r;
    // Report agreement as 1 - normalised disagreement, which for unweighted kappa is P_o / P_e.
    if (maxD > 0) {
        r.observed = 1.0 - observedD / maxD;
        r.expected = 1.0 - expectedD / maxD;
    } else {
        r.observed = 1.0;
        r.expected = 1.0;
    }
    if (expectedD <= 0)
        return AgreementResult::undefined(
            "no variation: chance agreement is 1 (both coders used a single, same category)");
    r.value = 1.0 - observedD / expectedD;
    return r;
}

} // namespace hilo::analysis
