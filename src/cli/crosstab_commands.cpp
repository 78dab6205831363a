// The code matrix on the command line: `hilo crosstab`.
#include "command.h"
#include "json_output.h"
#include "text_table.h"
#include "report_output.h"

#include "analysis/crosstab/code_matrix.h"
#include "analysis/report/matrix_export.h"
#include "analysis/report/table_text.h"
#include "index/index_sync.h"
#include "project/project.h"
#include "text/user_error.h"

#include <QJsonArray>

#include <charconv>
#include <iostream>

namespace hilo::cli {
namespace {

using analysis::CellMeasure;
using analysis::CodeMatrix;

int parseDepth(const std::string& rows)
{
    if (rows == "codes")
        return 0;
    const std::string prefix = "codes:";
    if (rows.rfind(prefix, 0) == 0) {
        const std::string digits = rows.substr(prefix.size());
        int depth = 0;
        const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), depth);
        if (error == std::errc() && end == digits.data() + digits.size() && depth >= 1 && depth <= 50)
            return depth;
    }
    throw UsageError("--rows takes codes or codes:DEPTH (codes:1 is the top level, sub-codes rolled up), not '" + rows + "'");
}

std::vector<double> parseEdges(const std::optional<std::string>& value)
{
    std::vector<double> edges;
    if (!value)
        return edges;
    std::size_t start = 0;
    while (start <= value->size()) {
        const std::size_t end = std::min(value->find(',', start), value->size());
        const std::string item = value->substr(start, end - start);
        double edge = 0;
        const auto [stop, error] = std::from_chars(item.data(), item.data() + item.size(), edge);
        if (item.empty() || error != std::errc() || stop != item.data() + item.size() ||
            (!edges.empty() && edge <= edges.back()))
            throw UsageError("--bins takes ascending numbers separated by commas, e.g. --bins 12,15,18");
        edges.push_back(edge);
        start = end + 1;
    }
    return edges;
}

// A query needs a fresh index: bring it up to date when the writer lock is free, else warn.
void freshenIndex(const std::string& folder)
{
    {
        Project reader = Project::open(folder, Project::Access::ReadOnly);
        if (indexIsFresh(reader))
            return;
    }
    try {
        Project writer = Project::open(folder);
        syncIndex(writer);
    } catch (const UserError& e) {
        std::cerr << "hilo crosstab: warning: the search index may be behind the project (" << e.what() << ")\n";
    }
}

QJsonObject cellToJson(const analysis::MatrixCell& cell)
{
    return QJsonObject{{QStringLiteral("excerpts"), static_cast<qint64>(cell.excerpts)},
                       {QStringLiteral("participants"), static_cast<qint64>(cell.participants)},
                       {QStringLiteral("percent"), cell.percent},
                       {QStringLiteral("words"), static_cast<qint64>(cell.words)}};
}

QJsonObject matrixToJson(const CodeMatrix& matrix, CellMeasure measure)
{
    QJsonArray columns;
    for (const analysis::MatrixColumn& column : matrix.columns)
        columns.append(QJsonObject{{QStringLiteral("label"), qs(column.label)},
                                   {QStringLiteral("participants"), static_cast<qint64>(column.sources)}});
    QJsonArray rows;
    for (std::size_t r = 0; r < matrix.rows.size(); ++r) {
        const analysis::MatrixRow& row = matrix.rows[r];
        QJsonArray cells;
        for (const analysis::MatrixCell& cell : row.cells)
            cells.append(cellToJson(cell));
        const analysis::CodeRowTest test = analysis::rowTest(matrix, r);
        QJsonObject testObject{{QStringLiteral("method"), qs(test.method)}, {QStringLiteral("warning"), qs(test.warning)}};
        if (!test.method.empty())
            testObject.insert(QStringLiteral("p"), test.pValue);
        if (test.method == "chi-square") {
            testObject.insert(QStringLiteral("statistic"), test.statistic);
            testObject.insert(QStringLiteral("df"), test.degreesOfFreedom);
        }
        rows.append(QJsonObject{{QStringLiteral("code"), qs(row.path)},
                                {QStringLiteral("depth"), row.depth},
                                {QStringLiteral("cells"), cells},
                                {QStringLiteral("total"), cellToJson(row.total)},
                                {QStringLiteral("test"), testObject}});
    }
    QJsonArray totals;
    for (const analysis::MatrixCell& cell : matrix.columnTotals)
        totals.append(cellToJson(cell));
    return QJsonObject{{QStringLiteral("columns_by"), qs(matrix.columnTitle)},
                       {QStringLiteral("cell"), QString::fromLatin1(analysis::cellMeasureName(measure))},
                       {QStringLiteral("participants"), static_cast<qint64>(matrix.sources)},
                       {QStringLiteral("columns"), columns},
                       {QStringLiteral("rows"), rows},
                       {QStringLiteral("column_totals"), totals},
                       {QStringLiteral("total"), cellToJson(matrix.grandTotal)}};
}

