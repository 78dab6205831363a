#include "joint_display_export.h"

#include "table_text.h"

#include <sstream>

namespace hilo::analysis {
namespace {

std::string withThousands(std::int64_t value)
{
    const std::string digits = std::to_string(value);
    std::string grouped;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && digits[i - 1] != '-' && (digits.size() - i) % 3 == 0)
            grouped += ',';
        grouped += digits[i];
    }
    return grouped;
}

std::string codeList(const SurveyTheme& theme)
{
    std::string list;
    for (const LinkedCode& code : theme.codes)
        list += (list.empty() ? "" : "; ") + code.path;
    return list.empty() ? "(no codes linked yet)" : list;
}

std::string attribution(const JointQuote& quote)
{
    return quote.participant + ", " + quote.group + ", " + quote.codePath;
}

std::string definitionText(const ThemeDefinition& d)
{
    return "defined on " + d.fileName + " as " + d.condition + (d.weight.empty() ? ", unweighted" : ", weighted by " + d.weight) +
           " (" + withThousands(d.rows) + " rows)";
}

} // namespace

std::string indicatorText(const SurveyIndicator& i)
{
    std::string text = formatPercent(i.value) + "%";
    std::string details;
    if (i.base)
        details = "base " + withThousands(*i.base);
    if (i.ciLow && i.ciHigh)
        details += (details.empty() ? "" : "; ") + std::string("95% CI ") + formatPercent(*i.ciLow) + "-" + formatPercent(*i.ciHigh);
    if (!details.empty())
        text += " (" + details + ")";
    return text;
}

std::string jointDisplayToMarkdown(const JointDisplay& display, const std::string& title)
{
    std::ostringstream out;
    out << "# " << markdownCell(title) << "\n";
    if (display.themes.empty())
        out << "\nNo survey themes yet: `hilo survey PROJECT import FILE`.\n";
    for (const JointTheme& joint : display.themes) {
        const SurveyTheme& theme = joint.theme;
        out << "\n## " << markdownCell(theme.name) << "\n\n### Survey\n\n| Indicator | Subgroup | Value | Base | 95% CI | Source |\n"
            << "|---|---|---:|---:|---|---|\n";
        for (const SurveyIndicator& i : theme.indicators)
            out << "| " << markdownCell(i.label) << " | " << markdownCell(i.subgroup.empty() ? "all" : i.subgroup) << " | "
                << formatPercent(i.value) << "% | " << (i.base ? withThousands(*i.base) : "") << " | "
                << (i.ciLow ? formatPercent(*i.ciLow) + "-" + formatPercent(*i.ciHigh) : "") << " | "
                << markdownCell(i.sourceNote) << " |\n";
        if (theme.definition)
            out << "\nComputed: " << markdownCell(definitionText(*theme.definition)) << ".\n";
        out << "\n### Interviews\n\nLinked codes: " << markdownCell(codeList(theme)) << "\n\n| Group | Excerpts | Participants |\n"
            << "|---|---:|---:|\n";
        for (const JointGroupCount& group : joint.groups)
            out << "| " << markdownCell(group.group) << " | " << group.excerpts << " | " << group.participants << " of "
                << group.sources << " |\n";
        if (!joint.quotes.empty()) {
            out << "\n";
            for (const JointQuote& quote : joint.quotes)
                out << "> " << markdownCell(quote.text) << "\n>\n> — " << markdownCell(attribution(quote)) << "\n\n";
        }
        out << "\n### Note\n\n" << (theme.note.empty() ? std::string("(no note yet)") : theme.note) << "\n";
    }
    return out.str();
}

