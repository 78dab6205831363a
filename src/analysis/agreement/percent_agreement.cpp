#include "analysis/agreement/percent_agreement.h"

#include <map>

namespace hilo::analysis {

PercentAgreement percentAgreement(const RatingsMatrix& ratings)
{
    double total = 0, pairwise = 0, all = 0;
    for (std::size_t u = 0; u < ratings.unitCount(); ++u) {
        const auto values = ratings.presentValues(u);
        const double n = static_cast<double>(values.size());
        if (values.size() < 2)
            continue;
        std::map<double, double> counts;
        for (double v : values)
            counts[v] += 1;
        double agreeing = 0;
        for (const auto& [v, k] : counts)
            agreeing += k * (k - 1);
        const double w = ratings.weight(u);
        total += w;
        pairwise += w * agreeing / (n * (n - 1));
        if (counts.size() == 1)
            all += w;
    }
    if (total == 0) {
        const auto r = AgreementResult::undefined("no unit has values from two coders");
        return {r, r};
    }
    PercentAgreement out;
    out.pairwise.value = pairwise / total;
    out.allAgree.value = all / total;
    return out;
}

} // namespace hilo::analysis
