#pragma once
// Krippendorff's unitizing alpha over spans on a continuum (Krippendorff 1995, "On the
// reliability of unitizing continuous data", Sociological Methodology 25:47-76; Content Analysis
// 2004, 2nd ed., sec. 12.4), the cu-alpha per code / Cu-alpha over all codes ATLAS.ti reports.
#include "analysis/agreement/result.h"
#include "analysis/agreement/spans.h"

#include <string>

namespace hilo::analysis {

struct UnitizedSpan {
    std::size_t coder = 0;
    Span span;
    std::string category;
};

struct UnitizingStudy {
    std::int64_t begin = 0;  // continuum start
    std::int64_t length = 0; // continuum length L
    std::size_t coderCount = 0;
    std::vector<UnitizedSpan> spans;
};

struct UnitizingCategoryAlpha {
    std::string category;
    AgreementResult alpha; // observed/expected are D_o and D_e of this category
};

struct UnitizingAlpha {
    std::vector<UnitizingCategoryAlpha> categories; // sorted by category
    // Across categories: 1 - mean D_o / mean D_e (Krippendorff 2004; DKPro's alpha_U). The mean
    // of the per-category alphas (text-alpha's "macro") is a different number and not this.
    AgreementResult overall;
};

// Each category is scored as its own binary segmentation of the continuum: per coder, that
// category's spans and the gaps between them (Krippendorff 1995). For categories c:
//   D_o,c = 1 / (R L^2) * sum over ordered coder pairs, over their intersecting sections
//           g, h: d^2(g, h), where two units give (b_g - b_h)^2 + (e_g - e_h)^2, a unit inside
//           the other coder's gap gives l_g^2, and anything else 0;
//   D_e,c = 2/L * sum over units g of c [ (N_c - 1)(2 l_g^3 - 3 l_g^2 + l_g)/3
//           + l_g^2 * sum over all gaps h with l_h >= l_g of (l_h - l_g + 1) ]
//           / (R L (R L - 1) - sum over units g of c of l_g (l_g - 1)),
// N_c the number of c-units of all coders. A category nobody used has D_e = 0 and is reported
// undefined. Observed sections are paired by a sweep over sorted endpoints. Throws
// std::invalid_argument for a span outside the continuum, a coder index >= coderCount, or one
// coder's overlapping spans of one category (the 1995 model forbids them; adjacent is fine).
UnitizingAlpha unitizingAlpha(const UnitizingStudy& study);

} // namespace hilo::analysis
