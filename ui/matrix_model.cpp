#include "matrix_model.h"

#include "analysis/report/matrix_export.h"
#include "analysis/report/table_text.h"

#include <QApplication>
#include <QColor>
#include <QFont>
#include <QPalette>

#include <algorithm>
#include <cmath>

namespace hilo::ui {
namespace {

QColor blend(const QColor& from, const QColor& to, double share)
{
    return QColor::fromRgbF(static_cast<float>(from.redF() + (to.redF() - from.redF()) * share),
                            static_cast<float>(from.greenF() + (to.greenF() - from.greenF()) * share),
                            static_cast<float>(from.blueF() + (to.blueF() - from.blueF()) * share));
}

// Black or white, whichever contrasts more with the shade (WCAG contrast ratio): one of them
// always reaches at least 4.5:1, on light and dark palettes alike.
QColor readableOn(const QColor& background)
{
    const auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const double luminance = 0.2126 * channel(background.redF()) + 0.7152 * channel(background.greenF()) +
                             0.0722 * channel(background.blueF());
    const double againstBlack = (luminance + 0.05) / 0.05;
    const double againstWhite = 1.05 / (luminance + 0.05);
    return againstBlack >= againstWhite ? QColor(Qt::black) : QColor(Qt::white);
}

QString testText(const analysis::CodeRowTest& test)
{
    if (test.method.empty())
        return {};
    if (test.method == "fisher")
        return QStringLiteral("Fisher p=%1").arg(QString::fromStdString(analysis::formatPValue(test.pValue)));
    return QStringLiteral("χ²(%1)=%2 p=%3%4")
        .arg(test.degreesOfFreedom)
        .arg(QString::fromStdString(analysis::formatDecimal(test.statistic, 2)))
        .arg(QString::fromStdString(analysis::formatPValue(test.pValue)))
        .arg(test.smallExpected ? QStringLiteral(" ⚠") : QString());
}

} // namespace

MatrixModel::MatrixModel(QObject* parent) : QAbstractTableModel(parent) {}

void MatrixModel::setMatrix(analysis::CodeMatrix matrix)
{
    beginResetModel();
    matrix_ = std::move(matrix);
    tests_.clear();
    for (std::size_t r = 0; r < matrix_.rows.size(); ++r)
        tests_.push_back(analysis::rowTest(matrix_, r));
    updateHighest();
    endResetModel();
}

void MatrixModel::setMeasure(analysis::CellMeasure measure)
{
    beginResetModel();
    measure_ = measure;
    updateHighest();
    endResetModel();
}

const analysis::MatrixCell* MatrixModel::cellAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.column() == 0 || index.column() == testColumn())
        return nullptr;
    const auto column = static_cast<std::size_t>(index.column() - 1);
    if (index.row() == totalRow())
        return index.column() == totalColumn() ? &matrix_.grandTotal : &matrix_.columnTotals.at(column);
    const analysis::MatrixRow& row = matrix_.rows.at(static_cast<std::size_t>(index.row()));
    return index.column() == totalColumn() ? &row.total : &row.cells.at(column);
}

int MatrixModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || matrix_.columns.empty() ? 0 : totalRow() + 1;
}

int MatrixModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || matrix_.columns.empty() ? 0 : testColumn() + 1;
}

void MatrixModel::updateHighest()
{
    highest_ = 0;
    for (const analysis::MatrixRow& row : matrix_.rows)
        for (const analysis::MatrixCell& cell : row.cells)
            highest_ = std::max(highest_, cell.value(measure_));
}

QVariant MatrixModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const bool totals = index.row() == totalRow();
    if (index.column() == 0) {
        if (role == Qt::DisplayRole)
            return totals ? tr("Any code")
                          : QString(matrix_.rows[static_cast<std::size_t>(index.row())].depth * 3, QLatin1Char(' ')) +
                                QString::fromStdString(matrix_.rows[static_cast<std::size_t>(index.row())].name);
        if (role == Qt::ToolTipRole && !totals)
            return QString::fromStdString(matrix_.rows[static_cast<std::size_t>(index.row())].path);
        if (role == Qt::FontRole && totals) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    }
    if (index.column() == testColumn()) {
        if (totals)
            return {};
        const analysis::CodeRowTest& test = tests_[static_cast<std::size_t>(index.row())];
        if (role == Qt::DisplayRole)
            return testText(test);
        if (role == Qt::ToolTipRole)
            return QString::fromStdString(test.warning);
        return {};
    }
    const analysis::MatrixCell* cell = cellAt(index);
    const bool heat = !totals && index.column() != totalColumn();
    const double share = heat && highest_ > 0 ? cell->value(measure_) / highest_ : 0;
    switch (role) {
    case Qt::DisplayRole:
        return QString::fromStdString(analysis::matrixCellText(*cell, measure_));
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (!heat)
            return {};
        return blend(QApplication::palette().color(QPalette::Base), QApplication::palette().color(QPalette::Highlight), share);
    case Qt::ForegroundRole:
        if (!heat)
            return {};
        return readableOn(blend(QApplication::palette().color(QPalette::Base),
                                QApplication::palette().color(QPalette::Highlight), share));
    case Qt::FontRole:
        if (heat)
            return {};
        {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
    case Qt::ToolTipRole:
        return tr("%1 excerpts · %2 participants · %3% of the column · %4 words")
            .arg(cell->excerpts)
            .arg(cell->participants)
            .arg(QString::fromStdString(analysis::formatPercent(cell->percent)))
            .arg(cell->words);
    case CodingIdsRole: {
        QVariantList ids;
        for (std::int64_t id : cell->codingIds)
            ids << QVariant::fromValue(static_cast<qint64>(id));
        return ids;
    }
    case HeatRole:
        return share;
    default:
        return {};
    }
}

QVariant MatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return tr("Code");
    if (section == totalColumn())
        return tr("Total (n=%1)").arg(matrix_.sources);
    if (section == testColumn())
        return tr("Test");
    const analysis::MatrixColumn& column = matrix_.columns.at(static_cast<std::size_t>(section - 1));
    return QStringLiteral("%1 (n=%2)").arg(QString::fromStdString(column.label)).arg(column.sources);
}

} // namespace hilo::ui
