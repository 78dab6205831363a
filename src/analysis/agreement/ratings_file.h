#pragma once
// Ratings made outside Hilo, as a CSV file: one row per unit, one column per coder (the header
// names the coders), an empty cell is a missing value.
#include "analysis/agreement/ratings_matrix.h"

#include <filesystem>
#include <string>
#include <vector>

namespace hilo::analysis {

struct RatingsTable {
    std::vector<std::string> coders; // the header
    RatingsMatrix ratings{0};
    bool numeric = false;            // every non-empty cell is a number
    std::vector<std::string> labels; // category labels by id when not numeric
    std::vector<long> lines;         // the file's line of each unit, for messages
};

// UserError naming the file (and the line, where one is at fault) for a file that cannot be
// read, malformed CSV, fewer than two coder columns, an empty or duplicate coder name, a row
// with more cells than the header, or no unit at all. Cells are trimmed; rows with no value
// are skipped as blank.
RatingsTable readRatingsCsv(const std::filesystem::path& file);

} // namespace hilo::analysis
