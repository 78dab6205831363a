#pragma once
// Bands for a number attribute as matrix columns (age 12-14, 15-17, ...). Few distinct values
// stay one column each; more are grouped in equal bands of a round width, or in the bands the
// researcher gives as edges.
#include <optional>
#include <string>
#include <vector>

namespace hilo::analysis {

struct NumericBin {
    std::string label;
    std::optional<double> low;  // inclusive; none: open below
    std::optional<double> high; // exclusive; none: open above

    bool contains(double value) const;
};

// Up to kMaxDistinctColumns distinct values: one bin per value. Otherwise bands of width 1, 2,
// 5, 10, 20, 50, ... (the smallest giving at most kMaxBands), starting at a multiple of the
// width. With `edges` (ascending), the bands they bound, plus open bands below the first and
// from the last edge when some value lies there. Labels of whole-number bands read "15-17".
std::vector<NumericBin> makeBins(const std::vector<double>& values, const std::vector<double>& edges = {});

inline constexpr std::size_t kMaxDistinctColumns = 6;
inline constexpr std::size_t kMaxBands = 6;

} // namespace hilo::analysis
