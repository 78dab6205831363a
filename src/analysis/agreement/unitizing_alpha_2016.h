#pragma once
// The u-alpha family for unitized continua of Krippendorff, Mathet, Bouvry & Widlöcher (2016),
// "On the reliability of unitizing textual continua: Further developments", Quality & Quantity
// 50:2347-2364: u-alpha, |u-alpha (binary), cu-alpha and (k)u-alpha, nominal metric only.
// Unlike unitizing_alpha.h (1995/2004), all categories share one partition of the continuum per
// coder: a coder's spans must not overlap, whatever their categories.
#include "analysis/agreement/unitizing_alpha.h"

namespace hilo::analysis {

struct UnitizingFamilyCategory {
    std::string category;
    AgreementResult alpha;                 // (k)u-alpha, eq. 13b
    std::optional<double> coveragePercent; // share of this category's matter that intersects
                                           // another coder's valued units
};

struct UnitizingAlphaFamily {
    AgreementResult uAlpha;       // eq. 5a: segments and gaps, partition and values together
    AgreementResult binaryUAlpha; // eq. 6: valued matter vs gaps, values ignored
    AgreementResult cuAlpha;      // eq. 11: values of intersecting valued units only
    std::optional<double> cuCoveragePercent; // share of all pairable matter cu-alpha covers
    std::vector<UnitizingFamilyCategory> categories; // sorted by category
};

// Observed coincidences o_ck (eq. 1) come from a sweep over each pair of coders' sections (gaps
// are value 0): each intersection adds its length / (m - 1) to o_ck and o_kc. Expected
// coincidences follow eq. 4 (a gap of length l counts l, a unit l^2) and eq. 10, where a valued
// unit g contributes (its length covered by the other coder's valued units)^2; these reproduce
// lindanna/unitized_alpha, the source of the published test values. Undefined with a reason:
// fewer than two coders, no gaps (|u-alpha), fewer than two values (cu, (k)u), a category
// without intersections ((k)u). Throws std::invalid_argument as unitizingAlpha does, and for one
// coder's overlapping spans of any categories.
UnitizingAlphaFamily unitizingAlphaFamily(const UnitizingStudy& study);

} // namespace hilo::analysis
