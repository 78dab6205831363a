// Published unitizing-alpha values (Krippendorff 1995, 2004) from
// tests/data/agreement/published.json; continuum begin/length are restated here.
#include "agreement_fixtures.h"

using namespace hilo::analysis;
using namespace hilo::analysis::testing;

namespace {
const UnitizingCategoryAlpha& category(const UnitizingAlpha& a, const std::string& name)
{
    for (const auto& c : a.categories)
        if (c.category == name)
            return c;
    FAIL("no category " << name);
    throw; // unreachable
}
} // namespace

TEST_CASE("krippendorff 2004 unitizing: alpha_U .8591, c .7286 (Do .0144, De .0532), k 1.0")
{
    const auto a = unitizingAlpha(loadUnitizing("krippendorff2004_unitizing_2coders.csv", 150, 300));
    // Exactly 0.858665; the book's 0.8591 is 1 - .0144 / (.0532 + .049), from rounded D_o and
    // D_e, so it holds to 5e-4 only. text-alpha's "micro" 0.859 holds to 3 decimals.
    CHECK_NEAR(valueOf(a.overall), 0.8591, 5e-4);
    CHECK_PUBLISHED(valueOf(a.overall), 0.859, 3);
    const auto& c = category(a, "c");
    CHECK_PUBLISHED(valueOf(c.alpha), 0.7286, 4);
    CHECK_PUBLISHED(*c.alpha.observed, 0.0144, 4);
    CHECK_PUBLISHED(*c.alpha.expected, 0.0532, 4);
    const auto& k = category(a, "k");
    CHECK_PUBLISHED(valueOf(k.alpha), 1.0, 4);
    CHECK(*k.alpha.observed == 0.0);
    CHECK_PUBLISHED(*k.alpha.expected, 0.049, 3);
    // text-alpha's "macro" is the mean of the category alphas, not alpha_U.
    CHECK_PUBLISHED((*c.alpha.value + *k.alpha.value) / 2, 0.864, 3);
}

// The 1995 D_o values are published truncated to 5 decimals (C is 1/36 = 0.027778): 1e-5.
TEST_CASE("krippendorff 1995 unitizing, L = 24: observed disagreements of examples A-D")
{
    const auto a = unitizingAlpha(loadUnitizing("krippendorff1995_unitizing_L24.csv", 0, 24));
    CHECK_NEAR(*category(a, "A").alpha.observed, 0.03125, 1e-5);
    CHECK_NEAR(*category(a, "B").alpha.observed, 2.26736, 1e-5);
    CHECK_NEAR(*category(a, "C").alpha.observed, 0.02777, 1e-5);
    CHECK_NEAR(*category(a, "D").alpha.observed, 0.38715, 1e-5);
}

TEST_CASE("krippendorff 1995 unitizing stretched to L = 1200000: Do, De, alpha of A-D")
{
    const auto a = unitizingAlpha(
        loadUnitizing("krippendorff1995_unitizing_stretched_L1200000.csv", 0, 1200000));
    // D_o is invariant to stretching (1e-5: truncated). The D_e and alpha values are those of
    // Krippendorff's paper, which DKPro asserts with tolerances 0.005 and 0.02 (published.json
    // notes); the exact sums of our (DKPro's) formula differ from the paper's by up to 0.004
    // (D_e of C) and 0.014 (alpha of C), so we use DKPro's tolerances.
    const std::vector<std::tuple<std::string, double, double, double>> expected = {
        {"A", 0.03125, 0.0699, 0.553},
        {"B", 2.26736, 1.17731, -0.926},
        {"C", 0.02777, 0.08642, 0.679},
        {"D", 0.38715, 0.41445, 0.066},
    };
    for (const auto& [name, observed, expectedD, alpha] : expected) {
        INFO("category " << name);
        const auto& c = category(a, name);
        CHECK_NEAR(*c.alpha.observed, observed, 1e-5);
        CHECK_NEAR(*c.alpha.expected, expectedD, 0.005);
        CHECK_NEAR(valueOf(c.alpha), alpha, 0.02);
    }
}

TEST_CASE("krippendorff 1995 unitizing stretched by 0.5 (L = 12): category C")
{
    const auto a =
        unitizingAlpha(loadUnitizing("krippendorff1995_unitizing_stretch_half_L12.csv", 0, 12));
    const auto& c = category(a, "C");
    CHECK_NEAR(*c.alpha.observed, 0.02777, 1e-5); // truncated
    CHECK_PUBLISHED(*c.alpha.expected, 0.05494, 5);
    CHECK_PUBLISHED(valueOf(c.alpha), 0.494, 3);
}

TEST_CASE("dkpro unitizing example, L = 10: Do .91, De .5351, alpha -.7003")
{
    const auto a = unitizingAlpha(loadUnitizing("dkpro_unitizing_example_L10.csv", 0, 10));
    const auto& c = category(a, "A");
    CHECK_PUBLISHED(*c.alpha.observed, 0.91, 2);
    // By hand: r0 unit [1,9), r1 units [2,3) [4,5) [6,7); N = 4; gaps 3,2,1,1,1,1.
    // sum = 3 (2*512 - 3*64 + 8)/3 + 3 * (1 * (3+2+1+1+1+1)) = 840 + 27 = 867;
    // D_e = 2/10 * 867 / (20 * 19 - 8 * 7) = 173.4 / 324 = 0.535185 (published truncated).
    CHECK_NEAR(*c.alpha.expected, 0.535185185, 1e-9);
    CHECK_NEAR(*c.alpha.expected, 0.5351, 1e-4);
    CHECK_PUBLISHED(valueOf(c.alpha), -0.7003, 4);
}

TEST_CASE("unitizing alpha: a category nobody used, bad spans")
{
    UnitizingStudy study;
    study.length = 10;
    study.coderCount = 2;
    const auto empty = unitizingAlpha(study);
    CHECK_FALSE(empty.overall.defined());
    CHECK_FALSE(empty.overall.undefinedReason.empty());

    study.spans = {{0, {0, 5}, "x"}, {0, {4, 6}, "x"}};
    CHECK_THROWS_AS(unitizingAlpha(study), std::invalid_argument);
    study.spans = {{0, {0, 11}, "x"}};
    CHECK_THROWS_AS(unitizingAlpha(study), std::invalid_argument);
}
