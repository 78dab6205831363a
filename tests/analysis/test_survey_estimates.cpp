// Weighted percentages and 95% intervals from microdata (.sav, .dta, CSV) against values worked
// out by hand below, and the indicator table's validation.
#include "survey_fixtures.h"

#include "analysis/survey/indicator_table.h"
#include "analysis/survey/microdata.h"
#include "analysis/survey/microdata_theme.h"
#include "analysis/survey/survey_store.h"
#include "analysis/survey/weighted_estimate.h"
#include "project/codebook_store.h"
#include "project/project.h"
#include "text/user_error.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace hilo;
using namespace hilo::analysis;

namespace {

// The Wilson interval, written out as weighted_estimate.h states it, for the hand computation.
std::pair<double, double> wilsonByHand(double p, double n)
{
    const double z = 1.959963984540054;
    const double centre = p + z * z / (2 * n);
    const double spread = z * std::sqrt(p * (1 - p) / n + z * z / (4 * n * n));
    const double scale = 1 + z * z / n;
    return {100 * (centre - spread) / scale, 100 * (centre + spread) / scale};
}

void checkFigures(const std::vector<SurveyIndicator>& indicators)
{
    REQUIRE(indicators.size() == 3); // everyone, girls, boys
    // Everyone with an answer (respondent 7 has none): weights 2 1 1 0.5 1.5 1 2, sum 9; told no
    // one: 2 + 1 + 0.5 + 2 = 5.5, p = 5.5 / 9 = 61.1%; sum of squared weights 13.5, so
    // n_eff = 9^2 / 13.5 = 6. Wilson at p = 0.6111, n = 6: 26.0% to 87.5% (statsmodels'
    // proportion_confint(3.667, 6, method="wilson") gives 0.260095, 0.875386).
    const auto [low, high] = wilsonByHand(5.5 / 9, 6);
    CHECK(indicators[0].subgroup.empty());
    CHECK(indicators[0].value == Approx(100 * 5.5 / 9));
    CHECK(*indicators[0].base == 7);
    CHECK(*indicators[0].ciLow == Approx(low));
    CHECK(*indicators[0].ciHigh == Approx(high));
    CHECK(*indicators[0].ciLow == Approx(26.0095).epsilon(1e-4));
    CHECK(*indicators[0].ciHigh == Approx(87.5386).epsilon(1e-4));

    // Girls (respondents 1-3): weights 2 1 1, told no one 2 + 1 = 3 of 4 = 75%;
    // n_eff = 16 / 6 = 2.667.
    const auto [girlsLow, girlsHigh] = wilsonByHand(0.75, 16.0 / 6);
    CHECK(indicators[1].value == Approx(75));
    CHECK(*indicators[1].base == 3);
    CHECK(*indicators[1].ciLow == Approx(girlsLow));
    CHECK(*indicators[1].ciHigh == Approx(girlsHigh));
    // Boys (4, 5, 6, 8): weights 0.5 1.5 1 2, told no one 0.5 + 2 = 2.5 of 5 = 50%;
    // n_eff = 25 / 7.5 = 3.333.
    const auto [boysLow, boysHigh] = wilsonByHand(0.5, 25.0 / 7.5);
    CHECK(indicators[2].value == Approx(50));
    CHECK(*indicators[2].base == 4);
    CHECK(*indicators[2].ciLow == Approx(boysLow));
    CHECK(*indicators[2].ciHigh == Approx(boysHigh));
    CHECK(*indicators[2].ciLow == Approx(13.4141).epsilon(1e-4));
}

MicrodataThemeRequest request(const std::string& condition)
{
    MicrodataThemeRequest r;
    r.theme = "Telling no one";
    r.condition = condition;
    r.weight = "wt";
    r.subgroups = {"gender"};
    return r;
}

} // namespace

