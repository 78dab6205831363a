#pragma once
// Is a code used differently across the columns? Pearson's chi-square test of independence on
// a contingency table, and Fisher's exact test for a 2x2 table whose counts are too small for
// the chi-square approximation. P-values come from Boost.Math (the regularized upper
// incomplete gamma function for chi-square, the hypergeometric distribution for Fisher).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace hilo::analysis {

struct ChiSquareResult {
    double statistic = 0;
    int degreesOfFreedom = 0;
    double pValue = 1;
    double minExpected = 0;
    int cellsBelowFive = 0; // cells whose expected count is below 5
};

// Pearson's X^2 = sum (O - E)^2 / E with E = row total x column total / n, no continuity
// correction (as scipy.stats.chi2_contingency(correction=False)). Rows or columns whose total
// is zero are dropped first. nullopt when fewer than two rows or columns remain.
std::optional<ChiSquareResult> chiSquareTest(const std::vector<std::vector<std::int64_t>>& table);

// Two-sided Fisher's exact test for [[a, b], [c, d]]: the sum of the probabilities of every
// table with the same margins that is no more likely than the observed one (as R's fisher.test
// and scipy.stats.fisher_exact).
double fisherExactTest(std::int64_t a, std::int64_t b, std::int64_t c, std::int64_t d);

// The test of one code row of a matrix: per column, participants with and without the code.
struct CodeRowTest {
    std::string method; // "chi-square", "fisher" or "" when no test is possible
    double statistic = 0; // X^2 (chi-square only)
    int degreesOfFreedom = 0;
    double pValue = 1;
    bool smallExpected = false; // some expected count < 5: the chi-square p-value is not to be trusted
    std::string warning;
};

// coded[i] of total[i] participants in column i. Columns with no participants are left out.
// A 2x2 table with an expected count below 5 is tested with Fisher's exact test instead.
CodeRowTest testCodeRow(const std::vector<std::int64_t>& coded, const std::vector<std::int64_t>& total);

} // namespace hilo::analysis
