#include "csv_reader.h"

#include "unicode_text.h"
#include "user_error.h"

#include <csv.h>

#include <algorithm>

namespace hilo::text {
namespace {

struct ParseState {
    std::vector<std::vector<std::string>> rows;
    std::vector<long> rowLines;
    std::vector<std::string> current;
    long line = 1;      // line the parser has reached
    long rowStart = 1;  // line the current row started on
};

void onField(void* data, std::size_t length, void* context)
{
    auto* state = static_cast<ParseState*>(context);
    state->current.emplace_back(static_cast<const char*>(data), length);
}

void onRowEnd(int /*terminator*/, void* context)
{
    auto* state = static_cast<ParseState*>(context);
    const bool blank = state->current.size() == 1 && state->current.front().empty();
    if (!blank) {
        state->rows.push_back(std::move(state->current));
        state->rowLines.push_back(state->rowStart);
    }
    state->current.clear();
}

} // namespace

std::size_t CsvTable::column(const std::vector<std::string>& names) const
{
    for (std::size_t i = 0; i < header.size(); ++i)
        for (const std::string& name : names)
            if (fold(header[i]) == fold(name))
                return i;
    return std::string::npos;
}

CsvTable parseCsv(std::string_view utf8, const std::string& fileName)
{
    if (utf8.substr(0, 3) == "\xEF\xBB\xBF")
        utf8.remove_prefix(3);
    csv_parser parser;
    if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI) != 0)
        throw UserError(fileName + ": cannot start the CSV parser");

    ParseState state;
    // Feed line by line so errors and rows carry line numbers.
    std::size_t offset = 0;
    bool failed = false;
    while (offset < utf8.size() && !failed) {
        const std::size_t newline = utf8.find('\n', offset);
        const std::size_t end = newline == std::string_view::npos ? utf8.size() : newline + 1;
        if (state.current.empty())
            state.rowStart = state.line;
        const std::size_t chunk = end - offset;
        if (csv_parse(&parser, utf8.data() + offset, chunk, onField, onRowEnd, &state) != chunk)
            failed = true;
        else {
            offset = end;
            ++state.line;
        }
    }
    if (!failed && csv_fini(&parser, onField, onRowEnd, &state) != 0)
        failed = true;
    const std::string error = failed ? csv_strerror(csv_error(&parser)) : "";
    csv_free(&parser);
    if (failed)
        throw UserError(fileName + ":" + std::to_string(state.line) +
                        ": malformed CSV (" + error + ")");

    if (state.rows.empty())
        throw UserError(fileName + ": is empty (expected a header row)");

    CsvTable table;
    table.header = std::move(state.rows.front());
    for (std::string& name : table.header)
        name = std::string(name.begin(), std::find_if(name.rbegin(), name.rend(), [](char c) { return c != ' ' && c != '\r'; }).base());
    for (std::size_t i = 1; i < state.rows.size(); ++i) {
        std::vector<std::string>& fields = state.rows[i];
        if (fields.size() > table.header.size())
            throw UserError(fileName + ":" + std::to_string(state.rowLines[i]) + ": row has " +
                            std::to_string(fields.size()) + " fields but the header has " +
                            std::to_string(table.header.size()));
        fields.resize(table.header.size());
        for (std::string& field : fields)
            if (!field.empty() && field.back() == '\r')
                field.pop_back();
        table.rows.push_back({std::move(fields), state.rowLines[i]});
    }
    return table;
}

} // namespace hilo::text
