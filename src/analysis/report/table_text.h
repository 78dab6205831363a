#pragma once
// Escaping and number formats shared by the CSV, Markdown and HTML writers of reports.
#include <optional>
#include <string>

namespace hilo::analysis {

std::string csvField(const std::string& text);       // quoted when it holds , " or a line break
std::string markdownCell(const std::string& text);   // | and line breaks made safe in a table cell
std::string htmlEscape(const std::string& text);     // & < > " escaped
std::string formatPercent(double value);             // "13", "13.4": one decimal, none when whole
std::string formatPValue(double p);                  // "0.032", "<0.001"
std::string formatDecimal(double value, int decimals);

} // namespace hilo::analysis
