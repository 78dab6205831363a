#include "option_help.h"

#include <algorithm>
#include <map>
#include <string>
#include <utility>

namespace hilo::cli {
namespace {

struct OptionText {
    std::string value; // what the option takes ("NAME"), empty for a switch
    std::string text;
};

// One line per option, by name; "verb:option" where a verb gives the option its own meaning.
const std::map<std::string, OptionText>& optionTexts()
{
    static const std::map<std::string, OptionText> texts = {
        {"json", {"", "print one JSON document on stdout instead of text"}},
        {"accept-flags", {"", "import what the de-identification guard flags anyway, recording what was accepted"}},
        {"add", {"", "add the suggested quotes to the basket"}},
        {"attributes", {"FILE.csv", "participant attributes, one row per participant (a 'participant' column)"}},
        {"bins", {"E1,E2,..", "band edges for a number attribute (12,15,18 gives 12-14, 15-17, 18+)"}},
        {"bootstrap", {"N", "draws of the bootstrap interval for turn units (default 1000)"}},
        {"by", {"code|source|group", "report per code (default), per source or per group"}},
        {"survey:by", {"VAR,..", "subgroup variables: an estimate for each of their values"}},
        {"cell", {"MEASURE", "excerpts (default), participants, percent of the column's participants, or words"}},
        {"clear", {"", "remove every edit of the quote"}},
        {"code", {"CODE", "a code by path, unique name, GUID or id (with its sub-codes where it filters)"}},
        {"autocode:code", {"CODE", "the code to apply (path, unique name, GUID or id)"}},
        {"quotes:code", {"CODE", "the code whose codings are ranked for suggestions"}},
        {"codable", {"", "the code can be applied (the default)"}},
        {"codebook", {"NAME", "start with a codebook that ships with Hilo (tfcsea)"}},
        {"coder", {"NAME", "the person coding; every coding belongs to one coder"}},
        {"codings:coder", {"NAME", "only this coder's codings"}},
        {"crosstab:coder", {"NAME", "count only this coder's codings"}},
        {"coders", {"A,B[,..]", "the coders to compare"}},
        {"codes", {"X,Y", "only these codes"}},
        {"survey:codes", {"\"CODE;..\"", "codes to link to the theme, separated by ;"}},
        {"coding", {"ID", "quote the words of this coding"}},
        {"color", {"#rrggbb", "the code's colour (empty for its parent's)"}},
        {"cols", {"group|ATTRIBUTE|source", "the columns: participant groups (default), an attribute's values, or sources"}},
        {"csv", {"", "print comma-separated values instead of a table"}},
        {"disagreements:csv", {"FILE", "write the disagreements as a spreadsheet (owner-only)"}},
        {"definition", {"TEXT", "what the code means"}},
        {"elide", {"S:E", "leave out code points S to E of the quote, shown as [...]"}},
        {"example", {"TEXT", "an example passage"}},
        {"exclusion", {"TEXT", "when not to apply the code"}},
        {"facets", {"group,code", "add exact counts of all matches by group and by code"}},
        {"format", {"FORMAT", "the document to write: md, html, odt (and csv or docx where the usage says)"}},
        {"group", {"TAG", "the participant group of every file (else from each file's name or header)"}},
        {"codings:group", {"TAG", "only codings in sources of this group"}},
        {"guid", {"GUID", "the code's stable identifier (default: a new one)"}},
        {"html", {"FILE", "write one self-contained page with each coder's words marked (owner-only)"}},
        {"include-subcodes", {"", "count a code's sub-codes' codings as the code's"}},
        {"inclusion", {"TEXT", "when to apply the code"}},
        {"insert", {"P:WORDS", "insert [WORDS] at code point P of the quote"}},
        {"label-es", {"TEXT", "the code's Spanish label"}},
        {"language", {"en|es|auto", "the transcripts' language (default: detected per file)"}},
        {"level", {"LEVEL", "nominal, ordinal, interval or ratio: the alpha given a bootstrap interval"}},
        {"limit", {"N", "show at most N hits (default 20); counts and facets cover every match"}},
        {"marks", {"MODE", "quotation marks inside quotes: typographic (default), straight or keep"}},
        {"max-length", {"N", "at most N characters, eliding whole middle sentences as [...]"}},
        {"max-share", {"S", "warn when one participant gives more than this share of a group's quotes"}},
        {"memo", {"TEXT", "a memo on the coding or code"}},
        {"min-length", {"N", "prefer quotes of at least N characters"}},
        {"not-codable", {"", "the code only groups other codes and cannot be applied"}},
        {"note", {"TEXT", "a note on the quote"}},
        {"notes", {"", "include each quote's note in the export"}},
        {"output", {"FILE", "write the document to FILE (owner-only) instead of stdout"}},
        {"per-group", {"N", "at most N suggestions from each participant group"}},
        {"position", {"N", "the place among its siblings or in the basket, from 1"}},
        {"qdpx", {"FILE.qdpx", "the REFI-QDA project archive to write"}},
        {"query", {"Q", "a query in the search language: words, \"phrases\", NEAR, OR, NOT, word*, filters"}},
        {"crosstab:query", {"Q", "count only codings whose words match this search query"}},
        {"ratings", {"FILE.csv", "compute agreement over a ratings table: one row per unit, one column per coder"}},
        {"repair", {"", "after a backup, fix what can be fixed and bring the index up to date"}},
        {"replace", {"S:E:WORDS", "show code points S to E of the quote as [WORDS]"}},
        {"replace-invalid-bytes", {"", "read stray bytes in otherwise UTF-8 text as U+FFFD (with a warning) "
                                       "instead of refusing the file"}},
        {"role", {"ROLE", "participant (default), interviewer, unknown or any: whose turns are coded, unless the "
                          "query filters on role: itself"}},
        {"speakers:role", {"interviewer|participant", "the role of speakers the pattern finds"}},
        {"rows", {"codes[:DEPTH]", "codes down the side, to a depth (codes:1 is the top level)"}},
        {"seed", {"S", "the bootstrap's random seed, so a report can be repeated"}},
        {"source", {"SOURCE", "only this source (a name or id)"}},
        {"span", {"START:END", "the span in code points of the source"}},
        {"template", {"T", "the attribution template for this export (fields such as TEXT, GROUP, AGE)"}},
        {"text", {"\"WORDS\"", "the exact words, which must occur once in the source"}},
        {"theme", {"NAME", "the survey theme a microdata file defines"}},
        {"title", {"T", "the document's title"}},
        {"top", {"", "move the code to the top level"}},
        {"trim", {"MODE", "extend (default) or shrink to whole sentences, or none"}},
        {"turn", {"N", "the words of speaker turn N (see hilo show --turns)"}},
        {"turn-share", {"S", "a coding marks a turn when it covers at least this share of it (default: any overlap)"}},
        {"turns", {"", "print the transcript turn by turn, with speakers and spans"}},
        {"unit", {"UNIT", "turn (default) or sentence: what each match codes"}},
        {"agreement:unit", {"UNIT", "char (default), turn, segment[:T] or unitized: what counts as agreeing"}},
        {"weight", {"COL", "the survey weight column"}},
        {"where", {"\"VAR OP VALUE\"", "the condition that defines the theme (= != < <= > >= in)"}},
        {"with-codings", {"", "delete the code's codings too"}},
    };
    return texts;
}

OptionText textFor(const std::string& verb, const std::string& option)
{
    const auto& texts = optionTexts();
    if (const auto own = texts.find(verb + ":" + option); own != texts.end())
        return own->second;
    if (const auto common = texts.find(option); common != texts.end())
        return common->second;
    return {"VALUE", ""};
}

} // namespace

void printVerbHelp(const Command& command, std::ostream& out)
{
    out << "usage: hilo " << command.verb << " " << command.usage << "\n\n" << command.summary << "\n";
    std::vector<std::pair<std::string, std::string>> lines; // "--name VALUE", text
    for (const std::string& name : command.options.valued) {
        const OptionText option = textFor(command.verb, name);
        lines.emplace_back("--" + name + " " + (option.value.empty() ? "VALUE" : option.value), option.text);
    }
    for (const std::string& name : command.options.switches)
        lines.emplace_back("--" + name, textFor(command.verb, name).text);
    lines.emplace_back("--help", "print this help");
    std::sort(lines.begin(), lines.end());
    std::size_t width = 0;
    for (const auto& [name, text] : lines)
        width = std::max(width, name.size());
    out << "\nOptions:\n";
    for (const auto& [name, text] : lines)
        out << "  " << name << std::string(width - name.size() + 2, ' ') << text << "\n";
    out << "\nExit codes: 0 success, 1 a problem with the data or project, 2 a usage error.\n";
}

} // namespace hilo::cli
