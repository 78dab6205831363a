#pragma once
// File ▸ Import REFI-QDA Project, Export REFI-QDA Project and Merge Coder's Copy: whole
// projects in and out of the open one, through the same operations as `hilo import`, `hilo merge`
// and `hilo export` (project/operations/exchange_operations.h). Import and merge run inside
// ProjectSession::run, so each is one undo step; the file is read and checked in full before
// anything is written. All three run off the GUI thread behind a progress dialog that cancels
// (ProgressRunner): a cancelled import or merge leaves the project as it was, backups included;
// a cancelled export leaves nothing at its destination. Tests choose the files through
// setFileChooser, and take the same path the actions take.
#include "project/operations/operation_context.h"
#include "project/snapshot_merger.h"
#include "text/progress.h"

#include <QObject>
#include <QString>

#include <cstddef>
#include <functional>
#include <string>

class QAction;
class QMenu;
class QWidget;

namespace hilo::ui {

class ProjectSession;

class ProjectExchange : public QObject {
    Q_OBJECT
public:
    enum class Choice { ImportFile, ExportFile, MergeFolder };
    // Returns the chosen file or folder, or an empty string when the user cancels.
    using FileChooser = std::function<QString(Choice)>;

    explicit ProjectExchange(QWidget* window);

    void setSession(ProjectSession* session);
    void addActionsTo(QMenu* menu);
    void setFileChooser(FileChooser chooser) { chooser_ = std::move(chooser); }
    // Tests: cancel the next jobs when they report this many steps done (0: never); each job
    // counts ProgressRunner::kPhaseSteps for reading, then as many for writing.
    void setCancelAtStep(std::size_t step) { cancelAtStep_ = step; }

    QAction* importAction() const { return import_; }
    QAction* exportAction() const { return export_; }
    QAction* mergeAction() const { return merge_; }

    // What the actions do once a file is chosen; false (with the reason in lastReport and a
    // message to the user) when it failed, leaving the project as it was.
    bool importQdpx(const QString& file);
    bool exportQdpx(const QString& file);
    bool mergeCopy(const QString& folder);
    // The last operation's summary: what matched, what was new, what was skipped or refused,
    // or that it was cancelled.
    QString lastReport() const { return report_; }
    bool lastCancelled() const { return cancelled_; }

Q_SIGNALS:
    // Sources may have been added: the source tree must reload.
    void sourcesChanged();

private:
    QString choose(Choice choice);
    void show(const QString& title, bool ok);
    // Import and merge alike: runs the operation as one undo step, on a worker behind a
    // progress dialog.
    bool bringIn(const QString& title, const QString& from,
                 const std::function<MergeReport(const ops::OperationContext&)>& operation);
    void updateActions();

    QWidget* window_;
    ProjectSession* session_ = nullptr;
    QAction* import_;
    QAction* export_;
    QAction* merge_;
    FileChooser chooser_;
    std::size_t cancelAtStep_ = 0;
    QString report_;
    bool cancelled_ = false;
};

} // namespace hilo::ui