TEST_CASE("Weighted percentage and Wilson interval from an SPSS .sav file, with its value labels")
{
    test::TempFolder folder;
    const Microdata data = readMicrodata(folder.write("survey.sav", test::writeSurvey("sav")));
    CHECK(data.rows == 8);
    REQUIRE(data.find("gender"));
    CHECK(data.find("gender")->label == "G\u00e9nero"); // composed on reading
    CHECK(data.find("told")->valueLabels.at("1") == "Se lo contó a alguien");
    CHECK(data.find("told")->valueLabels.at("0") == "Told no one");
    // The condition may name a value by its label, accent- and case-blind.
    const ComputedTheme computed = computeMicrodataTheme(data, request("told != \"se lo conto a ALGUIEN\""));
    checkFigures(computed.figures.indicators);
    CHECK(computed.figures.indicators[1].subgroup == "G\u00e9nero: Girl");
    CHECK(computed.figures.indicators[2].subgroup == "G\u00e9nero: Boy");
    CHECK(computed.dataset.valueLabels.at("gender").at("2") == "Boy");

    // Stored with the theme: its figures, its definition and the file's value labels.
    Project project = Project::create(folder / "S.hilo");
    SurveyStore store(project);
    store.importComputed(computed.figures, computed.dataset, computed.definition);
    const SurveyTheme theme = store.theme("Telling no one");
    REQUIRE(theme.definition);
    CHECK(theme.definition->format == "sav");
    CHECK(theme.definition->weight == "wt");
    CHECK(theme.definition->subgroups == "gender");
    CHECK(theme.indicators.size() == 3);
    CHECK(*theme.indicators[0].ciHigh == Approx(*computed.figures.indicators[0].ciHigh));
    CHECK(store.valueLabels("survey.sav", "gender") == std::map<std::string, std::string>{{"1", "Girl"}, {"2", "Boy"}});
}

TEST_CASE("Weighted percentage and Wilson interval from a Stata .dta file")
{
    test::TempFolder folder;
    const Microdata data = readMicrodata(folder.write("survey.dta", test::writeSurvey("dta")));
    CHECK(data.rows == 8);
    const ComputedTheme computed = computeMicrodataTheme(data, request("told = 0"));
    checkFigures(computed.figures.indicators);
    CHECK(computed.figures.indicators[1].subgroup == "G\u00e9nero: Girl");
    // A label from a .dta names its value too.
    checkFigures(computeMicrodataTheme(data, request("told = 'Told no one'")).figures.indicators);
}

TEST_CASE("Weighted percentage and Wilson interval from CSV microdata")
{
    test::TempFolder folder;
    const Microdata data = readMicrodata(folder.write("survey.csv", test::surveyCsv()));
    const ComputedTheme computed = computeMicrodataTheme(data, request("told in 0"));
    checkFigures(computed.figures.indicators);
    CHECK(computed.figures.indicators[1].subgroup == "gender: 1"); // CSV has no value labels
    // Unweighted: 4 of 7 told no one.
    MicrodataThemeRequest unweighted = request("told != 1");
    unweighted.weight.clear();
    CHECK(computeMicrodataTheme(data, unweighted).figures.indicators[0].value == Approx(400.0 / 7));
}

TEST_CASE("Microdata errors name the file and what is wrong")
{
    test::TempFolder folder;
    const Microdata data = readMicrodata(folder.write("survey.csv", test::surveyCsv()));
    MicrodataThemeRequest noWeight = request("told = 0");
    noWeight.weight = "weight";
    CHECK_THROWS_WITH(computeMicrodataTheme(data, noWeight), Catch::Contains("survey.csv: no weight column 'weight'"));
    CHECK_THROWS_WITH(computeMicrodataTheme(data, request("tld = 0")), Catch::Contains("no theme variable column 'tld'"));
    CHECK_THROWS_WITH(computeMicrodataTheme(data, request("told = Nunca")), Catch::Contains("neither a number nor a value label"));
    CHECK_THROWS_WITH(computeMicrodataTheme(data, request("told 0")), Catch::Contains("VARIABLE OP VALUE"));

    const Microdata badWeight = readMicrodata(folder.write("bad.csv", "told,wt\n0,1\n1,\n"));
    MicrodataThemeRequest missing = request("told = 0");
    missing.subgroups.clear();
    CHECK_THROWS_WITH(computeMicrodataTheme(badWeight, missing), Catch::Contains("bad.csv line 3: the weight 'wt' is missing"));

    // A .sav cut short, and bytes that are no .sav at all.
    const std::string sav = test::writeSurvey("sav");
    CHECK_THROWS_WITH(readMicrodata(folder.write("cut.sav", sav.substr(0, sav.size() / 2))), Catch::Contains("cut.sav"));
    CHECK_THROWS_AS(readMicrodata(folder.write("junk.sav", "this is not an SPSS file at all")), UserError);
    CHECK_THROWS_AS(readMicrodata(folder.write("survey.xlsx", "PK")), UserError);
}

