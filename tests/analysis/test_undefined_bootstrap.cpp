// Undefined cases carry a reason; the bootstrap is seeded and reproducible.
#include "agreement_fixtures.h"

#include "analysis/agreement/bootstrap.h"
#include "analysis/agreement/brennan_prediger.h"
#include "analysis/agreement/cohen_kappa.h"
#include "analysis/agreement/fleiss_kappa.h"
#include "analysis/agreement/krippendorff_alpha.h"
#include "analysis/agreement/percent_agreement.h"

using namespace hilo::analysis;
using namespace hilo::analysis::testing;

TEST_CASE("undefined: no variation, no pairable units, never 0 or NaN")
{
    RatingsMatrix same(3);
    same.addUnit({1.0, 1.0, 1.0});
    same.addUnit({1.0, std::nullopt, 1.0});
    for (const auto& r : {krippendorffAlpha(same), fleissKappa(same), cohenKappa(same),
                          brennanPrediger(same)}) {
        CHECK_FALSE(r.defined());
        CHECK_FALSE(r.undefinedReason.empty());
    }
    CHECK(valueOf(percentAgreement(same).pairwise) == 1.0);

    RatingsMatrix lonely(2);
    lonely.addUnit({1.0, std::nullopt});
    lonely.addUnit({std::nullopt, 2.0});
    for (const auto& r : {krippendorffAlpha(lonely), fleissKappa(lonely), cohenKappa(lonely),
                          percentAgreement(lonely).pairwise, percentAgreement(lonely).allAgree}) {
        CHECK_FALSE(r.defined());
        CHECK_FALSE(r.undefinedReason.empty());
    }
    CHECK_THROWS_AS(lonely.addUnit({1.0}), std::invalid_argument);
    CHECK_THROWS_AS(lonely.addUnit({1.0, 1.0}, 0.0), std::invalid_argument);
}

TEST_CASE("percent agreement with three coders: pairwise mean vs all agree")
{
    // Unit 1: 1,1,1 (all agree, 3/3 pairs); unit 2: 1,1,2 (1 of 3 pairs agree);
    // unit 3: 1,2,missing (0 of 1 pair); unit 4: one value, dropped.
    // pairwise = (1 + 1/3 + 0) / 3 = 4/9; all agree = 1/3.
    RatingsMatrix m(3);
    m.addUnit({1.0, 1.0, 1.0});
    m.addUnit({1.0, 1.0, 2.0});
    m.addUnit({1.0, 2.0, std::nullopt});
    m.addUnit({1.0, std::nullopt, std::nullopt});
    const auto pa = percentAgreement(m);
    CHECK(valueOf(pa.pairwise) == Approx(4.0 / 9.0).margin(1e-12));
    CHECK(valueOf(pa.allAgree) == Approx(1.0 / 3.0).margin(1e-12));
}

TEST_CASE("bootstrap interval for alpha: seeded, reproducible, brackets alpha")
{
    const auto m = loadRatings("krippendorff2011_4coders_12units.csv");
    const auto alpha = valueOf(krippendorffAlpha(m));
    const auto a = bootstrapAlpha(m, AlphaMetric::Nominal, 20260401);
    const auto b = bootstrapAlpha(m, AlphaMetric::Nominal, 20260401);
    CHECK(a.draws == defaultBootstrapDraws);
    CHECK(valueOf(a.lower) == valueOf(b.lower));
    CHECK(valueOf(a.upper) == valueOf(b.upper));
    CHECK(valueOf(a.lower) < alpha);
    CHECK(alpha < valueOf(a.upper));
    CHECK(valueOf(a.upper) <= 1.0);
    const auto c = bootstrapAlpha(m, AlphaMetric::Nominal, 7);
    CHECK(valueOf(c.lower) != valueOf(a.lower));
}

TEST_CASE("fleiss kappa with missing values: varying raters per unit")
{
    // u1: 1,1,1 (P = 1); u2: 1,2,- (P = 0); u3: 2,2,- (P = 1); u4: 1,-,- dropped (one value).
    // P_o = 2/3. Ratings in kept units: category 1: 4, category 2: 3 of 7;
    // P_e = (16 + 9) / 49 = 25/49; kappa = (2/3 - 25/49) / (24/49) = 23/72.
    RatingsMatrix m(3);
    m.addUnit({1.0, 1.0, 1.0});
    m.addUnit({1.0, 2.0, std::nullopt});
    m.addUnit({2.0, 2.0, std::nullopt});
    m.addUnit({1.0, std::nullopt, std::nullopt});
    const auto k = fleissKappa(m);
    CHECK(valueOf(k) == Approx(23.0 / 72.0).margin(1e-12));
    CHECK(*k.observed == Approx(2.0 / 3.0).margin(1e-12));
    CHECK(*k.expected == Approx(25.0 / 49.0).margin(1e-12));
}

TEST_CASE("unit weights count a unit as that many identical units")
{
    RatingsMatrix weighted(3), repeated(3);
    const std::vector<std::pair<std::vector<std::optional<double>>, int>> units = {
        {{1.0, 2.0, 2.0}, 3}, {{3.0, 3.0, std::nullopt}, 2}, {{1.0, 1.0, 4.0}, 1}, {{2.0, 2.0, 2.0}, 4}};
    for (const auto& [row, times] : units) {
        weighted.addUnit(row, times);
        for (int i = 0; i < times; ++i)
            repeated.addUnit(row);
    }
    for (auto metric : {AlphaMetric::Nominal, AlphaMetric::Ordinal, AlphaMetric::Interval,
                        AlphaMetric::Ratio})
        CHECK(valueOf(krippendorffAlpha(weighted, metric))
              == Approx(valueOf(krippendorffAlpha(repeated, metric))).margin(1e-12));
    CHECK(valueOf(fleissKappa(weighted)) == Approx(valueOf(fleissKappa(repeated))).margin(1e-12));
    CHECK(valueOf(cohenKappa(weighted)) == Approx(valueOf(cohenKappa(repeated))).margin(1e-12));
}
