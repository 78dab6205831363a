// Codebooks as spreadsheets: one row per code, named by its path.
//
// Reading accepts rows in any order and creates parents that only appear inside other paths
// (with a new GUID, codable); siblings keep the order in which they first appear. Paths are
// matched the way sibling names are compared, without case or accents, so "Harm" and
// "harm/Online" meet and two rows naming the same code are refused. GUIDs and colours are
// stored lower-case. Text cells are kept exactly as written (no trimming).
#include "codebook_formats.h"

#include "code_path.h"
#include "text/csv_reader.h"
#include "text/csv_writer.h"
#include "text/unicode_text.h"
#include "text/user_error.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <optional>

namespace hilo::codebook {
namespace {

constexpr int kMaxDepth = 64; // as for .qdc files

enum class Column { Path, Guid, LabelEs, Definition, Inclusion, Exclusion, Example, Memo, Color, Codable, Count };

// In the order Hilo writes them; the names are also what the header must use.
constexpr std::array<const char*, static_cast<std::size_t>(Column::Count)> kColumnNames{
    "path", "guid", "label_es", "definition", "inclusion", "exclusion", "example", "memo", "color", "codable"};

// The text columns and the Code field each fills.
constexpr std::array<std::pair<Column, std::string Code::*>, 6> kTextColumns{{
    {Column::LabelEs, &Code::labelEs},
    {Column::Definition, &Code::definition},
    {Column::Inclusion, &Code::inclusion},
    {Column::Exclusion, &Code::exclusion},
    {Column::Example, &Code::example},
    {Column::Memo, &Code::memo},
}};

std::string expectedColumns()
{
    std::string list;
    for (const char* name : kColumnNames)
        list += (list.empty() ? "" : ", ") + std::string(name);
    return list;
}

std::string lowerAscii(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); });
    return s;
}

std::string trimmed(const std::string& s)
{
    const auto first = s.find_first_not_of(" \t");
    if (first == std::string::npos)
        return {};
    return s.substr(first, s.find_last_not_of(" \t") - first + 1);
}

// Where each known column is in the file (npos when absent).
class ColumnMap {
public:
    ColumnMap(const text::CsvTable& table, const std::string& fileName)
    {
        index_.fill(std::string::npos);
        for (std::size_t i = 0; i < table.header.size(); ++i)
            place(table, i, fileName);
        if (index_[0] == std::string::npos)
            throw UserError(fileName + ":1: no 'path' column (a codebook CSV needs path and may have " +
                            expectedColumns() + ")");
    }

    const std::string& cell(const text::CsvRow& row, Column column) const
    {
        static const std::string empty;
        const std::size_t i = index_[static_cast<std::size_t>(column)];
        return i == std::string::npos ? empty : row.fields[i];
    }

    // "codes.csv:LINE:COLUMN" for a cell, for errors.
    std::string where(const std::string& fileName, const text::CsvRow& row, Column column) const
    {
        return fileName + ":" + std::to_string(row.line) + ":" +
               std::to_string(index_[static_cast<std::size_t>(column)] + 1);
    }

private:
    void place(const text::CsvTable& table, std::size_t i, const std::string& fileName)
    {
        const std::string name = trimmed(table.header[i]);
        const std::string at = fileName + ":1:" + std::to_string(i + 1) + ": ";
        if (name.empty()) {
            // Spreadsheets often save a few empty columns after the last one; harmless.
            const bool unused = std::all_of(table.rows.begin(), table.rows.end(),
                                            [&](const text::CsvRow& row) { return trimmed(row.fields[i]).empty(); });
            if (unused)
                return;
            throw UserError(at + "a column with values has no name (expected " + expectedColumns() + ")");
        }
        const auto known = std::find_if(kColumnNames.begin(), kColumnNames.end(),
                                        [&](const char* candidate) { return text::fold(name) == candidate; });
        if (known == kColumnNames.end())
            throw UserError(at + "unknown column '" + name + "' (expected " + expectedColumns() + ")");
        std::size_t& slot = index_[static_cast<std::size_t>(known - kColumnNames.begin())];
        if (slot != std::string::npos)
            throw UserError(at + "column '" + name + "' appears twice (also column " + std::to_string(slot + 1) + ")");
        slot = i;
    }

    std::array<std::size_t, static_cast<std::size_t>(Column::Count)> index_{};
};

std::optional<bool> parseCodable(const std::string& value)
{
    const std::string v = text::fold(trimmed(value)); // "Sí", "TRUE", "No"
    if (v.empty() || v == "true" || v == "yes" || v == "1" || v == "si")
        return true;
    if (v == "false" || v == "no" || v == "0")
        return false;
    return std::nullopt;
}

// The tree under construction. Nodes live in a vector and refer to their children by index,
// so rows can arrive in any order.
class TreeBuilder {
public:
    TreeBuilder(const ColumnMap& columns, const std::string& fileName) : columns_(columns), fileName_(fileName) {}

    void addRow(const text::CsvRow& row)
    {
        const std::vector<std::string> names = splitPath(row);
        std::size_t parent = kRoot;
        std::string key;
        for (std::size_t depth = 0; depth < names.size(); ++depth) {
            key += (depth == 0 ? "" : "/") + joinCodePath({text::fold(names[depth])});
            parent = findOrCreate(key, parent, names[depth]);
        }
        Node& node = nodes_[parent];
        if (node.line != 0)
            throw UserError(fileName_ + ":" + std::to_string(row.line) + ": " + describeRepeat(node, names) +
                            " (lines " + std::to_string(node.line) + " and " + std::to_string(row.line) + ")");
        node.line = row.line;
        node.code.name = names.back(); // as the code's own row spells it
        node.path = names;
        fill(node.code, row);
    }

