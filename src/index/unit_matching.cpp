#include "unit_matching.h"

#include "hit_record.h"
#include "index_layout.h"
#include "query_parser.h"
#include "terms.h"
#include "text/unicode_text.h"
#include "text/user_error.h"

#include <xapian.h>

#include <algorithm>
#include <map>
#include <tuple>

namespace hilo {
namespace {

struct TurnDocument {
    Xapian::Document document;
    index::HitRecord record;
};

// Filters the caller adds to the query: kind:turn always, then role and source.
Xapian::Query scoped(const index::ParsedQuery& parsed, const UnitQuery& request)
{
    std::vector<Xapian::Query> filters{Xapian::Query(std::string(index::kKindPrefix) + "turn")};
    if (request.role && parsed.filterNames.count("role") == 0)
        filters.emplace_back(index::kRolePrefix + *request.role);
    if (request.sourceId)
        filters.emplace_back(index::kSourcePrefix + std::to_string(*request.sourceId));
    return Xapian::Query(Xapian::Query::OP_FILTER, parsed.query,
                         Xapian::Query(Xapian::Query::OP_AND, filters.begin(), filters.end()));
}

std::vector<TurnDocument> matchingTurns(const Xapian::Database& database, const Xapian::Query& query)
{
    Xapian::Enquire enquire(database);
    enquire.set_query(query);
    enquire.set_weighting_scheme(Xapian::BoolWeight()); // every match counts alike
    const Xapian::doccount everything = database.get_doccount();
    const Xapian::MSet matches = enquire.get_mset(0, everything, everything);
    std::vector<TurnDocument> turns;
    turns.reserve(matches.size());
    for (auto match = matches.begin(); match != matches.end(); ++match) {
        Xapian::Document document = match.get_document();
        index::HitRecord record = index::decodeHitRecord(document.get_data());
        turns.push_back({std::move(document), std::move(record)});
    }
    return turns;
}

// A document for one part of a turn: the turn's filter terms and values (group, codes, coders,
// attributes, role, kind, source), with the part's own words, as the indexer writes them.
Xapian::Document partDocument(const Xapian::Document& turn, const std::string& partText, const std::string& language,
                              index::TermCache& terms)
{
    Xapian::Document part;
    for (auto term = turn.termlist_begin(); term != turn.termlist_end(); ++term) {
        const std::string name = *term;
        if (!name.empty() && name[0] == 'X') // filter terms; words are lower case or Z-prefixed stems
            part.add_boolean_term(name);
    }
    for (auto value = turn.values_begin(); value != turn.values_end(); ++value)
        part.add_value(value.get_valueno(), *value);
    Xapian::termpos position = 1;
    for (const index::Word& word : index::splitWords(partText)) {
        const index::WordTerms& wordTerms = terms.terms(word.text, language);
        if (!wordTerms.positional.empty())
            part.add_posting(wordTerms.positional, position);
        if (!wordTerms.stemmed.empty())
            part.add_term(wordTerms.stemmed);
        ++position;
    }
    return part;
}

// Xapian 1.4 marks its in-memory backend deprecated (it is kept for tests and small work like
// this); a Glass database would need a folder, and would put transcript words in a temporary
// file, which Hilo never does.
Xapian::WritableDatabase partsInMemory()
{
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
    return Xapian::InMemory::open();
#pragma GCC diagnostic pop
}

std::map<std::int64_t, std::string> sourceLanguages(Project& project)
{
    std::map<std::int64_t, std::string> languages;
    auto rows = project.db().prepare("SELECT id, language FROM sources");
    while (rows.step())
        languages[rows.columnInt(0)] = rows.columnText(1);
    return languages;
}

// The parts of the matched turns that match the query themselves, matched in a database in
// memory that holds one document per part.
std::vector<MatchedUnit> matchingParts(Project& project, const std::vector<TurnDocument>& turns,
                                       const Xapian::Query& query, const UnitSplitter& split)
{
    const std::map<std::int64_t, std::string> languages = sourceLanguages(project);
    Xapian::WritableDatabase parts = partsInMemory();
    std::vector<MatchedUnit> candidates; // by part document id - 1
    index::TermCache terms;
    for (const TurnDocument& turn : turns) {
        const std::string& language = languages.at(turn.record.sourceId);
        const std::string& speech = turn.record.text;
        for (const TextSpan& span : split(speech, language)) {
            const std::string partText = text::slice(speech, span.start, span.end);
            parts.add_document(partDocument(turn.document, partText, language, terms));
            candidates.push_back({turn.record.sourceId, turn.record.id, turn.record.start + span.start,
                                  turn.record.start + span.end});
        }
    }
    std::vector<MatchedUnit> matched;
    Xapian::Enquire enquire(parts);
    enquire.set_query(query);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    const Xapian::MSet matches = enquire.get_mset(0, parts.get_doccount(), parts.get_doccount());
    for (auto match = matches.begin(); match != matches.end(); ++match)
        matched.push_back(candidates[*match - 1]);
    return matched;
}

} // namespace

std::vector<MatchedUnit> matchUnits(Project& project, const UnitQuery& request)
{
    try {
        const std::filesystem::path folder = index::indexFolder(project.folder());
        if (!index::indexExists(folder))
            throw UserError(project.folder().string() + ": no search index yet (run `hilo reindex`)");
        const index::ParsedQuery parsed = index::parseQuery(project, request.query);
        const Xapian::Query query = scoped(parsed, request);
        Xapian::Database database(folder.string());
        const std::vector<TurnDocument> turns = matchingTurns(database, query);

        std::vector<MatchedUnit> units;
        if (!request.split) {
            for (const TurnDocument& turn : turns)
                units.push_back({turn.record.sourceId, turn.record.id, turn.record.start, turn.record.end});
        } else {
            units = matchingParts(project, turns, query, request.split);
        }
        std::sort(units.begin(), units.end(), [](const MatchedUnit& a, const MatchedUnit& b) {
            return std::tie(a.sourceId, a.start, a.end) < std::tie(b.sourceId, b.start, b.end);
        });
        return units;
    } catch (const Xapian::Error& e) {
        throw UserError("search: " + e.get_description());
    }
}

} // namespace hilo
