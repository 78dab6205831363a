#include "microdata_theme.h"

#include "theme_condition.h"
#include "text/user_error.h"
#include "weighted_estimate.h"

#include <cmath>
#include <set>

namespace hilo::analysis {
namespace {

SurveyIndicator indicatorFrom(const WeightedPercentage& estimate, const std::string& label, const std::string& subgroup,
                              const std::string& note)
{
    SurveyIndicator indicator;
    indicator.label = label;
    indicator.value = estimate.percent;
    indicator.base = estimate.base;
    indicator.subgroup = subgroup;
    indicator.ciLow = estimate.ciLow;
    indicator.ciHigh = estimate.ciHigh;
    indicator.sourceNote = note;
    return indicator;
}

} // namespace

ComputedTheme computeMicrodataTheme(const Microdata& data, const MicrodataThemeRequest& request)
{
    if (request.theme.empty())
        throw UserError("a theme computed from microdata needs a name (--theme NAME)");
    const ThemeCondition condition = parseCondition(request.condition);
    const BoundCondition bound(condition, data);

    // Weights: every respondent needs one, a number >= 0.
    std::vector<double> weights(data.rows, 1.0);
    if (!request.weight.empty()) {
        const MicrodataVariable& weight = data.require(request.weight, "weight");
        if (!weight.numeric)
            throw UserError(data.fileName + ": the weight column '" + weight.name + "' holds text, not numbers");
        for (std::size_t row = 0; row < data.rows; ++row) {
            const MicrodataValue& value = weight.values[row];
            if (value.missing || !value.number)
                throw UserError(data.fileName + " " + data.rowName(row) + ": the weight '" + weight.name + "' is missing");
            if (*value.number < 0)
                throw UserError(data.fileName + " " + data.rowName(row) + ": the weight '" + weight.name + "' is negative (" +
                                value.text + ")");
            weights[row] = *value.number;
        }
    }
    std::vector<const MicrodataVariable*> subgroups;
    for (const std::string& name : request.subgroups)
        subgroups.push_back(&data.require(name, "subgroup"));

    const std::string label = bound.variable().label.empty() ? condition.text : bound.variable().label + ": " + condition.text;
    const std::string note = "Computed by Hilo from " + data.fileName +
                             (request.weight.empty() ? std::string(", unweighted") : ", weighted by " + request.weight) +
                             "; 95% Wilson interval on Kish's effective sample size";

    const auto estimate = [&](const auto& include) -> std::optional<WeightedPercentage> {
        std::vector<double> w;
        std::vector<bool> meets;
        for (std::size_t row = 0; row < data.rows; ++row) {
            const MicrodataValue& value = bound.variable().values[row];
            if (value.missing || !include(row))
                continue;
            w.push_back(weights[row]);
            meets.push_back(bound.meets(value));
        }
        double total = 0;
        for (double x : w)
            total += x;
        if (!(total > 0))
            return std::nullopt;
        return weightedPercentage(w, meets);
    };

    ComputedTheme computed;
    computed.figures.theme = request.theme;
    computed.figures.codes = request.codes;
    const std::optional<WeightedPercentage> overall = estimate([](std::size_t) { return true; });
    if (!overall)
        throw UserError(data.fileName + ": no respondent with a value of " + bound.variable().name +
                        " (and a weight above 0) to compute '" + request.theme + "' from");
    computed.figures.indicators.push_back(indicatorFrom(*overall, label, "", note));
    for (const MicrodataVariable* subgroup : subgroups) {
        // Subgroup values in numeric order (or text order), each labelled as the file labels it.
        std::set<std::pair<double, std::string>> values;
        for (const MicrodataValue& value : subgroup->values)
            if (!value.missing)
                values.insert({value.number.value_or(0), value.text});
        for (const auto& [number, text] : values) {
            const std::optional<WeightedPercentage> part = estimate([&, key = text](std::size_t row) {
                const MicrodataValue& value = subgroup->values[row];
                return !value.missing && value.text == key;
            });
            if (!part)
                continue;
            MicrodataValue shown;
            shown.text = text;
            const std::string name = subgroup->label.empty() ? subgroup->name : subgroup->label;
            computed.figures.indicators.push_back(indicatorFrom(*part, label, name + ": " + subgroup->display(shown), note));
        }
    }

    computed.dataset.fileName = data.fileName;
    computed.dataset.format = data.format;
    computed.dataset.weight = request.weight;
    computed.dataset.rows = static_cast<std::int64_t>(data.rows);
    for (const MicrodataVariable& v : data.variables)
        if (!v.valueLabels.empty())
            computed.dataset.valueLabels[v.name] = v.valueLabels;
    computed.definition.fileName = data.fileName;
    computed.definition.format = data.format;
    computed.definition.weight = request.weight;
    computed.definition.variable = bound.variable().name;
    computed.definition.condition = condition.text;
    for (std::size_t i = 0; i < request.subgroups.size(); ++i)
        computed.definition.subgroups += (i ? "," : "") + subgroups[i]->name;
    computed.definition.rows = computed.dataset.rows;
    return computed;
}

} // namespace hilo::analysis
