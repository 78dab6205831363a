#pragma once
// The condition that defines a survey theme on microdata: a variable, an operator and values.
//   told_anyone = 0            q12 != 1            age >= 15
//   reason in 1,3,4            gender = "Girl"     (a value label, or the text of a text variable)
// Values that are not numbers are matched against the variable's value labels (case- and
// accent-blind), so a condition can be written as the questionnaire reads.
#include "microdata.h"

#include <string>
#include <vector>

namespace hilo::analysis {

struct ThemeCondition {
    std::string variable;
    std::string op; // = != < <= > >= in
    std::vector<std::string> values;
    std::string text; // as written, for display
};

// Throws UserError saying what is wrong with the condition ("condition: ...").
ThemeCondition parseCondition(const std::string& text);

// A condition bound to a variable of a dataset: values resolved to numbers through value labels
// for numeric variables. Throws UserError for an unknown variable or label, or an ordering
// operator on a text variable.
class BoundCondition {
public:
    BoundCondition(const ThemeCondition& condition, const Microdata& data);

    const MicrodataVariable& variable() const { return *variable_; }
    // Whether a (non-missing) value meets the condition.
    bool meets(const MicrodataValue& value) const;

private:
    const MicrodataVariable* variable_;
    std::string op_;
    std::vector<double> numbers_;
    std::vector<std::string> texts_; // folded
};

} // namespace hilo::analysis
