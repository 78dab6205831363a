#include "analysis/agreement/ratings_matrix.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <stdexcept>

namespace hilo::analysis {

void RatingsMatrix::addUnit(std::vector<std::optional<double>> values, double weight)
{
    if (values.size() != coders_)
        throw std::invalid_argument("ratings row has " + std::to_string(values.size())
                                    + " values for " + std::to_string(coders_) + " coders");
    if (!(weight > 0.0) || !std::isfinite(weight))
        throw std::invalid_argument("unit weight must be positive and finite");
    for (auto& v : values)
        cells_.push_back(v);
    weights_.push_back(weight);
}

std::vector<double> RatingsMatrix::presentValues(std::size_t unit) const
{
    std::vector<double> out;
    for (std::size_t c = 0; c < coders_; ++c)
        if (const auto& v = value(unit, c))
            out.push_back(*v);
    return out;
}

std::vector<double> RatingsMatrix::distinctValues() const
{
    std::vector<double> out;
    for (const auto& v : cells_)
        if (v)
            out.push_back(*v);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

namespace {
std::optional<double> parseNumber(const std::string& text)
{
    double d = 0;
    const char* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, d);
    if (ec != std::errc() || ptr != end)
        return std::nullopt;
    return d;
}
} // namespace

RatingsMatrix RatingsMatrix::fromStrings(const std::vector<std::vector<std::string>>& rows,
                                         std::size_t coderCount, std::vector<std::string>* labels)
{
    bool numeric = true;
    for (const auto& row : rows)
        for (const auto& cell : row)
            if (!cell.empty() && !parseNumber(cell))
                numeric = false;
    std::map<std::string, double> ids;
    std::vector<std::string> order;
    RatingsMatrix m(coderCount);
    for (const auto& row : rows) {
        std::vector<std::optional<double>> values(coderCount);
        for (std::size_t c = 0; c < coderCount && c < row.size(); ++c) {
            const std::string& cell = row[c];
            if (cell.empty())
                continue;
            if (numeric) {
                values[c] = parseNumber(cell);
            } else {
                auto [it, inserted] = ids.emplace(cell, static_cast<double>(order.size()));
                if (inserted)
                    order.push_back(cell);
                values[c] = it->second;
            }
        }
        m.addUnit(std::move(values));
    }
    if (labels)
        *labels = order;
    return m;
}

} // namespace hilo::analysis
