#include "quote_suggestions.h"

#include "index/search.h"
#include "index/terms.h"
#include "project/codebook_store.h"
#include "project/source_store.h"
#include "quote_text.h"
#include "quote_trimming.h"
#include "text/unicode_text.h"
#include "text/user_error.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <tuple>

namespace hilo::quotes {
namespace {

// The code's own words as an OR query: excerpts that use them score higher.
std::string wordsQuery(const CodeRecord& code)
{
    static const std::set<std::string> operators = {"and", "or", "not", "near"};
    std::set<std::string> words;
    for (const std::string& field : {code.name, code.labelEs, code.example})
        for (const index::Word& word : index::splitWords(text::toNfc(field)))
            if (text::codePointLength(word.text) >= 4 && !operators.count(text::fold(word.text)))
                words.insert(text::fold(word.text));
    std::string query;
    for (const std::string& word : words)
        query += (query.empty() ? "" : " OR ") + word;
    return query;
}

struct SourceInfo {
    std::string text;
    std::string language;
    std::string participant;
};

} // namespace

std::vector<Suggestion> suggestQuotes(Project& project, const SuggestOptions& options)
{
    if (options.perGroup < 1)
        throw UserError("--per-group must be at least 1");
    if (options.minLength < 0 || options.maxLength < options.minLength)
        throw UserError("the length bounds must satisfy 0 <= min <= max");
    const CodeRecord code = CodebookStore(project).code(options.code);
    const std::string filter = "code:" + code.guid + " kind:coding role:participant";

    std::map<std::int64_t, SearchHit> hits; // coding id -> hit with its best weight
    SearchOptions all;
    all.limit = 100000;
    for (const SearchHit& hit : search(project, filter, all).hits)
        hits[hit.id] = hit;
    if (const std::string words = wordsQuery(code); !words.empty()) {
        try {
            for (const SearchHit& hit : search(project, "(" + words + ") " + filter, all).hits)
                hits[hit.id].weight = hit.weight;
        } catch (const UserError&) {
            // A word the query language reads otherwise only loses the ranking, not the codings.
        }
    }

    std::map<std::int64_t, SourceInfo> sources;
    {
        auto query = project.db().prepare("SELECT id, text, language, coalesce(nullif(participant, ''), name) FROM sources");
        while (query.step())
            sources[query.columnInt(0)] = {query.columnText(1), query.columnText(2), query.columnText(3)};
    }
    std::set<std::pair<std::int64_t, std::int64_t>> taken; // (source, start) of quotes in the basket
    std::set<std::string> quoted;                          // participants the basket already quotes
    {
        auto query = project.db().prepare("SELECT q.source_id, q.start, coalesce(nullif(s.participant, ''), s.name) "
                                          "FROM quotes q JOIN sources s ON s.id = q.source_id");
        while (query.step()) {
            if (options.skipBasket)
                taken.emplace(query.columnInt(0), query.columnInt(1));
            quoted.insert(query.columnText(2));
        }
    }

    std::map<std::string, std::vector<Suggestion>> byGroup;
    for (const auto& [id, hit] : hits) {
        const SourceInfo& source = sources[hit.sourceId];
        auto turn = project.db().prepare("SELECT speech_start, end FROM turns WHERE source_id = ?1 AND start <= ?2 AND ?2 < end");
        turn.bind(1, hit.sourceId).bind(2, hit.start);
        std::optional<Bounds> words;
        if (turn.step() && turn.columnInt(1) > turn.columnInt(0) && hit.end <= turn.columnInt(1))
            words = Bounds{turn.columnInt(0), turn.columnInt(1)};
        Suggestion s;
        try {
            s.span = trimQuote(source.text, source.language, QuoteSpan{hit.start, hit.end, {}}, TrimOptions{}, words);
        } catch (const UserError&) {
            continue; // a coding of the speaker label alone has no words to quote
        }
        if (taken.count({hit.sourceId, s.span.start}))
            continue;
        s.codingId = id;
        s.sourceId = hit.sourceId;
        s.sourceName = hit.sourceName;
        s.groupTag = hit.groupTag;
        s.participant = source.participant;
        s.coder = hit.coder;
        s.weight = hit.weight;
        const std::int64_t length = s.span.end - s.span.start;
        s.withinBounds = length >= options.minLength && length <= options.maxLength;
        s.text = renderQuote(source.text, s.span).text;
        byGroup[hit.groupTag].push_back(std::move(s));
    }

    std::vector<Suggestion> result;
    std::set<std::string> participants;
    for (const GroupInfo& group : SourceStore(project).groups()) {
        auto found = byGroup.find(group.tag);
        if (found == byGroup.end())
            continue;
        std::vector<Suggestion>& candidates = found->second;
        // Voices the basket lacks first, then within bounds, then by weight; ties go to the
        // shorter quote, then the source.
        std::sort(candidates.begin(), candidates.end(), [&quoted](const Suggestion& a, const Suggestion& b) {
            const bool aNew = !quoted.count(a.participant);
            const bool bNew = !quoted.count(b.participant);
            if (aNew != bNew)
                return aNew;
            if (a.withinBounds != b.withinBounds)
                return a.withinBounds;
            if (a.weight != b.weight)
                return a.weight > b.weight;
            const auto la = a.span.end - a.span.start;
            const auto lb = b.span.end - b.span.start;
            if (la != lb)
                return la < lb;
            return std::tie(a.sourceName, a.span.start) < std::tie(b.sourceName, b.span.start);
        });
        int chosen = 0;
        for (Suggestion& candidate : candidates) {
            if (chosen == options.perGroup)
                break;
            if (!participants.insert(candidate.participant).second)
                continue;
            result.push_back(std::move(candidate));
            ++chosen;
        }
    }
    return result;
}

} // namespace hilo::quotes
