#include "attribute_bins.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <sstream>

namespace hilo::analysis {
namespace {

std::string number(double value)
{
    std::ostringstream out;
    out << value; // shortest natural form: 15, 15.5
    return out.str();
}

bool isWhole(double value)
{
    return std::floor(value) == value;
}

// A band [low, high) reads "15-17" when every value is a whole number, else "15-<17.5".
std::string bandLabel(double low, double high, bool whole)
{
    if (whole && isWhole(low) && isWhole(high))
        return high - low == 1 ? number(low) : number(low) + "-" + number(high - 1);
    return number(low) + "-<" + number(high);
}

} // namespace

bool NumericBin::contains(double value) const
{
    return (!low || value >= *low) && (!high || value < *high);
}

std::vector<NumericBin> makeBins(const std::vector<double>& values, const std::vector<double>& edges)
{
    std::vector<NumericBin> bins;
    const std::set<double> distinct(values.begin(), values.end());
    const bool whole = std::all_of(values.begin(), values.end(), isWhole);
    if (!edges.empty()) {
        if (std::any_of(distinct.begin(), distinct.end(), [&](double v) { return v < edges.front(); }))
            bins.push_back({"<" + number(edges.front()), std::nullopt, edges.front()});
        for (std::size_t i = 0; i + 1 < edges.size(); ++i)
            bins.push_back({bandLabel(edges[i], edges[i + 1], whole), edges[i], edges[i + 1]});
        bins.push_back({number(edges.back()) + "+", edges.back(), std::nullopt});
        return bins;
    }
    if (distinct.size() <= kMaxDistinctColumns) {
        for (double v : distinct)
            bins.push_back({number(v), v, std::nextafter(v, INFINITY)});
        return bins;
    }
    const double low = *distinct.begin();
    const double high = *distinct.rbegin();
    double width = 1;
    for (double scale = 1;; scale *= 10) {
        bool found = false;
        for (double step : {1.0, 2.0, 5.0}) {
            width = step * scale;
            const double start = std::floor(low / width) * width;
            if (std::floor((high - start) / width) + 1 <= static_cast<double>(kMaxBands)) {
                found = true;
                break;
            }
        }
        if (found)
            break;
    }
    for (double start = std::floor(low / width) * width; start <= high; start += width)
        bins.push_back({bandLabel(start, start + width, whole), start, start + width});
    return bins;
}

} // namespace hilo::analysis
