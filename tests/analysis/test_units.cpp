// Hand-made character, turn and segment fixtures; expected values worked out in the comments.
#include "agreement_fixtures.h"

#include "analysis/agreement/character_units.h"
#include "analysis/agreement/cohen_kappa.h"
#include "analysis/agreement/krippendorff_alpha.h"
#include "analysis/agreement/percent_agreement.h"
#include "analysis/agreement/pooling.h"
#include "analysis/agreement/segment_matching.h"
#include "analysis/agreement/turn_units.h"

using namespace hilo::analysis;
using namespace hilo::analysis::testing;

TEST_CASE("character units: two coders, overlapping codings of one coder merge")
{
    // Source of 20 code points. Coder A codes [0,10) and [8,12) (one coder's overlap counts a
    // character once: A covers [0,12)); coder B codes [4,14).
    //   [0,4)   A=1 B=0   4 chars
    //   [4,12)  A=1 B=1   8 chars
    //   [12,14) A=0 B=1   2 chars
    //   [14,20) A=0 B=0   6 chars
    // P_o = (8 + 6) / 20 = 0.7; p_A(1) = 12/20 = 0.6, p_B(1) = 10/20 = 0.5;
    // P_e = 0.6 * 0.5 + 0.4 * 0.5 = 0.5; kappa = (0.7 - 0.5) / (1 - 0.5) = 0.4.
    const auto m = characterUnits(20, {{{0, 10}, {8, 12}}, {{4, 14}}});
    CHECK(m.unitCount() == 4); // one weighted row per pattern, not one per character
    const auto k = cohenKappa(m);
    CHECK(valueOf(k) == Approx(0.4).margin(1e-12));
    CHECK(*k.observed == Approx(0.7).margin(1e-12));
    CHECK(*k.expected == Approx(0.5).margin(1e-12));
    CHECK(valueOf(percentAgreement(m).pairwise) == Approx(0.7).margin(1e-12));

    // The weighted matrix gives exactly the per-character statistics: compare with 20 rows.
    RatingsMatrix perCharacter(2);
    for (int i = 0; i < 20; ++i)
        perCharacter.addUnit({i < 12 ? 1.0 : 0.0, (i >= 4 && i < 14) ? 1.0 : 0.0});
    CHECK(valueOf(krippendorffAlpha(m)) == Approx(valueOf(krippendorffAlpha(perCharacter))).margin(1e-12));
    CHECK(valueOf(cohenKappa(m)) == Approx(valueOf(cohenKappa(perCharacter))).margin(1e-12));
}

TEST_CASE("character units: spans past the source end are clipped; a code nobody used")
{
    const auto m = characterUnits(10, {{{5, 50}}, {}});
    double total = 0;
    for (std::size_t u = 0; u < m.unitCount(); ++u)
        total += m.weight(u);
    CHECK(total == 10);
    // Nobody used the code: every character is 0 for both coders, no variation.
    const auto unused = characterUnits(10, {{}, {}});
    const auto k = cohenKappa(unused);
    CHECK_FALSE(k.defined());
    CHECK_FALSE(k.undefinedReason.empty());
    CHECK_FALSE(krippendorffAlpha(unused).defined());
}

TEST_CASE("turn units: any overlap and a minimum share")
{
    // Turns [0,10) [10,20) [20,30) [30,40).
    // Coder A: [2,4) covers 20% of turn 0, [12,20) 80% of turn 1, [35,36) 10% of turn 3.
    // Coder B: [0,10) covers all of turn 0, [18,25) 20% of turn 1 and 50% of turn 2.
    const std::vector<Span> turns = {{0, 10}, {10, 20}, {20, 30}, {30, 40}};
    const std::vector<std::vector<Span>> codings = {{{2, 4}, {12, 20}, {35, 36}},
                                                    {{0, 10}, {18, 25}}};
    SECTION("any overlap (default)")
    {
        // A = 1,1,0,1; B = 1,1,1,0. P_o = 2/4 = 0.5; p_A(1) = p_B(1) = 0.75;
        // P_e = 0.75^2 + 0.25^2 = 0.625; kappa = (0.5 - 0.625) / 0.375 = -1/3.
        const auto m = turnUnits(turns, codings);
        CHECK(m.unitCount() == 4);
        CHECK(valueOf(cohenKappa(m)) == Approx(-1.0 / 3.0).margin(1e-12));
    }
    SECTION("at least half of the turn")
    {
        // A = 0,1,0,0 (20%, 80%, 0, 10%); B = 1,0,1,0 (100%, 20%, 50%, 0).
        // P_o = 1/4 (turn 3 only); p_A(1) = 0.25, p_B(1) = 0.5;
        // P_e = 0.25 * 0.5 + 0.75 * 0.5 = 0.5; kappa = (0.25 - 0.5) / 0.5 = -0.5.
        const auto m = turnUnits(turns, codings, 0.5);
        CHECK(valueOf(cohenKappa(m)) == Approx(-0.5).margin(1e-12));
        CHECK(valueOf(percentAgreement(m).pairwise) == Approx(0.25).margin(1e-12));
    }
}

