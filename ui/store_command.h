#pragma once
// One undo step for any store operation. The command does not know how to reverse what it
// did: its first run records a range of the project's UndoJournal, and undo/redo replay that
// range's inverse SQL (see store/undo_journal.h). So merges, deletes with codings and any
// future store operation are one undo step without a hand-written inverse.
#include "store/undo_journal.h"

#include <QUndoCommand>

#include <functional>

class QUndoStack;

namespace hilo::ui {

class StoreCommand : public QUndoCommand {
public:
    // `action` changes the store (and may throw UserError); `afterChange` refreshes models and
    // views after every run, undo and redo.
    StoreCommand(store::UndoJournal& journal, const QString& text, std::function<void()> action,
                 std::function<void()> afterChange);

    // The first redo() runs the action and records its journal range; later ones replay.
    void redo() override;
    void undo() override;

    // Makes the next redo() do nothing: runCommand() has already run the action, and
    // QUndoStack::push calls redo() once more.
    void skipNextRedo() { skipNextRedo_ = true; }
    bool changedAnything() const { return !range_.empty(); }

private:
    void replay();

    store::UndoJournal& journal_;
    std::function<void()> action_;
    std::function<void()> afterChange_;
    store::JournalRange range_;
    bool done_ = false;
    bool skipNextRedo_ = false;
};

// Runs the action as a new command and pushes it on the stack only when it succeeded and
// changed something. An exception from the action propagates and leaves no trace: nothing is
// pushed and any partial change is reverted. Returns whether a command was pushed.
bool runCommand(QUndoStack& stack, store::UndoJournal& journal, const QString& text, std::function<void()> action,
                std::function<void()> afterChange);

} // namespace hilo::ui
