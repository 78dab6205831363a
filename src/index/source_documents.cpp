#include "source_documents.h"

#include "hit_record.h"
#include "index_layout.h"
#include "passage_columns.h"
#include "terms.h"
#include "text/unicode_text.h"

#include <algorithm>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace hilo::index {
namespace {

struct IndexedWord {
    std::int64_t start = 0;
    std::int64_t end = 0;
    const WordTerms* terms = nullptr; // owned by the TermCache, which outlives the build
};

struct TurnRow {
    std::int64_t id = 0;
    std::int64_t start = 0; // speech_start
    std::int64_t end = 0;
    std::string speaker;
    std::string role;
};

struct CodingRow {
    std::int64_t id = 0;
    std::int64_t codeId = 0;
    std::int64_t coderId = 0;
    std::int64_t start = 0;
    std::int64_t end = 0;
};

struct SourceRow {
    std::int64_t id = 0;
    std::int64_t groupId = 0;
    std::string language;
    std::string text;
    std::vector<std::size_t> codePointBytes; // byte offset of each code point, and of the end
    std::vector<IndexedWord> words;
    std::vector<std::string> attributeTerms;
    std::vector<std::pair<unsigned, double>> numericValues;
};

// The text of code points [start, end), clamped to the source.
std::string spanText(const SourceRow& source, std::int64_t start, std::int64_t end)
{
    const auto last = static_cast<std::int64_t>(source.codePointBytes.size()) - 1;
    const auto from = source.codePointBytes[static_cast<std::size_t>(std::clamp<std::int64_t>(start, 0, last))];
    const auto to = source.codePointBytes[static_cast<std::size_t>(std::clamp<std::int64_t>(end, 0, last))];
    return source.text.substr(from, to > from ? to - from : 0);
}

bool overlaps(std::int64_t aStart, std::int64_t aEnd, std::int64_t bStart, std::int64_t bEnd)
{
    return aStart < bEnd && bStart < aEnd;
}

// Returns the number of words added; adds each pair of neighbouring words to `pairs`.
std::int64_t addWords(Xapian::Document& document, const std::vector<IndexedWord>& words, std::int64_t start,
                      std::int64_t end, PairSignature& pairs)
{
    // Words are sorted by start: skip to the first that may overlap the span.
    auto it = std::lower_bound(words.begin(), words.end(), start,
                               [](const IndexedWord& w, std::int64_t s) { return w.end <= s; });
    Xapian::termpos position = 1;
    const std::string* previous = nullptr; // positional term at the position before, if any
    for (; it != words.end() && it->start < end; ++it, ++position) {
        const WordTerms& terms = *it->terms;
        if (!terms.positional.empty()) {
            document.add_posting(terms.positional, position);
            if (previous != nullptr)
                pairs.add(*previous, terms.positional);
        }
        if (!terms.stemmed.empty())
            document.add_term(terms.stemmed);
        previous = terms.positional.empty() ? nullptr : &terms.positional;
    }
    return static_cast<std::int64_t>(position) - 1;
}

void addCommon(Xapian::Document& document, const SourceRow& source, const std::string& kind)
{
    document.add_boolean_term(std::string(kKindPrefix) + kind);
    document.add_boolean_term(std::string(kSourcePrefix) + std::to_string(source.id));
    document.add_boolean_term(std::string(kGroupPrefix) + std::to_string(source.groupId));
    for (const std::string& term : source.attributeTerms)
        document.add_boolean_term(term);
    document.add_value(kSourceSlot, Xapian::sortable_serialise(static_cast<double>(source.id)));
    document.add_value(kGroupSlot, std::to_string(source.groupId));
    for (const auto& [slot, value] : source.numericValues)
        document.add_value(slot, Xapian::sortable_serialise(value));
}

// Filter terms for the codes (each with its ancestors) and coders of `codings`. Returns the
// codes with their ancestors, ascending.
std::vector<std::int64_t> addCodeTerms(Xapian::Document& document, const CodeTree& codes,
                                       const std::vector<const CodingRow*>& codings)
{
    std::set<std::int64_t> withAncestors;
    std::set<std::int64_t> coders;
    for (const CodingRow* coding : codings) {
        for (std::int64_t code : codes.lineage(coding->codeId))
            withAncestors.insert(code);
        coders.insert(coding->coderId);
    }
    for (std::int64_t code : withAncestors)
        document.add_boolean_term(std::string(kCodePrefix) + std::to_string(code));
    for (std::int64_t coder : coders)
        document.add_boolean_term(std::string(kCoderPrefix) + std::to_string(coder));
    return {withAncestors.begin(), withAncestors.end()};
}

// The codes a hit shows: those of every coding overlapping it, ascending.
std::vector<std::int64_t> directCodes(const std::vector<const CodingRow*>& codings)
{
    std::set<std::int64_t> ids;
    for (const CodingRow* coding : codings)
        ids.insert(coding->codeId);
    return {ids.begin(), ids.end()};
}

void finish(Xapian::Document& document, const HitRecord& record, const PassageFacts& facts,
            std::vector<BuiltDocument>& out)
{
    document.add_value(kStartSlot, Xapian::sortable_serialise(static_cast<double>(record.start)));
    document.add_value(kPassageSlot, packPassage(facts));
    document.set_data(encodeHitRecord(record));
    std::string idTerm = std::string(kIdPrefix) + record.kind + ":" + std::to_string(record.id);
    document.add_boolean_term(idTerm);
    out.push_back({std::move(idTerm), std::move(document)});
}

std::optional<SourceRow> loadSource(Project& project, TermCache& terms, std::int64_t sourceId)
{
    auto statement = project.db().prepare("SELECT text, language, group_id FROM sources WHERE id = ?");
    statement.bind(1, sourceId);
    if (!statement.step())
        return std::nullopt;
    SourceRow source;
    source.id = sourceId;
    source.text = statement.columnText(0);
    source.codePointBytes = text::codePointByteOffsets(source.text);
    source.language = statement.columnText(1);
    source.groupId = statement.columnInt(2);
    for (Word& word : splitWords(source.text))
        source.words.push_back({word.start, word.end, &terms.terms(word.text, source.language)});

    auto attributes = project.db().prepare(
        "SELECT a.id, a.name, a.type, sa.value FROM source_attributes sa "
        "JOIN attributes a ON a.id = sa.attribute_id WHERE sa.source_id = ?");
    attributes.bind(1, sourceId);
    while (attributes.step()) {
        const std::string term =
            std::string(kAttributePrefix) + text::fold(attributes.columnText(1)) + "=" + text::fold(attributes.columnText(3));
        if (term.size() <= kMaxTermBytes)
            source.attributeTerms.push_back(term);
        if (attributes.columnText(2) == "number") {
            try {
                source.numericValues.emplace_back(kAttributeSlotBase + static_cast<unsigned>(attributes.columnInt(0)),
                                                  std::stod(attributes.columnText(3)));
            } catch (const std::exception&) {
                // A "number" that does not parse is still found by equality; ranges skip it.
            }
        }
    }
    return source;
}

std::vector<TurnRow> loadTurns(Project& project, std::int64_t sourceId)
{
    std::vector<TurnRow> turns;
    auto rows = project.db().prepare(
        "SELECT id, speech_start, end, speaker, role FROM turns WHERE source_id = ? ORDER BY ordinal");
    rows.bind(1, sourceId);
    while (rows.step())
        turns.push_back({rows.columnInt(0), rows.columnInt(1), rows.columnInt(2), rows.columnText(3), rows.columnText(4)});
    return turns;
}

std::vector<CodingRow> loadCodings(Project& project, std::int64_t sourceId)
{
    std::vector<CodingRow> codings;
    auto rows = project.db().prepare(
        "SELECT id, code_id, coder_id, start, end FROM codings WHERE source_id = ? ORDER BY start");
    rows.bind(1, sourceId);
    while (rows.step())
        codings.push_back({rows.columnInt(0), rows.columnInt(1), rows.columnInt(2), rows.columnInt(3), rows.columnInt(4)});
    return codings;
}

std::vector<const CodingRow*> codingsOverlapping(const std::vector<CodingRow>& codings, std::int64_t start, std::int64_t end)
{
    std::vector<const CodingRow*> found;
    for (const CodingRow& coding : codings) {
        if (coding.start >= end)
            break; // sorted by start
        if (overlaps(start, end, coding.start, coding.end))
            found.push_back(&coding);
    }
    return found;
}

} // namespace

