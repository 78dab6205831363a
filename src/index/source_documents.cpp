#include "source_documents.h"

#include "index_layout.h"
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
    std::string positional;
    std::string stemmed;
};

struct TurnRow {
    std::int64_t id = 0;
    std::int64_t start = 0; // speech_start
    std::int64_t end = 0;
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
    std::vector<IndexedWord> words;
    std::vector<std::string> attributeTerms;
    std::vector<std::pair<unsigned, double>> numericValues;
};

bool overlaps(std::int64_t aStart, std::int64_t aEnd, std::int64_t bStart, std::int64_t bEnd)
{
    return aStart < bEnd && bStart < aEnd;
}

void addWords(Xapian::Document& document, const std::vector<IndexedWord>& words, std::int64_t start, std::int64_t end)
{
    // Words are sorted by start: skip to the first that may overlap the span.
    auto it = std::lower_bound(words.begin(), words.end(), start,
                               [](const IndexedWord& w, std::int64_t s) { return w.end <= s; });
    Xapian::termpos position = 1;
    for (; it != words.end() && it->start < end; ++it, ++position) {
        if (!it->positional.empty())
            document.add_posting(it->positional, position);
        if (!it->stemmed.empty())
            document.add_posting(it->stemmed, position);
    }
}

void addCommon(Xapian::Document& document, const SourceRow& source, const std::string& kind, std::int64_t id,
               std::int64_t start, std::int64_t end)
{
    const std::string idTerm = std::string(kIdPrefix) + kind + ":" + std::to_string(id);
    document.add_boolean_term(idTerm);
    document.add_boolean_term(std::string(kKindPrefix) + kind);
    document.add_boolean_term(std::string(kSourcePrefix) + std::to_string(source.id));
    document.add_boolean_term(std::string(kGroupPrefix) + std::to_string(source.groupId));
    for (const std::string& term : source.attributeTerms)
        document.add_boolean_term(term);
    document.add_value(kSourceSlot, Xapian::sortable_serialise(static_cast<double>(source.id)));
    document.add_value(kStartSlot, Xapian::sortable_serialise(static_cast<double>(start)));
    document.add_value(kGroupSlot, std::to_string(source.groupId));
    for (const auto& [slot, value] : source.numericValues)
        document.add_value(slot, Xapian::sortable_serialise(value));
    // Enough to place a hit without SQLite: kind, id, source, span.
    document.set_data(kind + "\t" + std::to_string(id) + "\t" + std::to_string(source.id) + "\t" +
                      std::to_string(start) + "\t" + std::to_string(end));
}

void addCodeTerms(Xapian::Document& document, const CodeTree& codes, const CodingRow& coding)
{
    for (std::int64_t code : codes.lineage(coding.codeId))
        document.add_boolean_term(std::string(kCodePrefix) + std::to_string(code));
    document.add_boolean_term(std::string(kCoderPrefix) + std::to_string(coding.coderId));
}

std::optional<SourceRow> loadSource(Project& project, std::int64_t sourceId)
{
    auto statement = project.db().prepare("SELECT text, language, group_id FROM sources WHERE id = ?");
    statement.bind(1, sourceId);
    if (!statement.step())
        return std::nullopt;
    SourceRow source;
    source.id = sourceId;
    const std::string text = statement.columnText(0);
    source.language = statement.columnText(1);
    source.groupId = statement.columnInt(2);
    // Words repeat (Zipf): folding and stemming each distinct word once is most of the saving.
    std::unordered_map<std::string, std::pair<std::string, std::string>> terms;
    for (Word& word : splitWords(text)) {
        auto found = terms.find(word.text);
        if (found == terms.end())
            found = terms.emplace(word.text, std::pair(positionalTerm(word.text), stemmedTerm(word.text, source.language))).first;
        source.words.push_back({word.start, word.end, found->second.first, found->second.second});
    }

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

std::size_t reindexSource(Project& project, Xapian::WritableDatabase& database, const CodeTree& codes,
                          std::int64_t sourceId)
{
    database.delete_document(std::string(kSourcePrefix) + std::to_string(sourceId));
    const std::optional<SourceRow> source = loadSource(project, sourceId);
    if (!source)
        return 0;

    std::vector<TurnRow> turns;
    auto turnRows =
        project.db().prepare("SELECT id, speech_start, end, role FROM turns WHERE source_id = ? ORDER BY ordinal");
    turnRows.bind(1, sourceId);
    while (turnRows.step())
        turns.push_back({turnRows.columnInt(0), turnRows.columnInt(1), turnRows.columnInt(2), turnRows.columnText(3)});

    std::vector<CodingRow> codings;
    auto codingRows = project.db().prepare(
        "SELECT id, code_id, coder_id, start, end FROM codings WHERE source_id = ? ORDER BY start");
    codingRows.bind(1, sourceId);
    while (codingRows.step())
        codings.push_back({codingRows.columnInt(0), codingRows.columnInt(1), codingRows.columnInt(2),
                           codingRows.columnInt(3), codingRows.columnInt(4)});

    std::size_t written = 0;
    for (const TurnRow& turn : turns) {
        Xapian::Document document;
        addWords(document, source->words, turn.start, turn.end);
        addCommon(document, *source, "turn", turn.id, turn.start, turn.end);
        document.add_boolean_term(std::string(kRolePrefix) + turn.role);
        for (const CodingRow& coding : codings)
            if (overlaps(turn.start, turn.end, coding.start, coding.end))
                addCodeTerms(document, codes, coding);
        database.replace_document(std::string(kIdPrefix) + "turn:" + std::to_string(turn.id), document);
        ++written;
    }
    for (const CodingRow& coding : codings) {
        Xapian::Document document;
        addWords(document, source->words, coding.start, coding.end);
        addCommon(document, *source, "coding", coding.id, coding.start, coding.end);
        addCodeTerms(document, codes, coding);
        // A coding speaks with the voice of the turns it lies in.
        std::set<std::string> roles;
        for (const TurnRow& turn : turns)
            if (overlaps(turn.start, turn.end, coding.start, coding.end))
                roles.insert(turn.role);
        for (const std::string& role : roles)
            document.add_boolean_term(std::string(kRolePrefix) + role);
        database.replace_document(std::string(kIdPrefix) + "coding:" + std::to_string(coding.id), document);
        ++written;
    }
    return written;
}

} // namespace hilo::index
