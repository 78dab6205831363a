#pragma once
// The outcome of one agreement statistic: a value, or "undefined" with the reason. The issue
// forbids reporting undefined cases (no variation, a code nobody used) as 0 or NaN, so the
// value is optional and every statistic says why it has none.
#include <optional>
#include <string>

namespace hilo::analysis {

struct AgreementResult {
    std::optional<double> value{};    // the coefficient, when defined
    std::string undefinedReason{};    // why `value` is empty; empty when defined
    std::optional<double> observed{}; // observed agreement (kappas) or disagreement (alpha)
    std::optional<double> expected{}; // the chance counterpart of `observed`

    bool defined() const { return value.has_value(); }

    static AgreementResult undefined(std::string reason)
    {
        AgreementResult r;
        r.undefinedReason = std::move(reason);
        return r;
    }
};

} // namespace hilo::analysis
