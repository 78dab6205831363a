// The u-alpha family of Krippendorff et al. (2016) against lindanna/unitized_alpha's outputs
// (tests/data/agreement/published.json, "lindanna_*").
#include "agreement_fixtures.h"

#include "analysis/agreement/unitizing_alpha_2016.h"

using namespace hilo::analysis;
using namespace hilo::analysis::testing;

TEST_CASE("lindanna main example, 3 coders, L = 20: u .474, |u .433, cu .779 (38.33%), "
          "(1)u .769, (2)u .787")
{
    const auto a = unitizingAlphaFamily(loadUnitizing("lindanna_main_3coders_L20.csv", 0, 20));
    CHECK_PUBLISHED(valueOf(a.uAlpha), 0.474, 3);
    CHECK_PUBLISHED(valueOf(a.binaryUAlpha), 0.433, 3);
    CHECK_PUBLISHED(valueOf(a.cuAlpha), 0.779, 3);
    REQUIRE(a.cuCoveragePercent);
    CHECK_PUBLISHED(*a.cuCoveragePercent, 38.33, 2);
    REQUIRE(a.categories.size() == 2);
    CHECK_PUBLISHED(valueOf(a.categories[0].alpha), 0.769, 3);
    CHECK_PUBLISHED(valueOf(a.categories[1].alpha), 0.787, 3);
}

TEST_CASE("lindanna README spans, 3 coders, L = 60 (full precision)")
{
    const auto a =
        unitizingAlphaFamily(loadUnitizing("lindanna_readme_spans_3coders_L60.csv", 0, 60));
    CHECK_NEAR(valueOf(a.uAlpha), 0.3982981423791392, 1e-9);
    CHECK_NEAR(valueOf(a.binaryUAlpha), 0.5238010446343782, 1e-9);
    CHECK_NEAR(valueOf(a.cuAlpha), 0.3571428571428571, 1e-9);
    REQUIRE(a.cuCoveragePercent);
    CHECK_NEAR(*a.cuCoveragePercent, 7.777777777777778, 1e-9);
    REQUIRE(a.categories.size() == 2);
    CHECK_NEAR(valueOf(a.categories[0].alpha), 0.3125, 1e-9);
    CHECK_NEAR(valueOf(a.categories[1].alpha), 0.390625, 1e-9);
}

TEST_CASE("u-alpha family: undefined cases")
{
    UnitizingStudy study;
    study.length = 10;
    study.coderCount = 2;
    study.spans = {{0, {0, 4}, "x"}, {1, {1, 4}, "x"}};
    const auto a = unitizingAlphaFamily(study);
    CHECK(a.uAlpha.defined());
    CHECK_FALSE(a.cuAlpha.defined()); // one value only
    CHECK_FALSE(a.cuAlpha.undefinedReason.empty());
    study.spans.push_back({0, {3, 6}, "y"});
    CHECK_THROWS_AS(unitizingAlphaFamily(study), std::invalid_argument);
}
