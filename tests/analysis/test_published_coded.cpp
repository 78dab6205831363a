// Published values for coded (units x coders) datasets, from tests/data/agreement/published.json
// (copied from ../shared/agreement-reference). Tolerances are half a unit in the last published
// decimal.
#include "agreement_fixtures.h"

#include "analysis/agreement/brennan_prediger.h"
#include "analysis/agreement/cohen_kappa.h"
#include "analysis/agreement/fleiss_kappa.h"
#include "analysis/agreement/krippendorff_alpha.h"
#include "analysis/agreement/percent_agreement.h"

using namespace hilo::analysis;
using namespace hilo::analysis::testing;

namespace {
const char* const k2011 = "krippendorff2011_4coders_12units.csv";
}

// Krippendorff (2011), 4 observers, 12 units, missing values; unit 12 has one value and is
// dropped as unpairable.
TEST_CASE("krippendorff2011: alpha nominal 0.743 (nltk 0.743421052632), Do .200, De .779")
{
    const auto r = krippendorffAlpha(loadRatings(k2011), AlphaMetric::Nominal);
    CHECK_PUBLISHED(valueOf(r), 0.743, 3);
    CHECK_PUBLISHED(valueOf(r), 0.743421052632, 12);
    CHECK_PUBLISHED(*r.observed, 0.200, 3);
    CHECK_PUBLISHED(*r.expected, 0.779, 3);
}

TEST_CASE("krippendorff2011: alpha ordinal 0.815")
{
    CHECK_PUBLISHED(valueOf(krippendorffAlpha(loadRatings(k2011), AlphaMetric::Ordinal)), 0.815, 3);
}

TEST_CASE("krippendorff2011: alpha interval 0.849, Do .433, De 2.872")
{
    const auto r = krippendorffAlpha(loadRatings(k2011), AlphaMetric::Interval);
    CHECK_PUBLISHED(valueOf(r), 0.849, 3);
    CHECK_PUBLISHED(*r.observed, 0.433, 3);
    CHECK_PUBLISHED(*r.expected, 2.872, 3);
}

TEST_CASE("krippendorff2011: alpha ratio 0.797")
{
    CHECK_PUBLISHED(valueOf(krippendorffAlpha(loadRatings(k2011), AlphaMetric::Ratio)), 0.797, 3);
}

TEST_CASE("wikipedia alpha example: nominal 0.691358, interval 0.810845")
{
    const auto m = loadRatings("wikipedia_alpha_3coders_15units.csv");
    CHECK_PUBLISHED(valueOf(krippendorffAlpha(m, AlphaMetric::Nominal)), 0.691358, 6);
    CHECK_PUBLISHED(valueOf(krippendorffAlpha(m, AlphaMetric::Interval)), 0.810845, 6);
}

TEST_CASE("krippendorff book binary 3 coders: alpha nominal 0.2343")
{
    const auto m = loadRatings("krippendorff_book_binary_3coders_12units.csv");
    // Exactly 15/64 = 0.234375; the published 0.2343 is truncated, not rounded.
    CHECK_NEAR(valueOf(krippendorffAlpha(m)), 0.2343, 1e-4);
}

TEST_CASE("krippendorff book 2 coders: alpha nominal 0.759")
{
    const auto m = loadRatings("krippendorff_book_2coders_12units.csv");
    CHECK_PUBLISHED(valueOf(krippendorffAlpha(m)), 0.759, 3);
}

TEST_CASE("hayes & krippendorff 2007: alpha ordinal 0.7598, nominal 0.4765")
{
    const auto m = loadRatings("hayes_krippendorff2007_5coders_40units.csv");
    CHECK_PUBLISHED(valueOf(krippendorffAlpha(m, AlphaMetric::Ordinal)), 0.7598, 4);
    CHECK_PUBLISHED(valueOf(krippendorffAlpha(m, AlphaMetric::Nominal)), 0.4765, 4);
}

TEST_CASE("oolong issue 96: alpha nominal 0.072 (hand calculation)")
{
    const auto m = loadRatings("oolong_issue96_3coders_10units.csv");
    CHECK_PUBLISHED(valueOf(krippendorffAlpha(m)), 0.072, 3);
}

TEST_CASE("fleiss 1971: kappa 0.4302445, Po .5556, Pe .2201")
{
    const auto r = fleissKappa(loadRatings("fleiss1971_6raters_30subjects.csv"));
    CHECK_PUBLISHED(valueOf(r), 0.4302445, 7);
    CHECK_PUBLISHED(*r.observed, 0.5556, 4);
    // P_e = 0.219938 is what kappa 0.4302445 with P_o = 5/9 implies; DKPro's .2201 is asserted
    // with a 1e-3 tolerance, so we hold P_e to 2e-4.
    CHECK_NEAR(*r.expected, 0.2201, 2e-4);
}

TEST_CASE("wikipedia fleiss example: kappa 0.210, Po .378, Pe .213")
{
    const auto r = fleissKappa(loadRatings("wikipedia_fleiss_14raters_10subjects.csv"));
    CHECK_PUBLISHED(valueOf(r), 0.210, 3);
    CHECK_PUBLISHED(*r.observed, 0.378, 3);
    CHECK_PUBLISHED(*r.expected, 0.213, 3);
}

