// Disagreement regions from spans, and the bootstrap on pattern counts against the bootstrap on
// the expanded units it stands for.
#include "analysis/agreement/bootstrap.h"
#include "analysis/agreement/disagreements.h"

#include <catch2/catch.hpp>

#include <stdexcept>

using namespace hilo::analysis;

TEST_CASE("disagreements: identical coverage agrees, shifted boundaries and misses differ")
{
    // Same characters, coded as one span by A and two adjacent spans by B: no disagreement.
    CHECK(findDisagreements({{{0, 10}}, {{0, 4}, {4, 10}}}).empty());

    // Shifted: one region [0, 15), A alone on [0, 5), B alone on [10, 15).
    auto shifted = findDisagreements({{{0, 10}}, {{5, 15}}});
    REQUIRE(shifted.size() == 1);
    CHECK(shifted[0].region.start == 0);
    CHECK(shifted[0].region.end == 15);
    CHECK_FALSE(shifted[0].missedBySome);
    REQUIRE(shifted[0].runs.size() == 2);
    CHECK(shifted[0].runs[0].span.start == 0);
    CHECK(shifted[0].runs[0].span.end == 5);
    CHECK(shifted[0].runs[0].coders == 1u);
    CHECK(shifted[0].runs[1].span.start == 10);
    CHECK(shifted[0].runs[1].coders == 2u);

    // Missed: B coded nothing of [20, 30); a separate agreed region [0, 5) is left out.
    auto missed = findDisagreements({{{0, 5}, {20, 30}}, {{0, 5}}});
    REQUIRE(missed.size() == 1);
    CHECK(missed[0].missedBySome);
    CHECK(missed[0].spansByCoder[1].empty());
    CHECK(missed[0].spansByCoder[0].size() == 1);

    // Three coders: a region where two agree and one coded more.
    auto three = findDisagreements({{{0, 10}}, {{0, 10}}, {{0, 12}}});
    REQUIRE(three.size() == 1);
    REQUIRE(three[0].runs.size() == 1);
    CHECK(three[0].runs[0].span.start == 10);
    CHECK(three[0].runs[0].coders == 4u);
}

TEST_CASE("bootstrap on pattern counts matches the bootstrap on the expanded units")
{
    // 40 units of two coders, binary: 20 (1,1), 12 (0,0), 5 (1,0), 3 (0,1).
    RatingsMatrix counts(2);
    counts.addUnit({1.0, 1.0}, 20);
    counts.addUnit({0.0, 0.0}, 12);
    counts.addUnit({1.0, 0.0}, 5);
    counts.addUnit({0.0, 1.0}, 3);
    RatingsMatrix expanded(2);
    for (std::size_t u = 0; u < counts.unitCount(); ++u)
        for (int i = 0; i < static_cast<int>(counts.weight(u)); ++i)
            expanded.addUnit({counts.value(u, 0), counts.value(u, 1)});

    const BootstrapInterval fromCounts = bootstrapAlphaOfCounts(counts, AlphaMetric::Nominal, 11, 4000);
    const BootstrapInterval fromUnits = bootstrapAlpha(expanded, AlphaMetric::Nominal, 11, 4000);
    REQUIRE(fromCounts.lower.defined());
    REQUIRE(fromUnits.lower.defined());
    // Same resampling model, different random streams: the percentiles agree to Monte Carlo error.
    CHECK(*fromCounts.lower.value == Approx(*fromUnits.lower.value).margin(0.03));
    CHECK(*fromCounts.upper.value == Approx(*fromUnits.upper.value).margin(0.03));
    // Seeded: the same seed gives the same interval.
    const BootstrapInterval again = bootstrapAlphaOfCounts(counts, AlphaMetric::Nominal, 11, 4000);
    CHECK(*again.lower.value == *fromCounts.lower.value);
    CHECK(*again.upper.value == *fromCounts.upper.value);

    RatingsMatrix fractional(2);
    fractional.addUnit({1.0, 1.0}, 2.5);
    CHECK_THROWS_AS(bootstrapAlphaOfCounts(fractional, AlphaMetric::Nominal, 1), std::invalid_argument);
}
