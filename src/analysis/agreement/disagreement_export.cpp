#include "analysis/agreement/disagreement_export.h"

#include "text/csv_writer.h"
#include "text/unicode_text.h"

namespace hilo::analysis {

namespace {

std::string spanText(const Span& s)
{
    return std::to_string(s.start) + ":" + std::to_string(s.end);
}

std::string htmlEscaped(const std::string& text)
{
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out.push_back(c);
        }
    }
    return out;
}

std::string codersIn(std::uint32_t mask, const std::vector<std::string>& coders)
{
    std::string out;
    for (std::size_t c = 0; c < coders.size(); ++c)
        if (mask & (1u << c))
            out += (out.empty() ? "" : ", ") + coders[c];
    return out;
}

// The region's words with the parts `coder` coded inside <mark>.
std::string markedRegion(const Disagreement& d, const std::string& regionText, std::size_t coder)
{
    std::vector<Span> covered;
    for (const Span& s : d.spansByCoder[coder])
        covered.push_back({std::max(s.start, d.region.start) - d.region.start, std::min(s.end, d.region.end) - d.region.start});
    covered = mergeSpans(covered);
    std::string out;
    std::int64_t at = 0;
    const std::int64_t length = d.region.length();
    for (const Span& s : covered) {
        out += htmlEscaped(text::slice(regionText, at, s.start));
        out += "<mark>" + htmlEscaped(text::slice(regionText, s.start, s.end)) + "</mark>";
        at = s.end;
    }
    out += htmlEscaped(text::slice(regionText, at, length));
    return out;
}

} // namespace

std::string disagreementKind(const Disagreement& d, const std::vector<std::string>& coders)
{
    if (!d.missedBySome)
        return "boundaries differ";
    std::uint32_t missing = 0;
    for (std::size_t c = 0; c < coders.size(); ++c)
        if (d.spansByCoder[c].empty())
            missing |= 1u << c;
    return "not coded by " + codersIn(missing, coders);
}

std::string describeRuns(const Disagreement& d, const std::vector<std::string>& coders)
{
    std::string out;
    for (const DifferingRun& run : d.runs)
        out += (out.empty() ? "" : "; ") + spanText(run.span) + " " + codersIn(run.coders, coders);
    return out;
}

std::string disagreementsCsv(const DisagreementReport& report)
{
    std::string out = "source,group,code,start,end,kind";
    for (const std::string& coder : report.coders)
        out += "," + text::csvField(coder + " spans");
    out += ",differing runs,text\n";
    for (const SourceDisagreements& source : report.sources)
        for (std::size_t i = 0; i < source.items.size(); ++i) {
            const Disagreement& d = source.items[i];
            out += text::csvField(source.source) + "," + text::csvField(source.groupTag) + "," + text::csvField(report.code) +
                   "," + std::to_string(d.region.start) + "," + std::to_string(d.region.end) + "," +
                   text::csvField(disagreementKind(d, report.coders));
            for (const auto& spans : d.spansByCoder) {
                std::string list;
                for (const Span& s : spans)
                    list += (list.empty() ? "" : " ") + spanText(s);
                out += "," + text::csvField(list);
            }
            out += "," + text::csvField(describeRuns(d, report.coders)) + "," + text::csvField(source.texts[i].text) + "\n";
        }
    return out;
}

std::string disagreementsHtml(const DisagreementReport& report)
{
    std::string coders;
    for (const std::string& c : report.coders)
        coders += (coders.empty() ? "" : ", ") + c;
    std::string out = "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>Disagreements: " +
                      htmlEscaped(report.code) + "</title>\n<style>\n"
                      "body{font-family:sans-serif;margin:2em;color:#222}\n"
                      "table{border-collapse:collapse;width:100%;margin-bottom:2em}\n"
                      "th,td{border:1px solid #ccc;padding:.4em;vertical-align:top;text-align:left}\n"
                      "th{background:#f3f3f3}\n"
                      "mark{background:#ffe08a}\n"
                      ".where{white-space:nowrap;font-size:.9em;color:#555}\n"
                      "</style>\n</head>\n<body>\n<h1>Disagreements on " + htmlEscaped(report.code) + "</h1>\n<p>Coders: " +
                      htmlEscaped(coders) + ". Offsets are in characters (code points) of each transcript. " +
                      "Marked words are what each coder coded.</p>\n";
    if (report.sources.empty())
        out += "<p>No disagreements in the " + std::to_string(report.compared.size()) + " sources compared.</p>\n";
    for (const SourceDisagreements& source : report.sources) {
        out += "<h2>" + htmlEscaped(source.source) + " <small>(" + htmlEscaped(source.groupTag) + ")</small></h2>\n";
        out += "<table>\n<tr><th>Where</th>";
        for (const std::string& c : report.coders)
            out += "<th>" + htmlEscaped(c) + "</th>";
        out += "</tr>\n";
        for (std::size_t i = 0; i < source.items.size(); ++i) {
            const Disagreement& d = source.items[i];
            out += "<tr><td class=\"where\">" + spanText(d.region) + "<br>" + htmlEscaped(disagreementKind(d, report.coders)) +
                   "</td>";
            for (std::size_t c = 0; c < report.coders.size(); ++c)
                out += "<td>" + markedRegion(d, source.texts[i].text, c) + "</td>";
            out += "</tr>\n";
        }
        out += "</table>\n";
    }
    out += "</body>\n</html>\n";
    return out;
}

} // namespace hilo::analysis