TEST_CASE("wikipedia cohen example: kappa 0.40, percent agreement 0.70")
{
    const auto m = loadRatings("wikipedia_cohen_2coders_50units.csv");
    const auto k = cohenKappa(m);
    CHECK_PUBLISHED(valueOf(k), 0.40, 2);
    CHECK_PUBLISHED(*k.expected, 0.50, 2);
    CHECK_PUBLISHED(valueOf(percentAgreement(m).pairwise), 0.70, 2);
}

TEST_CASE("artstein & poesio 2008 table 1: Ao .7, S .4, pi .341, kappa .348")
{
    const auto m = loadRatings("artstein_poesio2008_table1_2coders_100units.csv");
    CHECK_PUBLISHED(valueOf(percentAgreement(m).pairwise), 0.7, 1);
    CHECK_PUBLISHED(valueOf(percentAgreement(m).allAgree), 0.7, 1); // same for two coders
    CHECK_PUBLISHED(valueOf(brennanPrediger(m, 2)), 0.4, 1);
    CHECK_PUBLISHED(valueOf(fleissKappa(m)), 0.341, 3); // Fleiss' kappa for 2 coders = Scott's pi
    CHECK_PUBLISHED(valueOf(cohenKappa(m)), 0.348, 3);
}

TEST_CASE("artstein & poesio 2008 table 4: Ao .88, S .82, pi .7995, kappa .8013, alpha .800")
{
    const auto m = loadRatings("artstein_poesio2008_table4_2coders_100units.csv");
    CHECK_PUBLISHED(valueOf(percentAgreement(m).pairwise), 0.88, 2);
    CHECK_PUBLISHED(valueOf(brennanPrediger(m, 3)), 0.82, 2);
    CHECK_PUBLISHED(valueOf(brennanPrediger(m)), 0.82, 2); // all 3 categories observed
    CHECK_PUBLISHED(valueOf(fleissKappa(m)), 0.7995, 4);
    CHECK_PUBLISHED(valueOf(cohenKappa(m)), 0.8013, 4);
    // 0.800535: DKPro publishes .800 and asserts it with a 1e-3 tolerance.
    CHECK_NEAR(valueOf(krippendorffAlpha(m)), 0.800, 1e-3);
}

TEST_CASE("sklearn weighted example: kappa .9315, linear .9412, quadratic .9541")
{
    const auto m = loadRatings("sklearn_weighted_example_2coders_100units.csv");
    CHECK_PUBLISHED(valueOf(cohenKappa(m)), 0.9315, 4);
    CHECK_PUBLISHED(valueOf(cohenKappa(m, 0, 1, KappaWeighting::Linear)), 0.9412, 4);
    CHECK_PUBLISHED(valueOf(cohenKappa(m, 0, 1, KappaWeighting::Quadratic)), 0.9541, 4);
}

TEST_CASE("cohen 1960 example 2: kappa .492, Po .70")
{
    const auto m = loadRatings("cohen1960_example2_2coders_200units.csv");
    const auto k = cohenKappa(m);
    CHECK_PUBLISHED(valueOf(k), 0.492, 3);
    CHECK_PUBLISHED(*k.observed, 0.70, 2);
    CHECK_PUBLISHED(*k.expected, 0.41, 2);
    CHECK_PUBLISHED(valueOf(percentAgreement(m).pairwise), 0.70, 2);
}

TEST_CASE("statsmodels SAS table 10: kappa .4842, linear weighted .4701 over declared 1..3")
{
    const auto m = loadRatings("statsmodels_sas_table10_2coders_19units.csv");
    CHECK_PUBLISHED(valueOf(cohenKappa(m)), 0.4842, 4);
    CHECK_PUBLISHED(valueOf(cohenKappa(m, 0, 1, KappaWeighting::Linear, {1, 2, 3})), 0.4701, 4);
}

TEST_CASE("brennan & prediger 1981 example 1: kappa .27, S .40 (q = 3 declared)")
{
    const auto m = loadRatings("brennan_prediger1981_example1_2coders_100units.csv");
    CHECK_PUBLISHED(valueOf(cohenKappa(m)), 0.27, 2);
    CHECK_PUBLISHED(valueOf(brennanPrediger(m, 3)), 0.40, 2);
}

TEST_CASE("brennan & prediger 1981 example 2: kappa .29, S .40 (q = 3 declared)")
{
    const auto m = loadRatings("brennan_prediger1981_example2_2coders_100units.csv");
    CHECK_PUBLISHED(valueOf(cohenKappa(m)), 0.29, 2);
    CHECK_PUBLISHED(valueOf(brennanPrediger(m, 3)), 0.40, 2);
}

TEST_CASE("krippendorff 2004 p.224 (ATLAS.ti manual): PA .600, alpha .095, Do .400, De .442")
{
    const auto m = loadRatings("krippendorff2004_p224_atlasti_2coders_10units.csv");
    CHECK_PUBLISHED(valueOf(percentAgreement(m).pairwise), 0.600, 3);
    const auto a = krippendorffAlpha(m);
    CHECK_PUBLISHED(valueOf(a), 0.095, 3);
    CHECK_PUBLISHED(*a.observed, 0.400, 3);
    CHECK_PUBLISHED(*a.expected, 0.442, 3);
}

TEST_CASE("krippendorff 2004 p.227: PA .833, alpha .734")
{
    const auto m = loadRatings("krippendorff2004_p227_2coders_12units.csv");
    CHECK_PUBLISHED(valueOf(percentAgreement(m).pairwise), 0.833, 3);
    CHECK_PUBLISHED(valueOf(krippendorffAlpha(m)), 0.734, 3);
}
