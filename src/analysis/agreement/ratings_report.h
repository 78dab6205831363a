#pragma once
// Every statistic of this folder that a table of ratings allows, for `hilo agreement --ratings`:
// ratings made outside Hilo (survey-style judgements, a coding sheet from another tool).
#include "analysis/agreement/bootstrap.h"
#include "analysis/agreement/ratings_file.h"

#include <optional>

namespace hilo::analysis {

struct RatingsReport {
    std::size_t units = 0;         // rows
    std::size_t pairableUnits = 0; // rows with values from at least two coders
    std::size_t categories = 0;    // distinct values
    AgreementResult percentAgreement; // mean pairwise
    AgreementResult percentAllAgree;
    AgreementResult cohenKappa;          // two coders
    AgreementResult cohenKappaLinear;    // two coders, numeric values
    AgreementResult cohenKappaQuadratic; // two coders, numeric values
    AgreementResult fleissKappa;
    AgreementResult brennanPrediger; // q = distinct values observed
    AgreementResult alphaNominal;
    AgreementResult alphaOrdinal;  // numbers only (labels have no order)
    AgreementResult alphaInterval; // numbers only
    AgreementResult alphaRatio;    // numbers >= 0 only
    AlphaMetric level = AlphaMetric::Nominal; // the level the interval is for
    BootstrapInterval interval;
    std::uint64_t seed = 0;
};

// "nominal", "ordinal", "interval", "ratio"; UserError otherwise.
AlphaMetric parseAlphaLevel(const std::string& text);
const char* alphaLevelName(AlphaMetric metric);

// UserError naming the file and line when the level needs numbers and a cell is a label, or
// the ratio level meets a negative number.
RatingsReport ratingsReport(const RatingsTable& table, const std::string& fileName, AlphaMetric level,
                            std::uint64_t seed, std::size_t draws = defaultBootstrapDraws);

} // namespace hilo::analysis
