#include "code_matrix.h"

#include "attribute_bins.h"
#include "index/search.h"
#include "project/codebook_store.h"
#include "project/coder_store.h"
#include "text/unicode_text.h"
#include "text/user_error.h"
#include "word_count.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <set>

namespace hilo::analysis {
namespace {

struct Coded {
    std::int64_t id;
    std::int64_t start;
    std::int64_t end;
};

// Codings per source, in the order they are read (source, start, id).
using CodedBySource = std::map<std::int64_t, std::vector<Coded>>;

struct SourceRow {
    std::int64_t id;
    std::string name;
    std::int64_t groupId;
};

class TextCache {
public:
    explicit TextCache(Project& project) : project_(project) {}

    WordCounter& counter() { return counter_; }

    const std::u32string& text(std::int64_t sourceId)
    {
        auto found = texts_.find(sourceId);
        if (found != texts_.end())
            return found->second;
        auto query = project_.db().prepare("SELECT text FROM sources WHERE id = ?");
        query.bind(1, sourceId);
        std::u32string text = query.step() ? text::toUtf32(query.columnText(0)) : std::u32string();
        return texts_.emplace(sourceId, std::move(text)).first->second;
    }

private:
    Project& project_;
    std::map<std::int64_t, std::u32string> texts_;
    WordCounter counter_;
};

// Words in the union of the spans: sorted by start, overlapping or touching spans merged.
std::int64_t wordsInUnion(std::vector<Coded> spans, const std::u32string& text, WordCounter& counter)
{
    std::sort(spans.begin(), spans.end(), [](const Coded& a, const Coded& b) { return a.start < b.start; });
    std::int64_t words = 0;
    std::int64_t runStart = -1;
    std::int64_t runEnd = -1;
    const auto flush = [&] {
        if (runStart < 0)
            return;
        const auto start = static_cast<std::size_t>(std::min<std::int64_t>(runStart, static_cast<std::int64_t>(text.size())));
        const auto end = static_cast<std::size_t>(std::min<std::int64_t>(runEnd, static_cast<std::int64_t>(text.size())));
        words += counter.count(std::u32string_view(text).substr(start, end - start));
    };
    for (const Coded& span : spans) {
        if (runStart >= 0 && span.start <= runEnd) {
            runEnd = std::max(runEnd, span.end);
            continue;
        }
        flush();
        runStart = span.start;
        runEnd = span.end;
    }
    flush();
    return words;
}

// Every source is in exactly one column, so a total is the sum of its cells: no recount.
MatrixCell sumOf(const std::vector<MatrixCell>& cells, std::int64_t sources)
{
    MatrixCell total;
    for (const MatrixCell& cell : cells) {
        total.excerpts += cell.excerpts;
        total.participants += cell.participants;
        total.words += cell.words;
        total.codingIds.insert(total.codingIds.end(), cell.codingIds.begin(), cell.codingIds.end());
    }
    total.percent = sources == 0 ? 0.0 : 100.0 * static_cast<double>(total.participants) / static_cast<double>(sources);
    return total;
}

MatrixCell cellOver(const std::vector<std::int64_t>& sourceIds, const CodedBySource& coded, TextCache& texts)
{
    MatrixCell cell;
    for (std::int64_t sourceId : sourceIds) {
        const auto found = coded.find(sourceId);
        if (found == coded.end() || found->second.empty())
            continue;
        ++cell.participants;
        std::set<std::int64_t> ids;
        for (const Coded& c : found->second)
            if (ids.insert(c.id).second)
                cell.codingIds.push_back(c.id);
        cell.words += wordsInUnion(found->second, texts.text(sourceId), texts.counter());
    }
    cell.excerpts = static_cast<std::int64_t>(cell.codingIds.size());
    cell.percent = sourceIds.empty() ? 0.0 : 100.0 * static_cast<double>(cell.participants) / static_cast<double>(sourceIds.size());
    return cell;
}

std::vector<SourceRow> allSources(Project& project)
{
    std::vector<SourceRow> sources;
    auto query = project.db().prepare("SELECT s.id, s.name, s.group_id FROM sources s JOIN groups g ON g.id = s.group_id "
                                      "ORDER BY g.position, s.name");
    while (query.step())
        sources.push_back({query.columnInt(0), query.columnText(1), query.columnInt(2)});
    return sources;
}

std::vector<MatrixColumn> groupColumns(Project& project, const std::vector<SourceRow>& sources)
{
    std::vector<MatrixColumn> columns;
    std::map<std::int64_t, std::size_t> byGroup;
    auto query = project.db().prepare("SELECT id, tag FROM groups ORDER BY position");
    while (query.step()) {
        byGroup[query.columnInt(0)] = columns.size();
        columns.push_back({query.columnText(1), 0, {}});
    }
    for (const SourceRow& s : sources)
        columns[byGroup.at(s.groupId)].sourceIds.push_back(s.id);
    return columns;
}

std::vector<MatrixColumn> attributeColumns(Project& project, const std::vector<SourceRow>& sources,
                                           const MatrixOptions& options, std::string& title)
{
    auto attribute = project.db().prepare("SELECT id, name, type FROM attributes WHERE name = ? COLLATE NOCASE");
    attribute.bind(1, options.attribute);
    if (!attribute.step()) {
        std::string known;
        auto names = project.db().prepare("SELECT name FROM attributes ORDER BY name");
        while (names.step())
            known += (known.empty() ? "" : ", ") + names.columnText(0);
        throw UserError("no attribute '" + options.attribute + "' (columns can be group, source" +
                        (known.empty() ? std::string() : ", " + known) + ")");
    }
    const std::int64_t attributeId = attribute.columnInt(0);
    title = attribute.columnText(1);
    const bool numeric = attribute.columnText(2) == "number";
    if (!options.binEdges.empty() && !numeric)
        throw UserError("attribute '" + title + "' is not a number, so it cannot be cut into bands");

    std::map<std::int64_t, std::string> values;
    auto query = project.db().prepare("SELECT source_id, value FROM source_attributes WHERE attribute_id = ?");
    query.bind(1, attributeId);
    while (query.step())
        if (!query.columnText(1).empty())
            values[query.columnInt(0)] = query.columnText(1);

    std::vector<MatrixColumn> columns;
    std::vector<std::int64_t> withoutValue;
    if (numeric) {
        // A value that does not read as a number (edited by hand, say) counts as no value.
        std::map<std::int64_t, double> parsed;
        for (const auto& [id, value] : values) {
            double number = 0;
            const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), number);
            if (error == std::errc() && end == value.data() + value.size())
                parsed[id] = number;
        }
        std::vector<double> numbers;
        for (const auto& [id, number] : parsed)
            numbers.push_back(number);
        const std::vector<NumericBin> bins = makeBins(numbers, options.binEdges);
        for (const NumericBin& bin : bins)
            columns.push_back({bin.label, 0, {}});
        for (const SourceRow& s : sources) {
            const auto found = parsed.find(s.id);
            bool placed = false;
            if (found != parsed.end())
                for (std::size_t i = 0; i < bins.size() && !placed; ++i)
                    if (bins[i].contains(found->second)) {
                        columns[i].sourceIds.push_back(s.id);
                        placed = true;
                    }
            if (!placed)
                withoutValue.push_back(s.id);
        }
    } else {
        // Text values: one column per value, in accent- and case-blind order; values that
        // differ only in case or accents share a column (labelled as first seen).
        std::map<std::string, std::size_t> byKey;
        std::map<std::string, std::string> labels;
        for (const auto& [id, value] : values)
            labels.emplace(text::fold(value), value);
        for (const auto& [key, label] : labels) {
            byKey[key] = columns.size();
            columns.push_back({label, 0, {}});
        }
        for (const SourceRow& s : sources) {
            const auto found = values.find(s.id);
            if (found == values.end())
                withoutValue.push_back(s.id);
            else
                columns[byKey.at(text::fold(found->second))].sourceIds.push_back(s.id);
        }
    }
    if (!withoutValue.empty())
        columns.push_back({"(no value)", 0, withoutValue});
    return columns;
}

