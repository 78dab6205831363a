#include "analysis/agreement/unitizing_alpha_2016.h"

#include <algorithm>
#include <map>
#include <set>
#include <stdexcept>

namespace hilo::analysis {

namespace {

struct Section {
    std::int64_t start;
    std::int64_t end;
    std::size_t value; // 0 = gap, else 1 + category index
};

using Matrix = std::map<std::pair<std::size_t, std::size_t>, double>;

double at(const Matrix& m, std::size_t c, std::size_t k)
{
    const auto it = m.find({c, k});
    return it == m.end() ? 0.0 : it->second;
}

std::map<std::size_t, double> margins(const Matrix& m)
{
    std::map<std::size_t, double> out;
    for (const auto& [ck, v] : m)
        out[ck.first] += v;
    return out;
}

// Calls visit(g, h) for every pair of sections of two coders that intersect with positive length.
template <typename Visit>
void sweep(const std::vector<Section>& a, const std::vector<Section>& b, Visit visit)
{
    std::size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (std::min(a[i].end, b[j].end) > std::max(a[i].start, b[j].start))
            visit(a[i], b[j]);
        if (a[i].end <= b[j].end)
            ++i;
        else
            ++j;
    }
}

std::int64_t intersection(const Section& g, const Section& h)
{
    return std::max<std::int64_t>(0, std::min(g.end, h.end) - std::max(g.start, h.start));
}

} // namespace