TEST_CASE("Indicator tables: percentages, bases, CIs and the errors a researcher can act on")
{
    const std::vector<ThemeFigures> themes = parseIndicatorTable(
        "Theme,Indicator,Value,Base,Subgroup,CI_low,CI_high,Source_note\n"
        "Telling no one,Told no one,32%,\"1,027\",,29.2,34.9,Fictional table for a test\n"
        "Barriers,Too embarrassed,21,,niñas,,,\n"
        "Telling no one,Told no one,35.5,480,girls,,,\n",
        "table.csv");
    REQUIRE(themes.size() == 2);
    CHECK(themes[0].theme == "Telling no one");
    REQUIRE(themes[0].indicators.size() == 2);
    CHECK(themes[0].indicators[0].value == 32);
    CHECK(*themes[0].indicators[0].base == 1027);
    CHECK(*themes[0].indicators[0].ciLow == Approx(29.2));
    CHECK(themes[0].indicators[1].value == 35.5);
    CHECK(themes[1].indicators[0].subgroup == "niñas");
    CHECK_FALSE(themes[1].indicators[0].base);

    CHECK_THROWS_WITH(parseIndicatorTable("theme,indicator,base\nA,B,10\n", "t.csv"), Catch::Contains("t.csv: no 'value' column"));
    CHECK_THROWS_WITH(parseIndicatorTable("theme,indicator,value\nA,B,10\nA,C,about a third\n", "t.csv"),
                      Catch::Contains("t.csv line 3, column 'value': 'about a third' is not a number"));
    CHECK_THROWS_WITH(parseIndicatorTable("theme,indicator,value\nA,B,130\n", "t.csv"), Catch::Contains("from 0 to 100"));
    CHECK_THROWS_WITH(parseIndicatorTable("theme,indicator,value,base\nA,B,13,many\n", "t.csv"),
                      Catch::Contains("not a whole number of respondents"));
    CHECK_THROWS_WITH(parseIndicatorTable("theme,indicator,value,ci_low,ci_high\nA,B,13,14,20\n", "t.csv"),
                      Catch::Contains("does not contain the value"));
}

TEST_CASE("Survey store: importing twice replaces figures and keeps links and notes")
{
    test::TempFolder folder;
    Project project = Project::create(folder / "S.hilo");
    CodebookStore(project).add("Disclosure");
    CodebookStore(project).add("Disclosure/Nobody");
    SurveyStore store(project);
    store.importFigures({{"Telling no one", {{"Told no one", 32, 1027, "", {}, {}, "note"}}, {"Disclosure/Nobody"}}});
    store.setNote("telling no one", "Converges with YP accounts.");
    store.link("Disclosure", "Telling no one");
    CHECK_FALSE(store.link("Disclosure", "Telling no one")); // already linked
    store.importFigures({{"Telling no one", {{"Told no one", 33, 1027, "", {}, {}, "revised"}}, {}}});
    const SurveyTheme theme = store.theme("Telling no one");
    REQUIRE(theme.indicators.size() == 1);
    CHECK(theme.indicators[0].value == 33);
    CHECK(theme.note == "Converges with YP accounts.");
    REQUIRE(theme.codes.size() == 2);
    CHECK(theme.codes[0].path == "Disclosure");

    // Merging a linked code into another keeps the theme linked, to the code it became; deleting
    // a code drops its links.
    CodebookStore(project).add("Disclosure/Told nobody");
    store.link("Disclosure/Told nobody", "Telling no one");
    store.unlink("Disclosure/Nobody", "Telling no one");
    CodebookStore(project).merge("Disclosure/Told nobody", "Disclosure/Nobody");
    REQUIRE(store.theme("Telling no one").codes.size() == 2);
    CHECK(store.theme("Telling no one").codes[1].path == "Disclosure/Nobody");
    CodebookStore(project).remove("Disclosure/Nobody", true);
    CHECK(store.theme("Telling no one").codes.size() == 1);

    // An unknown code imports nothing at all.
    CHECK_THROWS_AS(store.importFigures({{"New theme", {{"x", 1, {}, "", {}, {}, ""}}, {"No such code"}}}), UserError);
    CHECK(store.themes().size() == 1);
    CHECK_THROWS_WITH(store.theme("Nope"), Catch::Contains("Telling no one"));
}
