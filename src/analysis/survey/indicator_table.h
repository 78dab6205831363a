#pragma once
// A table of published survey figures, one indicator a row:
//   theme, indicator, value[, base, subgroup, ci_low, ci_high, source_note, codes]
// value, ci_low and ci_high are percentages ("13", "13.5" or "13%"); base is a whole number of
// respondents ("1027" or "1,027"); codes lists code paths to link to the theme, separated by ";".
// Rows of one theme may be spread over the file; they keep their order.
#include "survey_store.h"

#include <string>
#include <string_view>
#include <vector>

namespace hilo::analysis {

// Throws UserError naming the file, and the line and column, for a missing required column,
// a value that is not a number, a percentage outside 0-100, a CI that does not contain its
// value, or an empty table. Nothing is returned unless every row is valid.
std::vector<ThemeFigures> parseIndicatorTable(std::string_view utf8, const std::string& fileName);

// A percentage as a table writes it: "13", "13.5", "13%", " 13 % ". nullopt if it is not one.
std::optional<double> parsePercent(const std::string& text);

} // namespace hilo::analysis
