#include "joint_display.h"

#include "analysis/crosstab/word_count.h"
#include "project/codebook_store.h"
#include "text/unicode_text.h"

#include <algorithm>
#include <map>
#include <set>

namespace hilo::analysis {
namespace {

struct Candidate {
    JointQuote quote;
    bool byParticipant = false;
    long words = 0;
};

// Shorter than kMaxQuoteWords words: as is; longer: the first words and an ellipsis.
std::string shorten(const std::u32string& text, WordCounter& counter)
{
    std::u32string trimmed = text;
    while (!trimmed.empty() && (trimmed.back() == U' ' || trimmed.back() == U'\n' || trimmed.back() == U'\t'))
        trimmed.pop_back();
    std::size_t first = 0;
    while (first < trimmed.size() && (trimmed[first] == U' ' || trimmed[first] == U'\n' || trimmed[first] == U'\t'))
        ++first;
    trimmed = trimmed.substr(first);
    if (counter.count(trimmed) <= kMaxQuoteWords)
        return text::toUtf8(trimmed);
    // Cut at the space after which the count passes the limit.
    std::size_t cut = trimmed.size();
    for (std::size_t i = 0; i < trimmed.size(); ++i)
        if (trimmed[i] == U' ' && counter.count(std::u32string_view(trimmed).substr(0, i)) >= kMaxQuoteWords) {
            cut = i;
            break;
        }
    return text::toUtf8(trimmed.substr(0, cut)) + "\u2026";
}

} // namespace

JointDisplay buildJointDisplay(Project& project)
{
    JointDisplay display;
    store::Database& db = project.db();
    CodebookStore codebook(project);
    WordCounter counter;

    struct GroupRow {
        std::int64_t id;
        std::string tag;
        std::string label;
        std::int64_t sources;
    };
    std::vector<GroupRow> groups;
    {
        auto query = db.prepare("SELECT g.id, g.tag, g.label, (SELECT count(*) FROM sources s WHERE s.group_id = g.id) "
                                "FROM groups g ORDER BY g.position");
        while (query.step())
            groups.push_back({query.columnInt(0), query.columnText(1), query.columnText(2), query.columnInt(3)});
    }
    std::map<std::int64_t, std::string> codePaths;
    for (const CodeRecord& code : codebook.codes())
        codePaths[code.id] = code.path;

    std::map<std::int64_t, std::u32string> texts;
    const auto textOf = [&](std::int64_t sourceId) -> const std::u32string& {
        auto found = texts.find(sourceId);
        if (found == texts.end()) {
            auto query = db.prepare("SELECT text FROM sources WHERE id = ?");
            query.bind(1, sourceId);
            found = texts.emplace(sourceId, query.step() ? text::toUtf32(query.columnText(0)) : std::u32string()).first;
        }
        return found->second;
    };

    for (SurveyTheme& theme : SurveyStore(project).themes()) {
        JointTheme joint;
        std::set<std::int64_t> codeIds;
        for (const LinkedCode& code : theme.codes)
            for (std::int64_t id : codebook.subtreeIds(code.id))
                codeIds.insert(id);
        joint.theme = std::move(theme);

        std::map<std::int64_t, std::pair<std::int64_t, std::set<std::int64_t>>> byGroup; // excerpts, sources
        std::set<std::int64_t> allSources;
        std::vector<Candidate> candidates;
        if (!codeIds.empty()) {
            std::string list;
            for (std::int64_t id : codeIds)
                list += (list.empty() ? "" : ",") + std::to_string(id);
            // Whether a coding starts in a participant's turn decides who is speaking.
            auto query = db.prepare(
                "SELECT c.id, c.source_id, s.name, coalesce(nullif(s.participant, ''), s.name), s.group_id, g.tag, c.code_id, "
                "c.start, c.end, coalesce((SELECT t.role FROM turns t WHERE t.source_id = c.source_id AND t.start <= c.start "
                "AND c.start < t.end ORDER BY t.start LIMIT 1), 'unknown') "
                "FROM codings c JOIN sources s ON s.id = c.source_id JOIN groups g ON g.id = s.group_id "
                "WHERE c.code_id IN (" + list + ") ORDER BY g.position, s.name, c.start, c.id");
            while (query.step()) {
                const std::int64_t sourceId = query.columnInt(1);
                auto& counts = byGroup[query.columnInt(4)];
                ++counts.first;
                counts.second.insert(sourceId);
                allSources.insert(sourceId);
                ++joint.excerpts;
                Candidate candidate;
                candidate.quote.codingId = query.columnInt(0);
                candidate.quote.sourceId = sourceId;
                candidate.quote.sourceName = query.columnText(2);
                candidate.quote.participant = query.columnText(3);
                candidate.quote.group = query.columnText(5);
                candidate.quote.codePath = codePaths[query.columnInt(6)];
                candidate.quote.start = query.columnInt(7);
                candidate.quote.end = query.columnInt(8);
                candidate.byParticipant = query.columnText(9) == "participant";
                const std::u32string& text = textOf(sourceId);
                const auto start = static_cast<std::size_t>(std::min<std::int64_t>(candidate.quote.start, static_cast<std::int64_t>(text.size())));
                const auto end = static_cast<std::size_t>(std::min<std::int64_t>(candidate.quote.end, static_cast<std::int64_t>(text.size())));
                const std::u32string words = text.substr(start, end - start);
                candidate.words = counter.count(words);
                candidate.quote.text = shorten(words, counter);
                candidates.push_back(std::move(candidate));
            }
        }
        for (const GroupRow& group : groups) {
            const auto found = byGroup.find(group.id);
            joint.groups.push_back({group.tag, group.label, found == byGroup.end() ? 0 : found->second.first,
                                    found == byGroup.end() ? 0 : static_cast<std::int64_t>(found->second.second.size()),
                                    group.sources});
        }
        joint.participants = static_cast<std::int64_t>(allSources.size());

        // Best first: spoken by a participant, then of quotable length; ties keep document order.
        const auto rank = [](const Candidate& c) {
            return (c.byParticipant ? 0 : 2) + (c.words >= 8 && c.words <= kMaxQuoteWords ? 0 : 1);
        };
        std::stable_sort(candidates.begin(), candidates.end(),
                         [&](const Candidate& a, const Candidate& b) { return rank(a) < rank(b); });
        std::set<std::int64_t> quotedSources;
        std::set<std::string> quotedGroups;
        // First pass: one quote per group; second pass: any participant not quoted yet.
        for (int pass = 0; pass < 2 && joint.quotes.size() < kMaxExemplarQuotes; ++pass)
            for (const Candidate& c : candidates) {
                if (joint.quotes.size() >= kMaxExemplarQuotes)
                    break;
                if (c.words == 0 || quotedSources.count(c.quote.sourceId) || (pass == 0 && quotedGroups.count(c.quote.group)))
                    continue;
                quotedSources.insert(c.quote.sourceId);
                quotedGroups.insert(c.quote.group);
                joint.quotes.push_back(c.quote);
            }
        display.themes.push_back(std::move(joint));
    }
    return display;
}

} // namespace hilo::analysis
