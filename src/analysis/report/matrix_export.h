#pragma once
// A code matrix as CSV, Markdown or HTML, with the chosen cell measure, row and column totals
// and each row's test of independence. The HTML shades cells by value (darker = more) and is
// also what the ODT writer (src/documents) turns into a document.
#include "analysis/crosstab/code_matrix.h"

#include <string>

namespace hilo::analysis {

struct MatrixExportOptions {
    CellMeasure measure = CellMeasure::Excerpts;
    std::string title = "Code matrix";
    std::string description; // what was counted: filters, coder, query
};

std::string matrixCellText(const MatrixCell& cell, CellMeasure measure);

std::string matrixToCsv(const CodeMatrix& matrix, const MatrixExportOptions& options);
std::string matrixToMarkdown(const CodeMatrix& matrix, const MatrixExportOptions& options);
std::string matrixToHtml(const CodeMatrix& matrix, const MatrixExportOptions& options);

} // namespace hilo::analysis
