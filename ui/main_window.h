#pragma once
// Hilo's workbench window: the project's sources grouped by participant group on the left,
// the selected transcript on the right, counts in the status bar.
#include "project/project.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QTreeView;

namespace hilo::ui {

class SourceTreeModel;
class TranscriptView;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a project folder; on failure shows nothing new and throws UserError.
    void openProject(const std::filesystem::path& folder);
    // Shows the source with this id in the transcript view and selects it in the tree.
    void selectSource(std::int64_t sourceId);

    SourceTreeModel* sourceModel() const { return sourceModel_; }
    QTreeView* sourceTree() const { return sourceTree_; }
    TranscriptView* transcriptView() const { return transcriptView_; }
    QString statusText() const;

private:
    void showSelectedSource();
    void updateStatus();

    std::unique_ptr<Project> project_;
    SourceTreeModel* sourceModel_;
    QTreeView* sourceTree_;
    TranscriptView* transcriptView_;
    QLabel* status_;
};

} // namespace hilo::ui
