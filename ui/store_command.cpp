#include "store_command.h"

#include <QUndoStack>
#include <QtGlobal>

#include <exception>
#include <memory>

namespace hilo::ui {

StoreCommand::StoreCommand(store::UndoJournal& journal, const QString& text, std::function<void()> action,
                           std::function<void()> afterChange)
    : QUndoCommand(text), journal_(journal), action_(std::move(action)), afterChange_(std::move(afterChange))
{
}

void StoreCommand::redo()
{
    if (skipNextRedo_) {
        skipNextRedo_ = false;
        return;
    }
    if (done_) {
        replay();
        return;
    }
    range_.after = journal_.mark();
    try {
        action_();
    } catch (...) {
        // The stores make each operation one transaction, but an action may call several:
        // undo whatever part of it went through, so a failed command changes nothing.
        const store::JournalRange partial{range_.after, journal_.mark()};
        if (!partial.empty()) {
            journal_.revert(partial);
            if (afterChange_)
                afterChange_();
        }
        throw;
    }
    range_.last = journal_.mark();
    done_ = true;
    if (afterChange_)
        afterChange_();
}

void StoreCommand::undo()
{
    replay();
}

void StoreCommand::replay()
{
    // undo() cannot report failure to QUndoStack; a failure here means the database itself
    // failed (disk full, locked), so say so and show the store as it is.
    try {
        range_ = journal_.revert(range_);
    } catch (const std::exception& e) {
        qWarning("Hilo: could not undo or redo '%s': %s", qPrintable(text()), e.what());
    }
    if (afterChange_)
        afterChange_();
}

bool runCommand(QUndoStack& stack, store::UndoJournal& journal, const QString& text, std::function<void()> action,
                std::function<void()> afterChange)
{
    auto command = std::make_unique<StoreCommand>(journal, text, std::move(action), std::move(afterChange));
    command->redo(); // throws on failure; the command is then simply dropped
    if (!command->changedAnything())
        return false;
    command->skipNextRedo();
    stack.push(command.release());
    return true;
}

} // namespace hilo::ui
