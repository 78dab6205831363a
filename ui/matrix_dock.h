#pragma once
// The code matrix beside the transcripts: codes by group, attribute or source as a heat map,
// with the cell measure, the columns, the depth of rows, a coder and a search query to choose.
// Clicking a cell lists the excerpts behind it; activating one shows it in its transcript.
// Rebuilt from live codings after every change while visible.
#include <QDockWidget>

#include <cstdint>

class QComboBox;
class QLineEdit;
class QListWidget;
class QTableView;
class QPushButton;

namespace hilo::ui {

class MatrixModel;
class ProjectSession;

class MatrixDock : public QDockWidget {
    Q_OBJECT
public:
    explicit MatrixDock(QWidget* parent = nullptr);

    void setSession(ProjectSession* session);
    void refresh();

    MatrixModel* model() const { return model_; }
    QTableView* table() const { return table_; }
    QComboBox* columnsBox() const { return columns_; }
    QComboBox* measureBox() const { return measure_; }
    QComboBox* depthBox() const { return depth_; }
    QComboBox* coderBox() const { return coder_; }
    QLineEdit* queryEdit() const { return query_; }
    QListWidget* excerptList() const { return excerpts_; }

    // Lists the excerpts behind a cell of the model.
    void showExcerptsOf(const QModelIndex& index);
    // Writes the matrix as shown: format "csv", "md", "html" or "odt". UserError on failure.
    void exportTo(const QString& file, const QString& format);

Q_SIGNALS:
    void excerptActivated(std::int64_t sourceId, std::int64_t start, std::int64_t end);

private:
    void fillChoices();
    void exportInteractively();

    ProjectSession* session_ = nullptr;
    MatrixModel* model_;
    QTableView* table_;
    QComboBox* columns_;
    QComboBox* measure_;
    QComboBox* depth_;
    QComboBox* coder_;
    QLineEdit* query_;
    QPushButton* export_;
    QListWidget* excerpts_;
    bool stale_ = true;
};

} // namespace hilo::ui