std::string jointDisplayToHtml(const JointDisplay& display, const std::string& title)
{
    std::ostringstream out;
    out << "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" << htmlEscape(title)
        << "</title>\n<style>body{font-family:sans-serif;max-width:60em} table{border-collapse:collapse} "
           "td,th{border:1px solid #999;padding:3px 6px} blockquote{border-left:3px solid #999;margin-left:0;"
           "padding-left:1em}</style></head><body>\n<h1>"
        << htmlEscape(title) << "</h1>\n";
    if (display.themes.empty())
        out << "<p>No survey themes yet.</p>\n";
    for (const JointTheme& joint : display.themes) {
        const SurveyTheme& theme = joint.theme;
        out << "<h2><a name=\"theme-" << theme.id << "\"></a>" << htmlEscape(theme.name) << "</h2>\n<h3>Survey</h3>\n"
            << "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr><th>Indicator</th><th>Subgroup</th><th>Value</th>"
               "<th>Base</th><th>95% CI</th><th>Source</th></tr>\n";
        for (const SurveyIndicator& i : theme.indicators)
            out << "<tr><td>" << htmlEscape(i.label) << "</td><td>" << htmlEscape(i.subgroup.empty() ? "all" : i.subgroup)
                << "</td><td align=\"right\">" << formatPercent(i.value) << "%</td><td align=\"right\">"
                << (i.base ? withThousands(*i.base) : "") << "</td><td>"
                << (i.ciLow ? formatPercent(*i.ciLow) + "-" + formatPercent(*i.ciHigh) : "") << "</td><td>"
                << htmlEscape(i.sourceNote) << "</td></tr>\n";
        out << "</table>\n";
        if (theme.definition)
            out << "<p>Computed: " << htmlEscape(definitionText(*theme.definition)) << ".</p>\n";
        out << "<h3>Interviews</h3>\n<p>Linked codes: " << htmlEscape(codeList(theme)) << "</p>\n"
            << "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr><th>Group</th><th>Excerpts</th><th>Participants</th></tr>\n";
        for (const JointGroupCount& group : joint.groups)
            out << "<tr><td>" << htmlEscape(group.group) << "</td><td align=\"right\">" << group.excerpts
                << "</td><td align=\"right\">" << group.participants << " of " << group.sources << "</td></tr>\n";
        out << "</table>\n";
        for (const JointQuote& quote : joint.quotes)
            out << "<blockquote><p>" << htmlEscape(quote.text) << "</p><p>— " << htmlEscape(attribution(quote))
                << "</p></blockquote>\n";
        out << "<h3>Note</h3>\n<p>" << (theme.note.empty() ? std::string("<i>(no note yet)</i>") : htmlEscape(theme.note))
            << "</p>\n";
    }
    out << "</body></html>\n";
    return out.str();
}

std::string jointDisplayToCsv(const JointDisplay& display)
{
    std::ostringstream out;
    out << "theme,indicator,subgroup,value,base,ci_low,ci_high,source_note,codes";
    if (!display.themes.empty())
        for (const JointGroupCount& group : display.themes.front().groups)
            out << "," << csvField(group.group + "_excerpts") << "," << csvField(group.group + "_participants");
    out << ",note\n";
    for (const JointTheme& joint : display.themes) {
        const SurveyTheme& theme = joint.theme;
        std::vector<SurveyIndicator> indicators = theme.indicators;
        if (indicators.empty())
            indicators.push_back({}); // the theme still gets its row of counts
        for (const SurveyIndicator& i : indicators) {
            out << csvField(theme.name) << "," << csvField(i.label) << "," << csvField(i.subgroup) << ","
                << (i.label.empty() ? "" : formatPercent(i.value)) << "," << (i.base ? std::to_string(*i.base) : "") << ","
                << (i.ciLow ? formatPercent(*i.ciLow) : "") << "," << (i.ciHigh ? formatPercent(*i.ciHigh) : "") << ","
                << csvField(i.sourceNote) << "," << csvField(codeList(theme));
            for (const JointGroupCount& group : joint.groups)
                out << "," << group.excerpts << "," << group.participants;
            out << "," << csvField(theme.note) << "\n";
        }
    }
    return out.str();
}

} // namespace hilo::analysis
