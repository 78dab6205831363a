#include "analysis/agreement/ratings_report.h"

#include "analysis/agreement/brennan_prediger.h"
#include "analysis/agreement/cohen_kappa.h"
#include "analysis/agreement/fleiss_kappa.h"
#include "analysis/agreement/percent_agreement.h"
#include "text/user_error.h"

#include <charconv>

namespace hilo::analysis {

namespace {
bool isNumber(const std::string& text)
{
    double d = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), d);
    return error == std::errc() && end == text.data() + text.size();
}
} // namespace

AlphaMetric parseAlphaLevel(const std::string& text)
{
    if (text == "nominal")
        return AlphaMetric::Nominal;
    if (text == "ordinal")
        return AlphaMetric::Ordinal;
    if (text == "interval")
        return AlphaMetric::Interval;
    if (text == "ratio")
        return AlphaMetric::Ratio;
    throw UserError("--level '" + text + "' is not a level; use nominal, ordinal, interval or ratio");
}

const char* alphaLevelName(AlphaMetric metric)
{
    switch (metric) {
    case AlphaMetric::Nominal: return "nominal";
    case AlphaMetric::Ordinal: return "ordinal";
    case AlphaMetric::Interval: return "interval";
    case AlphaMetric::Ratio: return "ratio";
    }
    return "";
}

RatingsReport ratingsReport(const RatingsTable& table, const std::string& fileName, AlphaMetric level,
                            std::uint64_t seed, std::size_t draws)
{
    const RatingsMatrix& m = table.ratings;
    // A level above nominal needs numbers; ratio also needs them non-negative (a ratio scale
    // starts at zero). Say where the first offending cell is.
    bool negative = false;
    for (std::size_t u = 0; u < m.unitCount(); ++u)
        for (std::size_t c = 0; c < m.coderCount(); ++c)
            if (table.numeric && m.value(u, c) && *m.value(u, c) < 0) {
                negative = true;
                if (level == AlphaMetric::Ratio)
                    throw UserError(fileName + ":" + std::to_string(table.lines[u]) + ": " + table.coders[c] +
                                    "'s value is negative; the ratio level needs values of 0 or more");
            }
    if (!table.numeric && level != AlphaMetric::Nominal) {
        for (std::size_t u = 0; u < m.unitCount(); ++u)
            for (std::size_t c = 0; c < m.coderCount(); ++c)
                if (const auto& v = m.value(u, c); v && !isNumber(table.labels[static_cast<std::size_t>(*v)]))
                    throw UserError(fileName + ":" + std::to_string(table.lines[u]) + ": '" +
                                    table.labels[static_cast<std::size_t>(*v)] + "' is not a number; the " +
                                    alphaLevelName(level) + " level needs numbers in every cell");
    }

    RatingsReport r;
    r.units = m.unitCount();
    for (std::size_t u = 0; u < m.unitCount(); ++u)
        if (m.presentValues(u).size() >= 2)
            ++r.pairableUnits;
    r.categories = m.distinctValues().size();
    const PercentAgreement percent = percentAgreement(m);
    r.percentAgreement = percent.pairwise;
    r.percentAllAgree = percent.allAgree;
    const char* labelsHaveNoOrder = "the values are labels, not numbers: only nominal statistics apply";
    if (m.coderCount() == 2) {
        r.cohenKappa = cohenKappa(m);
        if (table.numeric) {
            r.cohenKappaLinear = cohenKappa(m, 0, 1, KappaWeighting::Linear);
            r.cohenKappaQuadratic = cohenKappa(m, 0, 1, KappaWeighting::Quadratic);
        } else {
            r.cohenKappaLinear = r.cohenKappaQuadratic = AgreementResult::undefined(labelsHaveNoOrder);
        }
    } else {
        const char* twoCoders = "Cohen's kappa is for two coders; see Fleiss' kappa and alpha";
        r.cohenKappa = r.cohenKappaLinear = r.cohenKappaQuadratic = AgreementResult::undefined(twoCoders);
    }
    r.fleissKappa = fleissKappa(m);
    r.brennanPrediger = brennanPrediger(m);
    r.alphaNominal = krippendorffAlpha(m, AlphaMetric::Nominal);
    if (table.numeric) {
        r.alphaOrdinal = krippendorffAlpha(m, AlphaMetric::Ordinal);
        r.alphaInterval = krippendorffAlpha(m, AlphaMetric::Interval);
        r.alphaRatio = negative ? AgreementResult::undefined("some values are negative; a ratio scale starts at 0")
                                : krippendorffAlpha(m, AlphaMetric::Ratio);
    } else {
        r.alphaOrdinal = r.alphaInterval = r.alphaRatio = AgreementResult::undefined(labelsHaveNoOrder);
    }
    r.level = level;
    r.seed = seed;
    r.interval = bootstrapAlpha(m, level, seed, draws);
    return r;
}

} // namespace hilo::analysis
