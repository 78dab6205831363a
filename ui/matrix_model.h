#pragma once
// The code matrix as a table: codes down the side (indented by depth), the columns of the
// matrix, then Total and the row's test. Cells are shaded as a heat map by the chosen measure,
// from the palette's base colour to its highlight colour, with the text colour picked for
// contrast on each shade, so counts stay readable on light and dark palettes alike.
#include "analysis/crosstab/code_matrix.h"

#include <QAbstractTableModel>

#include <cstdint>
#include <vector>

namespace hilo::ui {

class MatrixModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // The coding ids behind a cell (QVariantList of qint64).
    static constexpr int CodingIdsRole = Qt::UserRole + 1;
    // The share of the largest value among code cells (0-1): what the shading shows.
    static constexpr int HeatRole = Qt::UserRole + 2;

    explicit MatrixModel(QObject* parent = nullptr);

    void setMatrix(analysis::CodeMatrix matrix);
    void setMeasure(analysis::CellMeasure measure);
    const analysis::CodeMatrix& matrix() const { return matrix_; }
    analysis::CellMeasure measure() const { return measure_; }

    // Row index of the totals row ("Any code") and column indexes of Total and Test.
    int totalRow() const { return static_cast<int>(matrix_.rows.size()); }
    int totalColumn() const { return static_cast<int>(matrix_.columns.size()) + 1; }
    int testColumn() const { return totalColumn() + 1; }

    // The cell at a model index (a code cell, a total or the grand total), or nullptr for the
    // code name and test columns.
    const analysis::MatrixCell* cellAt(const QModelIndex& index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void updateHighest();

    analysis::CodeMatrix matrix_;
    std::vector<analysis::CodeRowTest> tests_;
    analysis::CellMeasure measure_ = analysis::CellMeasure::Excerpts;
    double highest_ = 0; // the largest code cell under the measure: the darkest shade
};

} // namespace hilo::ui
