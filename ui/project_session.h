#pragma once
// Everything the workbench holds for one open project: the Project, its undo journal and undo
// stack, the current coder and the per-user settings. Models and views hold a pointer to the
// session and refresh on changed(), which follows every change, undo and redo.
#include "project/coder_store.h"
#include "project/operations/operation_context.h"
#include "project/project.h"
#include "project_settings.h"
#include "store/undo_journal.h"

#include <QMap>
#include <QObject>

#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

class QUndoStack;

namespace hilo::ui {

class ProjectSession : public QObject {
    Q_OBJECT
public:
    explicit ProjectSession(std::unique_ptr<Project> project, QObject* parent = nullptr);
    ~ProjectSession() override;

    Project& project() { return *project_; }
    store::UndoJournal& journal() { return *journal_; }
    QUndoStack* undoStack() const { return undoStack_.get(); }
    ProjectSettings& settings() { return settings_; }
    QString projectName() const;

    // Runs a store operation as one undoable step. On a UserError (or any store failure) the
    // store is left as it was and the message goes to *error when given, else to
    // errorOccurred(). Returns whether the operation succeeded.
    // Refused, with the reason, when the project is open read-only.
    // The action calls one operation of the core (project/operations/), which owns backups,
    // transactions and the index; the session adds the undo record.
    bool run(const QString& text, const std::function<void()>& action, QString* error = nullptr);
    bool readOnly() const { return project_->readOnly(); }

    // What an operation run by the window is given: `progress` (from a ProgressRunner, say), and
    // warnings kept until the operation is over, then shown through errorOccurred(). Safe to
    // use from the worker thread the operation runs on.
    ops::OperationContext operationContext(const Progress& progress = {});

    // The person coding. setCoder finds the coder by name (case-insensitively) or adds one,
    // and remembers the choice for this project; UserError for an empty name.
    const std::optional<CoderRecord>& coder() const { return coder_; }
    void setCoder(const QString& name);

    QMap<int, QString> pinnedCodes() const { return settings_.pinnedCodes(); }
    void pinCode(int digit, const QString& guid);

Q_SIGNALS:
    void changed();
    void errorOccurred(const QString& message);
    void coderChanged();
    void pinsChanged();

private:
    // Brings the search index up to date with the store after every change, undo and redo.
    void syncSearchIndex();
    // Shows the warnings operations left, once they are over.
    void reportWarnings();

    // Destroyed in reverse order: the stack before the journal, the journal (which drops its
    // triggers) before the project's database.
    std::unique_ptr<Project> project_;
    std::unique_ptr<store::UndoJournal> journal_;
    std::unique_ptr<QUndoStack> undoStack_;
    ProjectSettings settings_;
    std::optional<CoderRecord> coder_;
    std::mutex warningsMutex_;
    std::vector<std::string> warnings_;
};

} // namespace hilo::ui