UnitizingAlphaFamily unitizingAlphaFamily(const UnitizingStudy& study)
{
    UnitizingAlphaFamily out;
    const std::size_t m = study.coderCount;
    const std::int64_t begin = study.begin, end = study.begin + study.length;
    if (m < 2 || study.length <= 0) {
        out.uAlpha = out.binaryUAlpha = out.cuAlpha =
            AgreementResult::undefined("the u-alpha family needs two coders and a continuum");
        return out;
    }
    std::set<std::string> names;
    for (const auto& s : study.spans)
        names.insert(s.category);
    const std::vector<std::string> categories(names.begin(), names.end());
    auto valueOf = [&](const std::string& name) {
        return 1 + static_cast<std::size_t>(
                       std::lower_bound(categories.begin(), categories.end(), name)
                       - categories.begin());
    };

    // Each coder's partition of the continuum into valued units and gaps.
    std::vector<std::vector<Section>> units(m);
    for (const auto& s : study.spans) {
        if (s.coder >= m)
            throw std::invalid_argument("span coder index out of range");
        if (s.span.start < begin || s.span.end > end || s.span.end < s.span.start)
            throw std::invalid_argument("span outside the continuum");
        if (s.span.end > s.span.start)
            units[s.coder].push_back({s.span.start, s.span.end, valueOf(s.category)});
    }
    std::vector<std::vector<Section>> parts(m);
    for (std::size_t r = 0; r < m; ++r) {
        auto& u = units[r];
        std::sort(u.begin(), u.end(),
                  [](const Section& x, const Section& y) { return x.start < y.start; });
        std::int64_t pos = begin;
        for (const Section& s : u) {
            if (s.start < pos)
                throw std::invalid_argument("one coder's spans overlap");
            if (s.start > pos)
                parts[r].push_back({pos, s.start, 0});
            parts[r].push_back(s);
            pos = s.end;
        }
        if (pos < end)
            parts[r].push_back({pos, end, 0});
    }

    // Observed coincidences (eq. 1) and the cu-alpha sums of squared valued intersections
    // (eq. 10): per ordered coder pair, per valued unit g, (sum over valued h of |g n h|)^2.
    const double mm1 = static_cast<double>(m - 1);
    Matrix observed;
    std::map<std::size_t, double> cuSquares;
    double cuSquaresAll = 0;
    for (std::size_t r1 = 0; r1 < m; ++r1)
        for (std::size_t r2 = 0; r2 < m; ++r2) {
            if (r1 == r2)
                continue;
            std::map<std::int64_t, double> coveredByStart; // valued g -> valued overlap
            sweep(parts[r1], parts[r2], [&](const Section& g, const Section& h) {
                const double l = static_cast<double>(intersection(g, h));
                observed[{g.value, h.value}] += l / mm1;
                if (g.value != 0 && h.value != 0)
                    coveredByStart[g.start] += l;
            });
            for (const Section& g : parts[r1])
                if (g.value != 0) {
                    const auto it = coveredByStart.find(g.start);
                    const double covered = it == coveredByStart.end() ? 0.0 : it->second;
                    cuSquares[g.value] += covered * covered;
                    cuSquaresAll += covered * covered;
                }
        }
    const auto n = margins(observed);
    double total = 0;
    for (const auto& [c, v] : n)
        total += v;

    // Expected coincidences (eq. 4).
    std::map<std::size_t, double> squares;
    double squaresAll = 0;
    for (const auto& part : parts)
        for (const Section& s : part) {
            const double l = static_cast<double>(s.end - s.start);
            const double contribution = s.value == 0 ? l : l * l;
            squares[s.value] += contribution;
            squaresAll += contribution;
        }
    const double pairable = static_cast<double>(m) * static_cast<double>(study.length);
    Matrix expected;
    for (const auto& [c, sc] : squares)
        for (const auto& [k, sk] : squares) {
            const double nc = n.count(c) ? n.at(c) : 0.0, nk = n.count(k) ? n.at(k) : 0.0;
            expected[{c, k}] = pairable * (nc * nk - (c == k ? sc : 0.0))
                               / (pairable * pairable - squaresAll);
        }
    const auto e = margins(expected);

    double observedDiagonal = 0, expectedDiagonal = 0;
    for (const auto& [c, v] : n) {
        observedDiagonal += at(observed, c, c);
        expectedDiagonal += at(expected, c, c);
    }
    const double uDe = total - expectedDiagonal;
    if (uDe <= 0)
        out.uAlpha = AgreementResult::undefined("no variation: expected disagreement is 0");
    else
        out.uAlpha.value = 1 - (total - observedDiagonal) / uDe;

    const double n0 = n.count(0) ? n.at(0) : 0.0;
    const double e0 = e.count(0) ? e.at(0) : 0.0;
    if (n0 == 0)
        out.binaryUAlpha = AgreementResult::undefined("no gaps: every coder marked everything");
    else if (e0 - at(expected, 0, 0) <= 0)
        out.binaryUAlpha = AgreementResult::undefined("no variation: expected disagreement is 0");
    else
        out.binaryUAlpha.value = 1 - (n0 - at(observed, 0, 0)) / (e0 - at(expected, 0, 0));

    // cu-alpha over the intersections of valued units (eqs. 10, 11).
    std::vector<std::size_t> valued;
    for (const auto& [c, v] : n)
        if (c != 0)
            valued.push_back(c);
    std::map<std::size_t, double> cuN;
    double cuTotal = 0;
    for (std::size_t c : valued) {
        cuN[c] = n.at(c) - at(observed, c, 0);
        cuTotal += cuN[c];
    }
    Matrix cuExpected;
    if (cuTotal > 0) {
        const double denominator = cuTotal - cuSquaresAll / (cuTotal * mm1);
        for (std::size_t c : valued)
            for (std::size_t k : valued)
                cuExpected[{c, k}] =
                    (cuN[c] * cuN[k] - (c == k ? cuSquares[c] / mm1 : 0.0)) / denominator;
    }
    const auto cuE = margins(cuExpected);
    if (valued.size() < 2) {
        out.cuAlpha = AgreementResult::undefined("fewer than two values among intersecting units");
    } else {
        double o = cuTotal, d = cuTotal;
        for (std::size_t c : valued) {
            o -= at(observed, c, c);
            d -= at(cuExpected, c, c);
        }
        if (d <= 0)
            out.cuAlpha = AgreementResult::undefined("no variation: expected disagreement is 0");
        else
            out.cuAlpha.value = 1 - o / d;
        if (total > 0)
            out.cuCoveragePercent = 100 * cuTotal / total;
    }

    for (std::size_t i = 0; i < categories.size(); ++i) {
        const std::size_t k = i + 1;
        UnitizingFamilyCategory c;
        c.category = categories[i];
        if (valued.size() < 2) {
            c.alpha = AgreementResult::undefined("fewer than two values among intersecting units");
        } else if (!cuN.count(k) || cuN[k] == 0) {
            c.alpha = AgreementResult::undefined("no unit of this category intersects another "
                                                 "coder's valued unit");
        } else {
            const double ek = cuE.count(k) ? cuE.at(k) : 0.0;
            const double lk = cuN[k];
            const double denominator = ek - at(cuExpected, k, k);
            if (denominator <= 0)
                c.alpha = AgreementResult::undefined("no variation: expected disagreement is 0");
            else
                c.alpha.value = 1 - ek / lk * (lk - at(observed, k, k)) / denominator;
            if (n.count(k) && n.at(k) > 0)
                c.coveragePercent = 100 * lk / n.at(k);
        }
        out.categories.push_back(c);
    }
    return out;
}

} // namespace hilo::analysis
