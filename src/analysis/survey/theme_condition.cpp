#include "theme_condition.h"

#include "text/number_text.h"
#include "text/unicode_text.h"
#include "text/user_error.h"

#include <algorithm>
#include <regex>

namespace hilo::analysis {
namespace {

using text::parseNumber;

std::string trim(const std::string& text)
{
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string::npos)
        return "";
    return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

std::string unquote(const std::string& text)
{
    if (text.size() >= 2 && (text.front() == '"' || text.front() == '\'') && text.back() == text.front())
        return text.substr(1, text.size() - 2);
    return text;
}

} // namespace

ThemeCondition parseCondition(const std::string& text)
{
    static const std::regex shape(R"(\s*([A-Za-z_][A-Za-z0-9_.]*)\s*(<=|>=|!=|==|=|<|>|\s[iI][nN]\s)\s*(.*?)\s*)");
    std::smatch match;
    if (!std::regex_match(text, match, shape))
        throw UserError("condition '" + text +
                        "': write VARIABLE OP VALUE, with OP one of = != < <= > >= in (e.g. told_anyone = 0, "
                        "reason in 1,3)");
    ThemeCondition condition;
    condition.text = trim(text);
    condition.variable = match[1];
    condition.op = trim(match[2]);
    std::transform(condition.op.begin(), condition.op.end(), condition.op.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (condition.op == "==")
        condition.op = "=";
    const std::string values = match[3];
    if (condition.op == "in") {
        std::size_t start = 0;
        while (start <= values.size()) {
            const std::size_t end = std::min(values.find(',', start), values.size());
            const std::string value = unquote(trim(values.substr(start, end - start)));
            if (!value.empty())
                condition.values.push_back(value);
            start = end + 1;
        }
    } else if (!trim(values).empty()) {
        condition.values.push_back(unquote(trim(values)));
    }
    if (condition.values.empty())
        throw UserError("condition '" + text + "': no value after '" + condition.op + "'");
    return condition;
}

BoundCondition::BoundCondition(const ThemeCondition& condition, const Microdata& data)
    : variable_(&data.require(condition.variable, "theme variable")), op_(condition.op)
{
    const bool ordering = op_ == "<" || op_ == "<=" || op_ == ">" || op_ == ">=";
    for (const std::string& value : condition.values) {
        if (!variable_->numeric) {
            if (ordering)
                throw UserError("condition '" + condition.text + "': " + variable_->name +
                                " holds text, so only = != and in apply");
            texts_.push_back(text::fold(value));
            continue;
        }
        if (const std::optional<double> number = parseNumber(value)) {
            numbers_.push_back(*number);
            continue;
        }
        // A label: the value whose label reads so.
        bool found = false;
        for (const auto& [code, label] : variable_->valueLabels)
            if (text::fold(label) == text::fold(value)) {
                numbers_.push_back(*parseNumber(code));
                found = true;
                break;
            }
        if (!found) {
            std::string labels;
            for (const auto& [code, label] : variable_->valueLabels)
                labels += (labels.empty() ? "" : ", ") + code + " = " + label;
            throw UserError("condition '" + condition.text + "': '" + value + "' is neither a number nor a value label of " +
                            variable_->name + (labels.empty() ? std::string(" (it has no value labels)") : " (" + labels + ")"));
        }
    }
    if (ordering && numbers_.size() != 1)
        throw UserError("condition '" + condition.text + "': " + op_ + " takes one value");
}

bool BoundCondition::meets(const MicrodataValue& value) const
{
    if (value.missing)
        return false;
    if (!variable_->numeric) {
        const std::string key = text::fold(value.text);
        const bool any = std::find(texts_.begin(), texts_.end(), key) != texts_.end();
        return op_ == "!=" ? !any : any;
    }
    if (!value.number)
        return false;
    const double v = *value.number;
    if (op_ == "<")
        return v < numbers_.front();
    if (op_ == "<=")
        return v <= numbers_.front();
    if (op_ == ">")
        return v > numbers_.front();
    if (op_ == ">=")
        return v >= numbers_.front();
    const bool any = std::find(numbers_.begin(), numbers_.end(), v) != numbers_.end();
    return op_ == "!=" ? !any : any;
}

} // namespace hilo::analysis
