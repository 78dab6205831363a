#include "matrix_export.h"

#include "table_text.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace hilo::analysis {
namespace {

std::string columnHeading(const MatrixColumn& column)
{
    return column.label + " (n=" + std::to_string(column.sources) + ")";
}

std::string testText(const CodeRowTest& test)
{
    if (test.method.empty())
        return "";
    std::string text = test.method == "fisher" ? "Fisher p=" + formatPValue(test.pValue)
                                               : "X²(" + std::to_string(test.degreesOfFreedom) + ")=" +
                                                     formatDecimal(test.statistic, 2) + " p=" + formatPValue(test.pValue);
    if (test.smallExpected && test.method != "fisher")
        text += " (expected < 5)";
    return text;
}

const char* measureHeading(CellMeasure measure)
{
    switch (measure) {
    case CellMeasure::Excerpts: return "excerpts (codings)";
    case CellMeasure::Participants: return "participants (sources) with the code";
    case CellMeasure::Percent: return "% of the column's participants with the code";
    case CellMeasure::Words: return "words coded";
    }
    return "";
}

std::string indent(int depth, const std::string& unit)
{
    std::string text;
    for (int i = 0; i < depth; ++i)
        text += unit;
    return text;
}

} // namespace

std::string matrixCellText(const MatrixCell& cell, CellMeasure measure)
{
    if (measure == CellMeasure::Percent)
        return formatPercent(cell.percent);
    return std::to_string(static_cast<std::int64_t>(cell.value(measure)));
}

std::string matrixToCsv(const CodeMatrix& matrix, const MatrixExportOptions& options)
{
    std::ostringstream out;
    out << "code,depth";
    for (const MatrixColumn& column : matrix.columns)
        out << "," << csvField(column.label);
    out << ",total,test,statistic,df,p,warning\n";
    out << "(participants),";
    for (const MatrixColumn& column : matrix.columns)
        out << "," << column.sources;
    out << "," << matrix.sources << ",,,,,\n";
    for (std::size_t r = 0; r < matrix.rows.size(); ++r) {
        const MatrixRow& row = matrix.rows[r];
        out << csvField(row.path) << "," << row.depth;
        for (const MatrixCell& cell : row.cells)
            out << "," << matrixCellText(cell, options.measure);
        const CodeRowTest test = rowTest(matrix, r);
        out << "," << matrixCellText(row.total, options.measure) << "," << test.method << ","
            << (test.method == "chi-square" ? formatDecimal(test.statistic, 4) : "") << ","
            << (test.method == "chi-square" ? std::to_string(test.degreesOfFreedom) : "") << ","
            << (test.method.empty() ? "" : formatDecimal(test.pValue, 6)) << "," << csvField(test.warning) << "\n";
    }
    out << "(any code),";
    for (const MatrixCell& cell : matrix.columnTotals)
        out << "," << matrixCellText(cell, options.measure);
    out << "," << matrixCellText(matrix.grandTotal, options.measure) << ",,,,,\n";
    return out.str();
}

std::string matrixToMarkdown(const CodeMatrix& matrix, const MatrixExportOptions& options)
{
    std::ostringstream out;
    out << "# " << markdownCell(options.title) << "\n\n";
    out << "Cells: " << measureHeading(options.measure) << ". Columns: " << markdownCell(matrix.columnTitle) << ".";
    if (!options.description.empty())
        out << " " << markdownCell(options.description) << ".";
    out << " Each code includes its sub-codes; totals count each excerpt, participant and word once.\n\n";
    out << "| Code |";
    for (const MatrixColumn& column : matrix.columns)
        out << " " << markdownCell(columnHeading(column)) << " |";
    out << " Total (n=" << matrix.sources << ") | Test |\n|---|";
    for (std::size_t i = 0; i < matrix.columns.size(); ++i)
        out << "---:|";
    out << "---:|---|\n";
    for (std::size_t r = 0; r < matrix.rows.size(); ++r) {
        const MatrixRow& row = matrix.rows[r];
        out << "| " << indent(row.depth, "&nbsp;&nbsp;") << markdownCell(row.name) << " |";
        for (const MatrixCell& cell : row.cells)
            out << " " << matrixCellText(cell, options.measure) << " |";
        out << " " << matrixCellText(row.total, options.measure) << " | " << markdownCell(testText(rowTest(matrix, r))) << " |\n";
    }
    out << "| **Any code** |";
    for (const MatrixCell& cell : matrix.columnTotals)
        out << " **" << matrixCellText(cell, options.measure) << "** |";
    out << " **" << matrixCellText(matrix.grandTotal, options.measure) << "** | |\n";
    return out.str();
}

std::string matrixToHtml(const CodeMatrix& matrix, const MatrixExportOptions& options)
{
    double highest = 0;
    for (const MatrixRow& row : matrix.rows)
        for (const MatrixCell& cell : row.cells)
            highest = std::max(highest, cell.value(options.measure));
    std::ostringstream out;
    out << "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" << htmlEscape(options.title)
        << "</title>\n<style>body{font-family:sans-serif} table{border-collapse:collapse} "
           "td,th{border:1px solid #999;padding:3px 6px} td.n{text-align:right}</style></head><body>\n";
    out << "<h1>" << htmlEscape(options.title) << "</h1>\n<p>Cells: " << measureHeading(options.measure)
        << ". Columns: " << htmlEscape(matrix.columnTitle) << ".";
    if (!options.description.empty())
        out << " " << htmlEscape(options.description) << ".";
    out << " Each code includes its sub-codes; totals count each excerpt, participant and word once.</p>\n";
    out << "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">\n<tr><th>Code</th>";
    for (const MatrixColumn& column : matrix.columns)
        out << "<th>" << htmlEscape(columnHeading(column)) << "</th>";
    out << "<th>Total (n=" << matrix.sources << ")</th><th>Test</th></tr>\n";
    for (std::size_t r = 0; r < matrix.rows.size(); ++r) {
        const MatrixRow& row = matrix.rows[r];
        out << "<tr><td>" << indent(row.depth, "&nbsp;&nbsp;&nbsp;") << htmlEscape(row.name) << "</td>";
        for (const MatrixCell& cell : row.cells) {
            // Shade from white to a mid blue; dark text stays readable on every shade.
            const double share = highest > 0 ? cell.value(options.measure) / highest : 0;
            const int red = static_cast<int>(std::lround(255 - share * (255 - 110)));
            const int green = static_cast<int>(std::lround(255 - share * (255 - 160)));
            char colour[8];
            std::snprintf(colour, sizeof colour, "#%02x%02xff", red, green);
            out << "<td class=\"n\" bgcolor=\"" << colour << "\" style=\"background:" << colour << ";color:#000\">"
                << matrixCellText(cell, options.measure) << "</td>";
        }
        out << "<td class=\"n\">" << matrixCellText(row.total, options.measure) << "</td><td>"
            << htmlEscape(testText(rowTest(matrix, r))) << "</td></tr>\n";
    }
    out << "<tr><th>Any code</th>";
    for (const MatrixCell& cell : matrix.columnTotals)
        out << "<th>" << matrixCellText(cell, options.measure) << "</th>";
    out << "<th>" << matrixCellText(matrix.grandTotal, options.measure) << "</th><th></th></tr>\n</table>\n</body></html>\n";
    return out.str();
}

} // namespace hilo::analysis
