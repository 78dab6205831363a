#include "analysis/agreement/brennan_prediger.h"

#include "analysis/agreement/percent_agreement.h"

namespace hilo::analysis {

AgreementResult brennanPrediger(const RatingsMatrix& ratings,
                                std::optional<std::size_t> declaredCategoryCount)
{
    const auto po = percentAgreement(ratings).pairwise;
    if (!po.defined())
        return po;
    const std::size_t q = declaredCategoryCount ? *declaredCategoryCount
                                                : ratings.distinctValues().size();
    if (q < 2)
        return AgreementResult::undefined("fewer than two categories: chance agreement is 1");
    AgreementResult r;
    r.observed = po.value;
    r.expected = 1.0 / static_cast<double>(q);
    r.value = (*po.value - *r.expected) / (1.0 - *r.expected);
    return r;
}

} // namespace hilo::analysis