TEST_CASE("segment matching: threshold both ways")
{
    // A: [0,100) [200,250) [400,410); B: [5,100) [200,240) [300,320).
    // Overlap shares (intersection / union): [0,100)~[5,100) = 95/100 = 0.95;
    // [200,250)~[200,240) = 40/50 = 0.8; the others overlap nothing.
    const std::vector<Span> a = {{0, 100}, {200, 250}, {400, 410}};
    const std::vector<Span> b = {{5, 100}, {200, 240}, {300, 320}};
    SECTION("default 90%: one match each way, 2 of 6 segments agree")
    {
        const auto s = matchSegments(a, b);
        CHECK(s.firstSegments == 3);
        CHECK(s.firstMatched == 1);
        CHECK(s.secondSegments == 3);
        CHECK(s.secondMatched == 1);
        CHECK(valueOf(s.percentAgreement) == Approx(2.0 / 6.0).margin(1e-12));
    }
    SECTION("75%: two matches each way, 4 of 6")
    {
        const auto s = matchSegments(a, b, 0.75);
        CHECK(s.firstMatched == 2);
        CHECK(s.secondMatched == 2);
        CHECK(valueOf(s.percentAgreement) == Approx(4.0 / 6.0).margin(1e-12));
    }
    SECTION("one-sided: B has a long segment covering two short A segments")
    {
        // A: [0,10) [10,20); B: [0,20). Shares 10/20 = 0.5 each: matched at 0.5 both ways.
        const auto s = matchSegments({{0, 10}, {10, 20}}, {{0, 20}}, 0.5);
        CHECK(s.firstMatched == 2);
        CHECK(s.secondMatched == 1);
        CHECK(valueOf(s.percentAgreement) == Approx(1.0).margin(1e-12));
    }
    SECTION("nobody used the code")
    {
        CHECK_FALSE(matchSegments({}, {}).percentAgreement.defined());
    }
}

TEST_CASE("pooling: a code over two sources; one source alone has no variation")
{
    // Source 1 (10 chars): nobody coded -> kappa undefined on its own.
    // Source 2 (10 chars): A [0,5), B [0,5) -> perfect agreement.
    // Pooled 20 chars: 5 both 1, 15 both 0: P_o = 1, P_e = 0.25^2 + 0.75^2 = 0.625, kappa = 1.
    const auto first = characterUnits(10, {{}, {}});
    const auto second = characterUnits(10, {{{0, 5}}, {{0, 5}}});
    CHECK_FALSE(cohenKappa(first).defined());
    const auto pooled = poolUnits({first, second});
    const auto k = cohenKappa(pooled);
    CHECK(valueOf(k) == Approx(1.0).margin(1e-12));
    CHECK(*k.expected == Approx(0.625).margin(1e-12));
    CHECK_THROWS_AS(poolUnits({first, RatingsMatrix(3)}), std::invalid_argument);
}

TEST_CASE("character units: a huge source costs its codings, not its length")
{
    // 2e12 code points, 3 coders x 10000 spans: a per-character array would need terabytes.
    const std::int64_t length = 2'000'000'000'000;
    std::vector<std::vector<Span>> codings(3);
    for (std::int64_t i = 0; i < 10000; ++i)
        for (std::size_t c = 0; c < 3; ++c) {
            const std::int64_t start = i * 100'000'000 + static_cast<std::int64_t>(c) * 1000;
            codings[c].push_back({start, start + 50'000'000});
        }
    const auto m = characterUnits(length, codings);
    CHECK(m.unitCount() <= 8);
    double total = 0;
    for (std::size_t u = 0; u < m.unitCount(); ++u)
        total += m.weight(u);
    CHECK(total == static_cast<double>(length));
    CHECK(krippendorffAlpha(m).defined());
}