void printText(const CodeMatrix& matrix, CellMeasure measure)
{
    std::vector<std::vector<std::string>> table;
    std::vector<std::string> header{"code"};
    for (const analysis::MatrixColumn& column : matrix.columns)
        header.push_back(column.label + " (n=" + std::to_string(column.sources) + ")");
    header.push_back("total (n=" + std::to_string(matrix.sources) + ")");
    header.push_back("test");
    table.push_back(std::move(header));
    for (std::size_t r = 0; r < matrix.rows.size(); ++r) {
        const analysis::MatrixRow& row = matrix.rows[r];
        std::vector<std::string> line{std::string(static_cast<std::size_t>(row.depth) * 2, ' ') + row.name};
        for (const analysis::MatrixCell& cell : row.cells)
            line.push_back(analysis::matrixCellText(cell, measure));
        line.push_back(analysis::matrixCellText(row.total, measure));
        const analysis::CodeRowTest test = analysis::rowTest(matrix, r);
        if (test.method == "fisher")
            line.push_back("Fisher p=" + analysis::formatPValue(test.pValue));
        else if (!test.method.empty())
            line.push_back("chi2(" + std::to_string(test.degreesOfFreedom) + ")=" + analysis::formatDecimal(test.statistic, 2) +
                           " p=" + analysis::formatPValue(test.pValue) + (test.smallExpected ? " (expected < 5)" : ""));
        else
            line.emplace_back();
        table.push_back(std::move(line));
    }
    std::vector<std::string> totals{"(any code)"};
    for (const analysis::MatrixCell& cell : matrix.columnTotals)
        totals.push_back(analysis::matrixCellText(cell, measure));
    totals.push_back(analysis::matrixCellText(matrix.grandTotal, measure));
    table.push_back(std::move(totals));
    printTable(table);
}

int crosstab(const Arguments& args)
{
    const std::string folder = args.positional(0, "PROJECT");
    if (args.positionals().size() > 1)
        throw UsageError("unexpected argument '" + args.positionals()[1] + "'");
    analysis::MatrixOptions options;
    options.maxDepth = parseDepth(args.value("rows").value_or("codes"));
    const std::string cols = args.value("cols").value_or("group");
    if (cols == "group")
        options.columns = analysis::ColumnKind::Group;
    else if (cols == "source")
        options.columns = analysis::ColumnKind::Source;
    else {
        options.columns = analysis::ColumnKind::Attribute;
        options.attribute = cols;
    }
    options.binEdges = parseEdges(args.value("bins"));
    if (!options.binEdges.empty() && options.columns != analysis::ColumnKind::Attribute)
        throw UsageError("--bins applies to a number attribute in --cols, e.g. --cols age --bins 12,15,18");
    const std::string cell = args.value("cell").value_or("excerpts");
    const std::optional<CellMeasure> measure = analysis::cellMeasureFromName(cell);
    if (!measure)
        throw UsageError("--cell takes excerpts, participants, percent or words, not '" + cell + "'");
    options.query = args.value("query");
    options.coder = args.value("coder");
    const std::string format = args.value("format").value_or(args.has("json") ? "json" : args.has("csv") ? "csv" : "text");
    if (format != "text" && format != "json" && format != "csv" && format != "md" && format != "html" && format != "odt")
        throw UsageError("--format takes csv, md, html or odt, not '" + format + "'");
    const std::optional<std::string> output = args.value("output");
    if (format == "odt" && !output)
        throw UsageError("--format odt needs --output FILE.odt");

    if (options.query)
        freshenIndex(folder);
    Project project = Project::open(folder, Project::Access::ReadOnly);
    const CodeMatrix matrix = analysis::buildCodeMatrix(project, options);

    analysis::MatrixExportOptions exportOptions;
    exportOptions.measure = *measure;
    exportOptions.title = "Code matrix: " + project.folder().filename().string();
    if (options.coder)
        exportOptions.description += "Coder: " + *options.coder;
    if (options.query)
        exportOptions.description += (exportOptions.description.empty() ? "" : ". ") + std::string("Codings matching: ") + *options.query;

    std::string document;
    if (format == "json") {
        printJson(matrixToJson(matrix, *measure));
        return 0;
    }
    if (format == "text") {
        printText(matrix, *measure);
        return 0;
    }
    if (format == "csv")
        document = analysis::matrixToCsv(matrix, exportOptions);
    else if (format == "md")
        document = analysis::matrixToMarkdown(matrix, exportOptions);
    else
        document = analysis::matrixToHtml(matrix, exportOptions);
    emitReport(document, format, output);
    return 0;
}

} // namespace

std::vector<Command> crosstabCommands()
{
    return {
        {"crosstab",
         "PROJECT [--rows codes[:DEPTH]] [--cols group|ATTRIBUTE|source] [--bins E1,E2,..] "
         "[--cell excerpts|participants|percent|words] [--query Q] [--coder NAME] [--json|--csv|--format md|html|odt "
         "[--output FILE]]",
         "code matrix: codes (sub-codes rolled up) by group, attribute (numbers in bands) or source, with totals and a "
         "chi-square or Fisher test per code",
         {{"rows", "cols", "bins", "cell", "query", "coder", "format", "output"}, {"json", "csv"}},
         crosstab},
    };
}

} // namespace hilo::cli
