// How a Description is laid out (composeDescription writes it, parseDescription reads it):
//
//  - Only a definition, and no line of it starts with a label: the definition verbatim, so other
//    tools show exactly what the researcher wrote.
//  - Otherwise: the definition, a blank line, then one section per non-empty field, each
//    starting on its own line with "Label: " and continuing over as many lines as its value has.
//    A section line is a line that starts with one of the labels followed by a colon
//    (case-sensitive: Definition, Inclusion, Exclusion, Example, Spanish label, Memo).
//  - Escaping: inside a value, a line that would read as a section line, i.e. zero or more
//    backslashes followed by "Label:", gets one more backslash in front; reading removes one.
//    Other backslashes are left alone, so Windows paths and the like read as written.
//  - A definition with such a line and no other field is written as a "Definition: " section,
//    because text without any section line is read verbatim and could not be unescaped.
//  - Text from another tool with no section line at all becomes the definition verbatim.
#include "description_sections.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace hilo::codebook {
namespace {

struct Section {
    std::string_view label;
    std::string Code::*field;
};

constexpr std::string_view kDefinitionLabel = "Definition";

// In the order they are written.
const std::array<Section, 5> kSections{{
    {"Inclusion", &Code::inclusion},
    {"Exclusion", &Code::exclusion},
    {"Example", &Code::example},
    {"Spanish label", &Code::labelEs},
    {"Memo", &Code::memo},
}};

std::vector<std::string_view> splitLines(std::string_view text)
{
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    for (std::size_t newline = text.find('\n'); newline != std::string_view::npos; newline = text.find('\n', start)) {
        lines.push_back(text.substr(start, newline - start));
        start = newline + 1;
    }
    lines.push_back(text.substr(start));
    return lines;
}

bool startsWithLabel(std::string_view line, std::string_view label)
{
    return line.size() > label.size() && line.substr(0, label.size()) == label && line[label.size()] == ':';
}

// The label that `line` starts with (followed by a colon), or an empty view.
std::string_view sectionLabel(std::string_view line)
{
    if (startsWithLabel(line, kDefinitionLabel))
        return kDefinitionLabel;
    for (const Section& section : kSections)
        if (startsWithLabel(line, section.label))
            return section.label;
    return {};
}

bool isSectionLine(std::string_view line)
{
    return !sectionLabel(line).empty();
}

bool looksLikeSectionLine(std::string_view line)
{
    const std::size_t slashes = line.find_first_not_of('\\');
    return slashes != std::string_view::npos && isSectionLine(line.substr(slashes));
}

// Escapes every line but, when `fromSecondLine`, the first (it follows a label on its line).
std::string escapeLines(std::string_view value, bool fromSecondLine)
{
    std::string out;
    const std::vector<std::string_view> lines = splitLines(value);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (i > 0)
            out.push_back('\n');
        if ((i > 0 || !fromSecondLine) && looksLikeSectionLine(lines[i]))
            out.push_back('\\');
        out.append(lines[i]);
    }
    return out;
}

std::string_view unescapeLine(std::string_view line)
{
    if (line.starts_with('\\') && looksLikeSectionLine(line))
        line.remove_prefix(1);
    return line;
}

void appendValue(std::string& field, const std::string& value)
{
    // Only text from elsewhere repeats a label; keep both values rather than lose one.
    field = field.empty() ? value : field + "\n" + value;
}

std::string Code::*fieldOf(std::string_view label)
{
    for (const Section& section : kSections)
        if (section.label == label)
            return section.field;
    return &Code::definition;
}

} // namespace

std::string composeDescription(const Code& code)
{
    std::string sections;
    for (const Section& section : kSections) {
        const std::string& value = code.*section.field;
        if (value.empty())
            continue;
        if (!sections.empty())
            sections.push_back('\n');
        sections.append(section.label).append(": ").append(escapeLines(value, true));
    }
    const std::vector<std::string_view> definitionLines = splitLines(code.definition);
    const bool definitionHasSectionLine =
        std::any_of(definitionLines.begin(), definitionLines.end(), isSectionLine);
    if (sections.empty() && !definitionHasSectionLine)
        return code.definition;
    if (sections.empty())
        return std::string(kDefinitionLabel) + ": " + escapeLines(code.definition, true);
    if (code.definition.empty())
        return sections;
    return escapeLines(code.definition, false) + "\n\n" + sections;
}

void parseDescription(const std::string& description, Code& code)
{
    code.definition.clear();
    for (const Section& section : kSections)
        (code.*section.field).clear();

    const std::vector<std::string_view> lines = splitLines(description);
    const auto firstSection = std::find_if(lines.begin(), lines.end(), isSectionLine);
    if (firstSection == lines.end()) {
        code.definition = description;
        return;
    }

    // The definition: the lines before the first section, without the blank separating line.
    auto definitionEnd = firstSection;
    if (definitionEnd != lines.begin() && (definitionEnd - 1)->empty())
        --definitionEnd;
    for (auto line = lines.begin(); line != definitionEnd; ++line) {
        if (line != lines.begin())
            code.definition.push_back('\n');
        code.definition.append(unescapeLine(*line));
    }

    for (auto line = firstSection; line != lines.end();) {
        const std::string_view label = sectionLabel(*line);
        std::string_view first = line->substr(label.size() + 1);
        if (first.starts_with(' '))
            first.remove_prefix(1);
        std::string value(first);
        for (++line; line != lines.end() && !isSectionLine(*line); ++line)
            value.append("\n").append(unescapeLine(*line));
        appendValue(code.*fieldOf(label), value);
    }
}

} // namespace hilo::codebook