    std::vector<Code> build() const { return buildChildren(nodes_[kRoot]); }

private:
    static constexpr std::size_t kRoot = 0;

    struct Node {
        Code code;                          // without children, which are built at the end
        std::vector<std::string> path;      // as written on the code's row
        long line = 0;                      // of the code's row; 0 while only a parent in paths
        std::vector<std::size_t> children;
    };

    std::vector<std::string> splitPath(const text::CsvRow& row) const
    {
        std::vector<std::string> names;
        try {
            names = splitCodePath(columns_.cell(row, Column::Path));
        } catch (const UserError& error) {
            throw UserError(fileName_ + ":" + std::to_string(row.line) + ": " + error.what());
        }
        if (names.size() > static_cast<std::size_t>(kMaxDepth))
            throw UserError(fileName_ + ":" + std::to_string(row.line) + ": code path is nested more than " +
                            std::to_string(kMaxDepth) + " levels deep");
        return names;
    }

    std::size_t findOrCreate(const std::string& key, std::size_t parent, const std::string& name)
    {
        if (const auto found = byKey_.find(key); found != byKey_.end())
            return found->second;
        Node node;
        node.code.name = name;
        node.code.guid = newGuid();
        nodes_.push_back(std::move(node));
        const std::size_t index = nodes_.size() - 1;
        nodes_[parent].children.push_back(index);
        byKey_.emplace(key, index);
        return index;
    }

    static std::string describeRepeat(const Node& first, const std::vector<std::string>& again)
    {
        const std::string a = joinCodePath(first.path);
        const std::string b = joinCodePath(again);
        if (a == b)
            return "code '" + a + "' is listed twice";
        return "'" + b + "' is the same code as '" + a + "' (names are compared without case or accents)";
    }

    void fill(Code& code, const text::CsvRow& row) const
    {
        for (const auto& [column, field] : kTextColumns)
            code.*field = columns_.cell(row, column);

        const std::string guid = lowerAscii(trimmed(columns_.cell(row, Column::Guid)));
        if (!guid.empty() && !isWellFormedGuid(guid))
            throw UserError(columns_.where(fileName_, row, Column::Guid) + ": malformed guid '" + guid +
                            "' (expected 8-4-4-4-12 hexadecimal digits, or leave it empty for a new one)");
        if (!guid.empty())
            code.guid = guid; // else keep the one made when the node was created

        code.color = lowerAscii(trimmed(columns_.cell(row, Column::Color)));
        const bool hex = std::all_of(code.color.begin() + std::min<std::size_t>(1, code.color.size()), code.color.end(),
                                     [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; });
        if (!code.color.empty() && (code.color.size() != 7 || code.color[0] != '#' || !hex))
            throw UserError(columns_.where(fileName_, row, Column::Color) + ": colour '" +
                            trimmed(columns_.cell(row, Column::Color)) +
                            "' is not of the form #rrggbb (like #e57373), or leave it empty");

        const std::optional<bool> codable = parseCodable(columns_.cell(row, Column::Codable));
        if (!codable)
            throw UserError(columns_.where(fileName_, row, Column::Codable) + ": codable is '" +
                            columns_.cell(row, Column::Codable) + "' (expected true or false, yes or no)");
        code.codable = *codable;
    }

    std::vector<Code> buildChildren(const Node& node) const
    {
        std::vector<Code> codes;
        codes.reserve(node.children.size());
        for (const std::size_t child : node.children) {
            Code code = nodes_[child].code;
            code.children = buildChildren(nodes_[child]);
            codes.push_back(std::move(code));
        }
        return codes;
    }

    const ColumnMap& columns_;
    const std::string& fileName_;
    std::vector<Node> nodes_{Node{}};           // [kRoot] holds the top level
    std::map<std::string, std::size_t> byKey_;  // folded path -> node
};

bool isEmptyRow(const text::CsvRow& row)
{
    return std::all_of(row.fields.begin(), row.fields.end(), [](const std::string& f) { return trimmed(f).empty(); });
}

} // namespace

Codebook readCodebookCsv(std::string_view utf8, const std::string& fileName)
{
    const text::CsvTable table = text::parseCsv(utf8, fileName);
    const ColumnMap columns(table, fileName);
    TreeBuilder builder(columns, fileName);
    for (const text::CsvRow& row : table.rows)
        if (!isEmptyRow(row)) // spreadsheets save empty rows as ",,,"
            builder.addRow(row);
    Codebook book;
    book.codes = builder.build();
    validate(book, fileName);
    return book;
}

std::string writeCodebookCsv(const Codebook& codebook)
{
    std::string out;
    for (const char* name : kColumnNames)
        out += (out.empty() ? "" : ",") + std::string(name);
    out += "\n";
    for (const FlatCode& flat : flatten(codebook)) {
        const Code& code = *flat.code;
        const std::string fields[] = {joinCodePath(flat.path), code.guid, code.labelEs, code.definition,
                                      code.inclusion, code.exclusion, code.example, code.memo,
                                      lowerAscii(code.color), code.codable ? "true" : "false"};
        for (std::size_t i = 0; i < std::size(fields); ++i)
            out += (i == 0 ? "" : ",") + text::csvField(fields[i]);
        out += "\n";
    }
    return out;
}

} // namespace hilo::codebook