std::vector<std::int64_t> codingFilterIds(Project& project, const MatrixOptions& options, bool& filtered)
{
    filtered = options.query.has_value();
    if (!options.query)
        return {};
    std::vector<std::int64_t> ids = matchingCodingIds(project, *options.query);
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

const char* cellMeasureName(CellMeasure measure)
{
    switch (measure) {
    case CellMeasure::Excerpts: return "excerpts";
    case CellMeasure::Participants: return "participants";
    case CellMeasure::Percent: return "percent";
    case CellMeasure::Words: return "words";
    }
    return "excerpts";
}

std::optional<CellMeasure> cellMeasureFromName(const std::string& name)
{
    for (CellMeasure m : {CellMeasure::Excerpts, CellMeasure::Participants, CellMeasure::Percent, CellMeasure::Words})
        if (name == cellMeasureName(m))
            return m;
    return std::nullopt;
}

double MatrixCell::value(CellMeasure measure) const
{
    switch (measure) {
    case CellMeasure::Excerpts: return static_cast<double>(excerpts);
    case CellMeasure::Participants: return static_cast<double>(participants);
    case CellMeasure::Percent: return percent;
    case CellMeasure::Words: return static_cast<double>(words);
    }
    return 0;
}

CodeMatrix buildCodeMatrix(Project& project, const MatrixOptions& options)
{
    CodeMatrix matrix;
    const std::vector<SourceRow> sources = allSources(project);
    matrix.sources = static_cast<std::int64_t>(sources.size());
    switch (options.columns) {
    case ColumnKind::Group:
        matrix.columnTitle = "group";
        matrix.columns = groupColumns(project, sources);
        break;
    case ColumnKind::Attribute:
        matrix.columns = attributeColumns(project, sources, options, matrix.columnTitle);
        break;
    case ColumnKind::Source:
        matrix.columnTitle = "source";
        for (const SourceRow& s : sources)
            matrix.columns.push_back({s.name, 0, {s.id}});
        break;
    }
    for (MatrixColumn& column : matrix.columns)
        column.sources = static_cast<std::int64_t>(column.sourceIds.size());

    // Rows, and for every code the rows it rolls up into (itself and its ancestors shown).
    const std::vector<CodeRecord> codes = CodebookStore(project).codes();
    std::map<std::int64_t, std::optional<std::int64_t>> parentOf;
    std::map<std::int64_t, std::size_t> rowOf;
    for (const CodeRecord& code : codes) {
        parentOf[code.id] = code.parentId;
        if (options.maxDepth > 0 && code.depth >= options.maxDepth)
            continue;
        rowOf[code.id] = matrix.rows.size();
        matrix.rows.push_back({code.id, code.path, code.name, code.depth, {}, {}});
    }

    std::optional<std::int64_t> coderId;
    if (options.coder)
        coderId = CoderStore(project).require(*options.coder).id;
    bool queryFiltered = false;
    const std::vector<std::int64_t> allowed = codingFilterIds(project, options, queryFiltered);

    std::vector<CodedBySource> perRow(matrix.rows.size());
    CodedBySource anyCode;
    auto query = project.db().prepare("SELECT id, source_id, code_id, coder_id, start, end FROM codings "
                                      "ORDER BY source_id, start, id");
    while (query.step()) {
        const Coded coded{query.columnInt(0), query.columnInt(4), query.columnInt(5)};
        if (coderId && query.columnInt(3) != *coderId)
            continue;
        if (queryFiltered && !std::binary_search(allowed.begin(), allowed.end(), coded.id))
            continue;
        const std::int64_t sourceId = query.columnInt(1);
        anyCode[sourceId].push_back(coded);
        for (std::optional<std::int64_t> code = query.columnInt(2); code; code = parentOf[*code])
            if (const auto row = rowOf.find(*code); row != rowOf.end())
                perRow[row->second][sourceId].push_back(coded);
    }

    TextCache texts(project);
    for (std::size_t r = 0; r < matrix.rows.size(); ++r) {
        for (const MatrixColumn& column : matrix.columns)
            matrix.rows[r].cells.push_back(cellOver(column.sourceIds, perRow[r], texts));
        matrix.rows[r].total = sumOf(matrix.rows[r].cells, matrix.sources);
    }
    for (const MatrixColumn& column : matrix.columns)
        matrix.columnTotals.push_back(cellOver(column.sourceIds, anyCode, texts));
    matrix.grandTotal = sumOf(matrix.columnTotals, matrix.sources);
    return matrix;
}

CodeRowTest rowTest(const CodeMatrix& matrix, std::size_t row)
{
    std::vector<std::int64_t> coded;
    std::vector<std::int64_t> total;
    for (std::size_t c = 0; c < matrix.columns.size(); ++c) {
        coded.push_back(matrix.rows.at(row).cells[c].participants);
        total.push_back(matrix.columns[c].sources);
    }
    return testCodeRow(coded, total);
}

} // namespace hilo::analysis
