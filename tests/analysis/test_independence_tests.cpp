// Chi-square and Fisher's exact tests against a textbook and against scipy.
#include "analysis/crosstab/independence_tests.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QStringList>

#include <random>
#include <sstream>

using namespace hilo::analysis;

TEST_CASE("Chi-square matches Agresti's party identification by gender example")
{
    // Agresti (2007), An Introduction to Categorical Data Analysis, 2nd ed., Table 2.5 (General
    // Social Survey 2000): females 762 Democrat, 327 Independent, 468 Republican; males 484,
    // 239, 477. The book reports X^2 = 30.1 with df = 2 and P < 0.001; scipy gives
    // X^2 = 30.0701 and P = 2.954e-7.
    const auto result = chiSquareTest({{762, 327, 468}, {484, 239, 477}});
    REQUIRE(result);
    CHECK(result->statistic == Approx(30.0701).epsilon(1e-5));
    CHECK(result->degreesOfFreedom == 2);
    CHECK(result->pValue == Approx(2.9536e-7).epsilon(1e-4));
    CHECK(result->cellsBelowFive == 0);
}

TEST_CASE("Fisher's exact test matches the tea-tasting experiment")
{
    // Fisher's lady tasting tea (Agresti 2007, Table 2.8): [[3, 1], [1, 3]], two-sided P = 0.486.
    CHECK(fisherExactTest(3, 1, 1, 3) == Approx(0.4857142857).epsilon(1e-9));
    // A lopsided table: scipy.stats.fisher_exact([[1, 9], [11, 3]]) = 0.0027594561852.
    CHECK(fisherExactTest(1, 9, 11, 3) == Approx(0.0027594561852).epsilon(1e-9));
    CHECK(fisherExactTest(0, 0, 0, 0) == 1.0);
}

TEST_CASE("A code row with small expected counts warns, and a 2x2 one uses Fisher's test")
{
    // Participants with the code per group: 3 of 5 young people, 0 of 5 workers, 1 of 4 JP.
    const CodeRowTest three = testCodeRow({3, 0, 1}, {5, 5, 4});
    CHECK(three.method == "chi-square");
    CHECK(three.smallExpected);
    CHECK_FALSE(three.warning.empty());

    const CodeRowTest two = testCodeRow({3, 1}, {4, 4});
    CHECK(two.method == "fisher");
    CHECK(two.pValue == Approx(0.4857142857).epsilon(1e-9));

    // A code in no participant cannot be tested; nor can a table with one non-empty column.
    CHECK(testCodeRow({0, 0, 0}, {5, 5, 4}).method.empty());
    CHECK(testCodeRow({2, 0}, {5, 0}).method.empty());
    // Columns without participants are left out.
    const CodeRowTest withEmpty = testCodeRow({40, 0, 10}, {60, 0, 60});
    CHECK(withEmpty.method == "chi-square");
    CHECK(withEmpty.degreesOfFreedom == 1);
}

TEST_CASE("Chi-square and Fisher p-values agree with scipy on random tables")
{
    std::mt19937_64 rng(0x43726f73); // fixed seed
    std::vector<std::vector<std::vector<std::int64_t>>> tables;
    std::ostringstream input;
    for (int t = 0; t < 40; ++t) {
        const auto rows = static_cast<std::size_t>(2 + rng() % 3);
        const auto columns = t % 4 == 0 ? 2 : static_cast<std::size_t>(2 + rng() % 4);
        const bool large = t % 2 == 0;
        std::vector<std::vector<std::int64_t>> table(t % 4 == 0 ? 2 : rows, std::vector<std::int64_t>(columns));
        for (auto& row : table)
            for (auto& cell : row)
                cell = 1 + static_cast<std::int64_t>(rng() % (large ? 200 : 12));
        tables.push_back(table);
        for (std::size_t i = 0; i < table.size(); ++i) {
            for (std::size_t j = 0; j < columns; ++j)
                input << (j ? "," : "") << table[i][j];
            input << (i + 1 < table.size() ? ";" : "\n");
        }
    }
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral(HILO_TEST_SOURCE_DIR "/analysis/crosstab_cross_check.py")});
    REQUIRE(python.waitForStarted());
    python.write(QByteArray::fromStdString(input.str()));
    python.closeWriteChannel();
    REQUIRE(python.waitForFinished(60000));
    INFO(python.readAllStandardError().toStdString());
    REQUIRE(python.exitCode() == 0);
    std::istringstream output(python.readAllStandardOutput().toStdString());
    for (const auto& table : tables) {
        double statistic = 0;
        int df = 0;
        double p = 0;
        REQUIRE(output >> statistic >> df >> p);
        const auto result = chiSquareTest(table);
        REQUIRE(result);
        CHECK(result->statistic == Approx(statistic).epsilon(1e-9));
        CHECK(result->degreesOfFreedom == df);
        CHECK(result->pValue == Approx(p).epsilon(1e-8).margin(1e-300));
        if (table.size() == 2 && table.front().size() == 2) {
            double fisher = 0;
            REQUIRE(output >> fisher);
            CHECK(fisherExactTest(table[0][0], table[0][1], table[1][0], table[1][1]) == Approx(fisher).epsilon(1e-9));
        }
    }
}
