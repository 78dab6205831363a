#include "independence_tests.h"

#include <boost/math/distributions/hypergeometric.hpp>
#include <boost/math/special_functions/gamma.hpp>

#include <algorithm>
#include <cmath>

namespace hilo::analysis {

std::optional<ChiSquareResult> chiSquareTest(const std::vector<std::vector<std::int64_t>>& input)
{
    // Keep rows and columns with a non-zero total: an empty one has no expected counts.
    std::vector<std::vector<double>> table;
    for (const auto& row : input) {
        double sum = 0;
        for (std::int64_t v : row)
            sum += static_cast<double>(v);
        if (sum > 0)
            table.emplace_back(row.begin(), row.end());
    }
    if (table.size() < 2)
        return std::nullopt;
    const std::size_t columns = table.front().size();
    std::vector<std::size_t> keep;
    for (std::size_t j = 0; j < columns; ++j) {
        double sum = 0;
        for (const auto& row : table)
            sum += row[j];
        if (sum > 0)
            keep.push_back(j);
    }
    if (keep.size() < 2)
        return std::nullopt;

    std::vector<double> rowTotals(table.size(), 0);
    std::vector<double> columnTotals(keep.size(), 0);
    double n = 0;
    for (std::size_t i = 0; i < table.size(); ++i)
        for (std::size_t k = 0; k < keep.size(); ++k) {
            rowTotals[i] += table[i][keep[k]];
            columnTotals[k] += table[i][keep[k]];
            n += table[i][keep[k]];
        }
    ChiSquareResult result;
    result.minExpected = INFINITY;
    for (std::size_t i = 0; i < table.size(); ++i)
        for (std::size_t k = 0; k < keep.size(); ++k) {
            const double expected = rowTotals[i] * columnTotals[k] / n;
            const double difference = table[i][keep[k]] - expected;
            result.statistic += difference * difference / expected;
            result.minExpected = std::min(result.minExpected, expected);
            if (expected < 5)
                ++result.cellsBelowFive;
        }
    result.degreesOfFreedom = static_cast<int>((table.size() - 1) * (keep.size() - 1));
    // P(X^2 >= x) for chi-square with k degrees of freedom is Q(k/2, x/2).
    result.pValue = boost::math::gamma_q(result.degreesOfFreedom / 2.0, result.statistic / 2.0);
    return result;
}

double fisherExactTest(std::int64_t a, std::int64_t b, std::int64_t c, std::int64_t d)
{
    const auto n = static_cast<unsigned>(a + b + c + d);
    if (n == 0)
        return 1;
    // a follows a hypergeometric law: a draws of (a + c) from n items, (a + b) of them marked.
    const auto marked = static_cast<unsigned>(a + b);
    const auto draws = static_cast<unsigned>(a + c);
    const boost::math::hypergeometric_distribution<double> law(marked, draws, n);
    const auto lowest = static_cast<unsigned>(std::max<std::int64_t>(0, (a + b) + (a + c) - static_cast<std::int64_t>(n)));
    const auto highest = std::min(marked, draws);
    const double observed = boost::math::pdf(law, static_cast<unsigned>(a));
    // Tables as likely as the observed one, within rounding, count as "no more likely".
    const double tolerance = 1 + 1e-7;
    double p = 0;
    for (unsigned x = lowest; x <= highest; ++x) {
        const double probability = boost::math::pdf(law, x);
        if (probability <= observed * tolerance)
            p += probability;
    }
    return std::min(1.0, p);
}

CodeRowTest testCodeRow(const std::vector<std::int64_t>& coded, const std::vector<std::int64_t>& total)
{
    CodeRowTest test;
    std::vector<std::int64_t> with;
    std::vector<std::int64_t> without;
    for (std::size_t i = 0; i < coded.size() && i < total.size(); ++i)
        if (total[i] > 0) {
            with.push_back(coded[i]);
            without.push_back(total[i] - coded[i]);
        }
    const std::optional<ChiSquareResult> chi = chiSquareTest({with, without});
    if (!chi) {
        test.warning = "no test: the code is in every participant or in none, or fewer than two columns have participants";
        return test;
    }
    test.smallExpected = chi->cellsBelowFive > 0;
    if (with.size() == 2 && test.smallExpected) {
        test.method = "fisher";
        test.pValue = fisherExactTest(with[0], with[1], without[0], without[1]);
        test.warning = "expected counts below 5: Fisher's exact test instead of chi-square";
        return test;
    }
    test.method = "chi-square";
    test.statistic = chi->statistic;
    test.degreesOfFreedom = chi->degreesOfFreedom;
    test.pValue = chi->pValue;
    if (test.smallExpected)
        test.warning = std::to_string(chi->cellsBelowFive) +
                       " expected counts below 5: too small for the chi-square approximation; read the p-value with caution";
    return test;
}

} // namespace hilo::analysis
