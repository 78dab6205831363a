#pragma once
// File ▸ Import Transcripts… and File ▸ Rebuild Search Index: the two long jobs of a project,
// run off the GUI thread behind a cancellable progress dialog (ProgressRunner). Import goes
// through the session as one undoable step; a cancelled one is rolled back whole. Both call the
// same operations as `hilo import` and `hilo reindex` (project/operations/).
#include "project/importer.h"

#include <QObject>

#include <functional>
#include <optional>

class QAction;
class QMenu;
class QWidget;

namespace hilo::ui {

class ProjectSession;

class LongWork : public QObject {
    Q_OBJECT
public:
    explicit LongWork(QWidget* window);

    void setSession(ProjectSession* session);
    void addActionsTo(QMenu* menu);
    QAction* importAction() const { return import_; }
    QAction* reindexAction() const { return reindex_; }

    // Asks which files to import, into which group and with which attributes; nullopt when
    // the user gave up. Replaceable so tests need no file dialogs.
    using ImportChooser = std::function<std::optional<ImportRequest>()>;
    void setImportChooser(ImportChooser chooser) { chooser_ = std::move(chooser); }
    // Tests: cancel the next jobs when they report this many steps done (0: never).
    void setCancelAtStep(std::size_t step) { cancelAtStep_ = step; }

    // What the last job ended with, as shown in the status bar.
    QString lastOutcome() const { return outcome_; }

    bool importTranscripts(const ImportRequest& request);
    bool rebuildSearchIndex();

Q_SIGNALS:
    void sourcesChanged();
    void statusMessage(const QString& message);

private:
    std::optional<ImportRequest> askForImport();
    void finish(const QString& outcome);

    QWidget* window_;
    ProjectSession* session_ = nullptr;
    QAction* import_;
    QAction* reindex_;
    ImportChooser chooser_;
    std::size_t cancelAtStep_ = 0;
    QString outcome_;
};

} // namespace hilo::ui
