#include "analysis/agreement/fleiss_kappa.h"

#include "analysis/agreement/percent_agreement.h"

#include <map>

namespace hilo::analysis {

AgreementResult fleissKappa(const RatingsMatrix& ratings)
{
    const auto po = percentAgreement(ratings).pairwise;
    if (!po.defined())
        return po;
    std::map<double, double> categoryRatings;
    double allRatings = 0;
    for (std::size_t u = 0; u < ratings.unitCount(); ++u) {
        const auto values = ratings.presentValues(u);
        if (values.size() < 2)
            continue;
        for (double v : values) {
            categoryRatings[v] += ratings.weight(u);
            allRatings += ratings.weight(u);
        }
    }
    double pe = 0;
    for (const auto& [category, count] : categoryRatings)
        pe += (count / allRatings) * (count / allRatings);
    AgreementResult r;
    r.observed = po.value;
    r.expected = pe;
    if (categoryRatings.size() < 2)
        return AgreementResult::undefined("no variation: every rating is the same category");
    r.value = (*po.value - pe) / (1.0 - pe);
    return r;
}

} // namespace hilo::analysis
