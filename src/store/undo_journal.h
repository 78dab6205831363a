#pragma once
// Undo and redo for any change to chosen tables, kept by SQLite itself: temporary triggers
// record, for every row inserted, updated or deleted, the SQL statement that reverses it
// (SQLite's own undo/redo technique). An edit is a range of journal entries; reverting the
// range runs the statements newest first in one transaction, and the triggers record the
// statements that reverse the reversal, which is the redo range. So every operation of the
// stores (code, merge, move, autocode, ...) becomes undoable without writing its inverse.
#include "database.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace hilo::store {

struct JournalRange {
    std::int64_t after = 0; // entries with after < seq <= last
    std::int64_t last = 0;
    bool empty() const { return last <= after; }
};

class UndoJournal {
public:
    // Starts journaling the tables (temporary triggers, this connection only).
    UndoJournal(Database& db, std::vector<std::string> tables);
    ~UndoJournal();
    UndoJournal(const UndoJournal&) = delete;
    UndoJournal& operator=(const UndoJournal&) = delete;

    // The newest entry; take it before and after an edit to get the edit's range.
    std::int64_t mark();
    // Reverses a range and forgets it; returns the range that reverses this reversal.
    JournalRange revert(const JournalRange& range);

private:
    void createTriggers(const std::string& table);
    Database& db_;
    std::vector<std::string> tables_;
};

} // namespace hilo::store
