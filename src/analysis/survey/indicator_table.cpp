#include "indicator_table.h"

#include "text/csv_reader.h"
#include "text/number_text.h"
#include "text/unicode_text.h"
#include "text/user_error.h"

#include <map>
#include <regex>

namespace hilo::analysis {
namespace {

using text::parseNumber;

std::string trim(const std::string& text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return "";
    return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

std::optional<std::int64_t> parseBase(const std::string& text)
{
    static const std::regex plain("[0-9]+");
    static const std::regex thousands("[0-9]{1,3}(,[0-9]{3})+");
    if (!std::regex_match(text, plain) && !std::regex_match(text, thousands))
        return std::nullopt;
    std::string digits;
    for (char c : text)
        if (c != ',')
            digits += c;
    return std::stoll(digits);
}

} // namespace

std::optional<double> parsePercent(const std::string& raw)
{
    std::string text = trim(raw);
    if (!text.empty() && text.back() == '%')
        text = trim(text.substr(0, text.size() - 1));
    return parseNumber(text);
}

std::vector<ThemeFigures> parseIndicatorTable(std::string_view utf8, const std::string& fileName)
{
    const text::CsvTable table = text::parseCsv(utf8, fileName);
    const auto required = [&](const std::vector<std::string>& names) {
        const std::size_t column = table.column(names);
        if (column == std::string::npos)
            throw UserError(fileName + ": no '" + names.front() +
                            "' column (a survey table needs theme, indicator and value; optional: base, subgroup, "
                            "ci_low, ci_high, source_note, codes)");
        return column;
    };
    const std::size_t themeColumn = required({"theme"});
    const std::size_t labelColumn = required({"indicator", "label"});
    const std::size_t valueColumn = required({"value", "percent", "percentage"});
    const std::size_t baseColumn = table.column({"base", "base_n", "n"});
    const std::size_t subgroupColumn = table.column({"subgroup"});
    const std::size_t lowColumn = table.column({"ci_low"});
    const std::size_t highColumn = table.column({"ci_high"});
    const std::size_t noteColumn = table.column({"source_note", "source", "note"});
    const std::size_t codesColumn = table.column({"codes", "code"});
    if ((lowColumn == std::string::npos) != (highColumn == std::string::npos))
        throw UserError(fileName + ": ci_low and ci_high go together; the table has only one of them");

    std::vector<ThemeFigures> themes;
    std::map<std::string, std::size_t> byTheme; // folded name -> index
    for (const text::CsvRow& row : table.rows) {
        const auto field = [&](std::size_t column) {
            return column == std::string::npos ? std::string() : text::toNfc(trim(row.fields[column]));
        };
        const auto where = [&](std::size_t column) {
            return fileName + " line " + std::to_string(row.line) + ", column '" + table.header[column] + "'";
        };
        const auto percent = [&](std::size_t column) -> std::optional<double> {
            const std::string text = field(column);
            if (text.empty())
                return std::nullopt;
            const std::optional<double> value = parsePercent(text);
            if (!value)
                throw UserError(where(column) + ": '" + text + "' is not a number");
            if (*value < 0 || *value > 100)
                throw UserError(where(column) + ": " + text + " is not a percentage from 0 to 100");
            return value;
        };
        const std::string theme = field(themeColumn);
        const std::string label = field(labelColumn);
        if (theme.empty())
            throw UserError(where(themeColumn) + ": the theme is empty");
        if (label.empty())
            throw UserError(where(labelColumn) + ": the indicator is empty");
        SurveyIndicator indicator;
        indicator.label = label;
        const std::optional<double> value = percent(valueColumn);
        if (!value)
            throw UserError(where(valueColumn) + ": the value is empty");
        indicator.value = *value;
        if (const std::string base = field(baseColumn); !base.empty()) {
            indicator.base = parseBase(base);
            if (!indicator.base || *indicator.base <= 0)
                throw UserError(where(baseColumn) + ": '" + base + "' is not a whole number of respondents");
        }
        indicator.subgroup = field(subgroupColumn);
        indicator.ciLow = percent(lowColumn);
        indicator.ciHigh = percent(highColumn);
        if (indicator.ciLow.has_value() != indicator.ciHigh.has_value())
            throw UserError(fileName + " line " + std::to_string(row.line) + ": give both ci_low and ci_high, or neither");
        if (indicator.ciLow && !(*indicator.ciLow <= indicator.value && indicator.value <= *indicator.ciHigh))
            throw UserError(fileName + " line " + std::to_string(row.line) + ": the interval " + field(lowColumn) + "-" +
                            field(highColumn) + " does not contain the value " + field(valueColumn));
        indicator.sourceNote = field(noteColumn);

        const std::string key = text::fold(theme);
        auto found = byTheme.find(key);
        if (found == byTheme.end()) {
            found = byTheme.emplace(key, themes.size()).first;
            themes.push_back({theme, {}, {}});
        }
        ThemeFigures& figures = themes[found->second];
        figures.indicators.push_back(indicator);
        const std::string codes = field(codesColumn);
        std::size_t start = 0;
        while (start <= codes.size() && !codes.empty()) {
            const std::size_t end = std::min(codes.find(';', start), codes.size());
            const std::string code = trim(codes.substr(start, end - start));
            if (!code.empty() && std::find(figures.codes.begin(), figures.codes.end(), code) == figures.codes.end())
                figures.codes.push_back(code);
            start = end + 1;
        }
    }
    if (themes.empty())
        throw UserError(fileName + ": the table has a header but no indicators");
    return themes;
}

} // namespace hilo::analysis