CodeTree CodeTree::load(Project& project)
{
    CodeTree tree;
    auto statement = project.db().prepare("SELECT id, parent_id FROM codes");
    while (statement.step())
        tree.parents[statement.columnInt(0)] = statement.columnOptionalInt(1);
    return tree;
}

std::vector<std::int64_t> CodeTree::lineage(std::int64_t codeId) const
{
    std::vector<std::int64_t> out;
    std::optional<std::int64_t> current = codeId;
    while (current && out.size() < parents.size() + 1) { // the bound guards against a cycle
        out.push_back(*current);
        const auto it = parents.find(*current);
        current = it == parents.end() ? std::nullopt : it->second;
    }
    return out;
}

SourceDocuments buildSourceDocuments(Project& project, const CodeTree& codes, TermCache& terms, std::int64_t sourceId)
{
    SourceDocuments built;
    built.sourceId = sourceId;
    const std::optional<SourceRow> source = loadSource(project, terms, sourceId);
    if (!source)
        return built;
    const std::vector<TurnRow> turns = loadTurns(project, sourceId);
    const std::vector<CodingRow> codings = loadCodings(project, sourceId);

    for (const TurnRow& turn : turns) {
        Xapian::Document document;
        PairSignature pairs;
        const std::int64_t words = addWords(document, source->words, turn.start, turn.end, pairs);
        addCommon(document, *source, "turn");
        document.add_boolean_term(std::string(kRolePrefix) + turn.role);
        const std::vector<const CodingRow*> covering = codingsOverlapping(codings, turn.start, turn.end);
        const PassageFacts facts{sourceId, turn.start, false, turn.id, source->groupId, words, pairs,
                                 addCodeTerms(document, codes, covering)};
        HitRecord record{"turn", turn.id, sourceId, turn.start, turn.end, 0, turn.speaker, turn.role,
                         directCodes(covering), spanText(*source, turn.start, turn.end)};
        finish(document, record, facts, built.documents);
    }
    for (const CodingRow& coding : codings) {
        Xapian::Document document;
        PairSignature pairs;
        const std::int64_t words = addWords(document, source->words, coding.start, coding.end, pairs);
        addCommon(document, *source, "coding");
        // Filtered by its own code and coder; shown with every code that overlaps it.
        const PassageFacts facts{sourceId, coding.start, true, coding.id, source->groupId, words, pairs,
                                 addCodeTerms(document, codes, {&coding})};
        HitRecord record{"coding", coding.id, sourceId, coding.start, coding.end, coding.coderId, "", "",
                         directCodes(codingsOverlapping(codings, coding.start, coding.end)),
                         spanText(*source, coding.start, coding.end)};
        // A coding speaks with the voice of the turns it lies in; its speaker is the first's.
        std::set<std::string> roles;
        for (const TurnRow& turn : turns)
            if (overlaps(turn.start, turn.end, coding.start, coding.end)) {
                if (roles.empty()) {
                    record.speaker = turn.speaker;
                    record.role = turn.role;
                }
                roles.insert(turn.role);
            }
        for (const std::string& role : roles)
            document.add_boolean_term(std::string(kRolePrefix) + role);
        finish(document, record, facts, built.documents);
    }
    return built;
}

std::size_t writeSourceDocuments(Xapian::WritableDatabase& database, SourceDocuments& source, bool emptyIndex)
{
    if (!emptyIndex)
        database.delete_document(std::string(kSourcePrefix) + std::to_string(source.sourceId));
    for (BuiltDocument& built : source.documents)
        database.add_document(built.document);
    return source.documents.size();
}

} // namespace hilo::index
