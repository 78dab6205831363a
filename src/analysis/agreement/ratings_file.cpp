#include "analysis/agreement/ratings_file.h"

#include "import/file_bytes.h"
#include "text/csv_reader.h"
#include "text/user_error.h"

#include <set>

namespace hilo::analysis {

namespace {

std::string trimmed(const std::string& text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    return text.substr(first, last - first + 1);
}

} // namespace

RatingsTable readRatingsCsv(const std::filesystem::path& file)
{
    const std::string name = file.string();
    const std::string bytes = import::readFileBytes(file); // names the file when unreadable
    const text::CsvTable table = text::parseCsv(bytes, name);
    RatingsTable out;
    std::set<std::string> seen;
    for (std::size_t c = 0; c < table.header.size(); ++c) {
        const std::string coder = trimmed(table.header[c]);
        if (coder.empty())
            throw UserError(name + ":1: column " + std::to_string(c + 1) + " has no coder name in the header");
        if (!seen.insert(coder).second)
            throw UserError(name + ":1: coder '" + coder + "' names two columns");
        out.coders.push_back(coder);
    }
    if (out.coders.size() < 2)
        throw UserError(name + ":1: the header names " + std::to_string(out.coders.size()) +
                        " coder; agreement needs a column per coder and at least two");
    std::vector<std::vector<std::string>> rows;
    for (const text::CsvRow& row : table.rows) {
        if (row.fields.size() > out.coders.size())
            throw UserError(name + ":" + std::to_string(row.line) + ": " + std::to_string(row.fields.size()) +
                            " cells for " + std::to_string(out.coders.size()) + " coders");
        std::vector<std::string> cells;
        bool any = false;
        for (const std::string& field : row.fields) {
            cells.push_back(trimmed(field));
            any = any || !cells.back().empty();
        }
        if (any) {
            rows.push_back(std::move(cells));
            out.lines.push_back(row.line);
        }
    }
    if (rows.empty())
        throw UserError(name + ": no units (rows of ratings) below the header");
    out.ratings = RatingsMatrix::fromStrings(rows, out.coders.size(), &out.labels);
    out.numeric = out.labels.empty();
    return out;
}

} // namespace hilo::analysis
