#pragma once
// The code matrix: codes down the side, groups, attribute values or sources across the top,
// and in each cell how much of the code the column holds. Built from live codings, so every
// number can be drilled down to the excerpts behind it.
//
// A row is a code with every descendant rolled up into it (a coding of
// Disclosure/Barriers/Embarrassment counts in Disclosure/Barriers and in Disclosure too).
// Each cell holds four measures at once, so a view can switch between them without
// recomputing:
//   excerpts      distinct codings of the code or its descendants
//   participants  distinct sources (one source is one participant's interview) with such a coding
//   percent       participants / the column's sources x 100 (sources without any coding count)
//   words         words in the union of the coded spans per source (overlapping codings by
//                 several coders, or of a code and its child, count once)
// Totals are not sums of rows: the total row counts each coding, participant and word once
// however many rows it appears in (a rolled-up coding appears in several).
#include "independence_tests.h"
#include "project/project.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace hilo::analysis {

enum class ColumnKind { Group, Attribute, Source };
enum class CellMeasure { Excerpts, Participants, Percent, Words };

const char* cellMeasureName(CellMeasure measure);
// "excerpts", "participants", "percent", "words"; nullopt for anything else.
std::optional<CellMeasure> cellMeasureFromName(const std::string& name);

struct MatrixOptions {
    // Rows: codes at depth < maxDepth (1 = top-level codes only); 0 = every code.
    int maxDepth = 0;
    ColumnKind columns = ColumnKind::Group;
    std::string attribute;   // for ColumnKind::Attribute
    // For a number attribute: band edges ("12,15,18" gives 12-14, 15-17, 18+). Empty: chosen
    // from the values (see attribute_bins.h).
    std::vector<double> binEdges;
    std::optional<std::string> query; // only codings whose coding document matches (search.h)
    std::optional<std::string> coder; // only this coder's codings
};

struct MatrixCell {
    std::int64_t excerpts = 0;
    std::int64_t participants = 0;
    double percent = 0;
    std::int64_t words = 0;
    std::vector<std::int64_t> codingIds; // the excerpts behind the cell, by source then start

    double value(CellMeasure measure) const;
};

struct MatrixColumn {
    std::string label;
    std::int64_t sources = 0; // the column's participants, coded or not
    std::vector<std::int64_t> sourceIds;
};

struct MatrixRow {
    std::int64_t codeId = 0;
    std::string path;
    std::string name;
    int depth = 0;
    std::vector<MatrixCell> cells; // one per column
    MatrixCell total;              // across all columns
};

struct CodeMatrix {
    std::vector<MatrixColumn> columns;
    std::vector<MatrixRow> rows;
    std::vector<MatrixCell> columnTotals; // any code of the codebook, per column
    MatrixCell grandTotal;
    std::int64_t sources = 0; // every source in the project
    std::string columnTitle;  // "group", the attribute's name, or "source"
};

// Throws UserError for an unknown attribute, coder or a malformed query. A query needs the
// search index (callers bring it up to date first, as for search()).
CodeMatrix buildCodeMatrix(Project& project, const MatrixOptions& options);

// The test of independence of one row: per column, participants with and without the code.
CodeRowTest rowTest(const CodeMatrix& matrix, std::size_t row);

} // namespace hilo::analysis
