#pragma once
// A survey theme computed from microdata: the weighted percentage of respondents meeting the
// theme's condition, with its 95% interval (weighted_estimate.h), overall and for every value
// of each subgroup variable (labelled with value labels when the file has them).
#include "microdata.h"
#include "survey_store.h"

#include <string>
#include <vector>

namespace hilo::analysis {

struct MicrodataThemeRequest {
    std::string theme;                   // the theme's name
    std::string condition;               // "told_anyone = 0"
    std::string weight;                  // weight variable; "" for unweighted
    std::vector<std::string> subgroups;  // variables to break the figure down by
    std::vector<std::string> codes;      // codes to link
};

struct ComputedTheme {
    ThemeFigures figures;
    DatasetRecord dataset;
    ThemeDefinition definition;
};

// Respondents whose theme variable is missing are left out of the base; so, for a subgroup
// figure, are those whose subgroup variable is missing. Throws UserError naming the file and
// the row for a missing weight column, a weight that is missing, negative or not a number, an
// unknown variable, or no respondent left to count.
ComputedTheme computeMicrodataTheme(const Microdata& data, const MicrodataThemeRequest& request);

} // namespace hilo::analysis
