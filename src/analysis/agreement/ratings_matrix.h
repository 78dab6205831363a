#pragma once
// Units x coders table of optional values, the input of every coded-data statistic. A value is
// a category id (nominal statistics compare ids for equality) or a number (ordinal, interval,
// ratio metrics). Each unit carries a weight: character units from codings arrive as runs of
// constant state whose weight is the run's length, so no statistic needs one row per character.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace hilo::analysis {

class RatingsMatrix {
public:
    explicit RatingsMatrix(std::size_t coderCount) : coders_(coderCount) {}

    // Appends a unit; `values` has one entry per coder (nullopt = missing). Throws
    // std::invalid_argument for a wrong width or a weight that is not positive and finite.
    void addUnit(std::vector<std::optional<double>> values, double weight = 1.0);

    std::size_t coderCount() const { return coders_; }
    std::size_t unitCount() const { return weights_.size(); }
    const std::optional<double>& value(std::size_t unit, std::size_t coder) const
    {
        return cells_[unit * coders_ + coder];
    }
    double weight(std::size_t unit) const { return weights_[unit]; }
    // The unit's present values, in coder order.
    std::vector<double> presentValues(std::size_t unit) const;
    // Distinct present values, ascending.
    std::vector<double> distinctValues() const;

    // Builds a matrix from text cells (empty = missing). When every non-empty cell parses as a
    // number the numbers are the values; otherwise each distinct label becomes a category id in
    // order of first appearance and `labels` (if given) receives the labels by id.
    static RatingsMatrix fromStrings(const std::vector<std::vector<std::string>>& rows,
                                     std::size_t coderCount,
                                     std::vector<std::string>* labels = nullptr);

private:
    std::size_t coders_;
    std::vector<std::optional<double>> cells_;
    std::vector<double> weights_;
};

} // namespace hilo::analysis
