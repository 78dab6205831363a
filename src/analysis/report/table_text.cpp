#include "table_text.h"

#include <cmath>
#include <cstdio>

namespace hilo::analysis {

std::string csvField(const std::string& text)
{
    if (text.find_first_of(",\"\n\r") == std::string::npos)
        return text;
    std::string quoted = "\"";
    for (char c : text) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

std::string markdownCell(const std::string& text)
{
    std::string cell;
    for (char c : text) {
        if (c == '|')
            cell += "\\|";
        else if (c == '\n')
            cell += "<br>";
        else if (c != '\r')
            cell += c;
    }
    return cell;
}

std::string htmlEscape(const std::string& text)
{
    std::string escaped;
    for (char c : text) {
        switch (c) {
        case '&': escaped += "&amp;"; break;
        case '<': escaped += "&lt;"; break;
        case '>': escaped += "&gt;"; break;
        case '"': escaped += "&quot;"; break;
        default: escaped += c;
        }
    }
    return escaped;
}

std::string formatDecimal(double value, int decimals)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    return buffer;
}

std::string formatPercent(double value)
{
    const double rounded = std::round(value * 10) / 10;
    return rounded == std::round(rounded) ? formatDecimal(rounded, 0) : formatDecimal(rounded, 1);
}

std::string formatPValue(double p)
{
    if (p < 0.001)
        return "<0.001";
    return formatDecimal(p, 3);
}

} // namespace hilo::analysis
