#include "analysis/agreement/unitizing_alpha.h"

#include <algorithm>
#include <functional>
#include <map>
#include <stdexcept>

namespace hilo::analysis {

namespace {

struct Section {
    std::int64_t start;
    std::int64_t end;
    bool unit; // false: a gap
};

// One coder's partition of the continuum into its units of one category and the gaps between.
std::vector<Section> sections(std::vector<Span> units, std::int64_t begin, std::int64_t end)
{
    std::sort(units.begin(), units.end(), [](const Span& a, const Span& b) {
        return a.start < b.start || (a.start == b.start && a.end < b.end);
    });
    std::vector<Section> out;
    std::int64_t pos = begin;
    for (const Span& u : units) {
        if (u.start < pos)
            throw std::invalid_argument("one coder's spans of one category overlap");
        if (u.start > pos)
            out.push_back({pos, u.start, false});
        out.push_back({u.start, u.end, true});
        pos = u.end;
    }
    if (pos < end)
        out.push_back({pos, end, false});
    return out;
}

long double distance(const Section& g, const Section& h)
{
    if (g.unit && h.unit && g.start < h.end && h.start < g.end) {
        const long double b = static_cast<long double>(g.start - h.start);
        const long double e = static_cast<long double>(g.end - h.end);
        return b * b + e * e;
    }
    if (g.unit && !h.unit && g.start >= h.start && g.end <= h.end)
        return static_cast<long double>(g.end - g.start) * static_cast<long double>(g.end - g.start);
    if (!g.unit && h.unit && h.start >= g.start && h.end <= g.end)
        return static_cast<long double>(h.end - h.start) * static_cast<long double>(h.end - h.start);
    return 0;
}

// Sum of d^2 over the intersecting sections of two coders, each pair visited once by a sweep
// that advances whichever section ends first (both when they end together).
long double pairDisagreement(const std::vector<Section>& a, const std::vector<Section>& b)
{
    long double sum = 0;
    std::size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        sum += distance(a[i], b[j]);
        const std::int64_t end = std::min(a[i].end, b[j].end);
        const bool advanceA = a[i].end == end, advanceB = b[j].end == end;
        if (advanceA)
            ++i;
        if (advanceB)
            ++j;
    }
    return sum;
}

} // namespace

UnitizingAlpha unitizingAlpha(const UnitizingStudy& study)
{
    const std::int64_t begin = study.begin, end = study.begin + study.length;
    const std::size_t R = study.coderCount;
    std::map<std::string, std::vector<std::vector<Span>>> byCategory;
    for (const auto& s : study.spans) {
        if (s.coder >= R)
            throw std::invalid_argument("span coder index out of range");
        if (s.span.start < begin || s.span.end > end || s.span.end < s.span.start)
            throw std::invalid_argument("span outside the continuum");
        auto& perCoder = byCategory[s.category];
        perCoder.resize(R);
        perCoder[s.coder].push_back(s.span);
    }

    UnitizingAlpha out;
    const long double L = static_cast<long double>(study.length);
    const long double RL = static_cast<long double>(R) * L;
    long double sumObserved = 0, sumExpected = 0;
    for (const auto& [category, perCoder] : byCategory) {
        std::vector<std::vector<Section>> parts;
        for (const auto& units : perCoder)
            parts.push_back(sections(units, begin, end));

        long double observed = 0;
        for (std::size_t r1 = 0; r1 < R; ++r1)
            for (std::size_t r2 = r1 + 1; r2 < R; ++r2)
                observed += pairDisagreement(parts[r1], parts[r2]);
        // Unordered pairs counted once, hence 2 / (R L^2).
        observed *= 2.0L / (static_cast<long double>(R) * static_cast<long double>(R - 1) * L * L);

        std::vector<long double> gaps, lengths;
        for (const auto& part : parts)
            for (const Section& s : part)
                (s.unit ? lengths : gaps).push_back(static_cast<long double>(s.end - s.start));
        // sum over gaps h >= l of (h - l + 1) = (sum of those h) - (l - 1) * (their count): with
        // the gaps sorted descending and prefix sums, one binary search per unit.
        std::sort(gaps.begin(), gaps.end(), std::greater<>());
        std::vector<long double> gapPrefix(gaps.size() + 1, 0);
        for (std::size_t i = 0; i < gaps.size(); ++i)
            gapPrefix[i + 1] = gapPrefix[i] + gaps[i];
        const long double Nc = static_cast<long double>(lengths.size());
        long double numerator = 0, squaredLengths = 0;
        for (long double l : lengths) {
            const auto count = static_cast<std::size_t>(
                std::upper_bound(gaps.begin(), gaps.end(), l, std::greater<>())
                - gaps.begin());
            const long double gapSum =
                gapPrefix[count] - (l - 1) * static_cast<long double>(count);
            numerator += (Nc - 1) * (2 * l * l * l - 3 * l * l + l) / 3 + l * l * gapSum;
            squaredLengths += l * (l - 1);
        }
        const long double expected = 2.0L / L * numerator / (RL * (RL - 1) - squaredLengths);

        UnitizingCategoryAlpha c;
        c.category = category;
        if (lengths.empty() || expected <= 0) {
            c.alpha = AgreementResult::undefined(
                lengths.empty() ? "no coder used this category"
                                : "no variation: expected disagreement is 0");
        } else {
            c.alpha.value = static_cast<double>(1 - observed / expected);
        }
        c.alpha.observed = static_cast<double>(observed);
        c.alpha.expected = static_cast<double>(expected);
        out.categories.push_back(c);
        sumObserved += observed;
        sumExpected += expected;
    }
    if (R < 2 || study.length <= 0)
        out.overall = AgreementResult::undefined("unitizing alpha needs two coders and a continuum");
    else if (out.categories.empty())
        out.overall = AgreementResult::undefined("no coder marked any span");
    else if (sumExpected <= 0)
        out.overall = AgreementResult::undefined("no variation: expected disagreement is 0");
    else
        out.overall.value = static_cast<double>(1 - sumObserved / sumExpected);
    if (!out.categories.empty()) {
        const long double k = static_cast<long double>(out.categories.size());
        out.overall.observed = static_cast<double>(sumObserved / k);
        out.overall.expected = static_cast<double>(sumExpected / k);
    }
    return out;
}

} // namespace hilo::analysis
