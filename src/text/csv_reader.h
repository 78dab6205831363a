#pragma once
// Spreadsheets exchanged as CSV (participant attributes, codebooks, survey tables), parsed by
// libcsv: quoted fields, embedded commas and newlines, a UTF-8 byte order mark from Excel.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace hilo::text {

struct CsvRow {
    std::vector<std::string> fields;
    long line = 0; // 1-based line where the row starts
};

struct CsvTable {
    std::vector<std::string> header;
    std::vector<CsvRow> rows;

    // The column whose header equals one of `names` (case- and accent-insensitively), or npos.
    std::size_t column(const std::vector<std::string>& names) const;
};

// Parses UTF-8 CSV whose first row is the header. Throws UserError naming `fileName` and the
// line for malformed quoting, a row with more fields than the header, or an empty file.
// Blank lines are skipped; short rows are padded with empty fields.
CsvTable parseCsv(std::string_view utf8, const std::string& fileName);

} // namespace hilo::text
