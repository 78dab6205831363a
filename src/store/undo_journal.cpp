#include "undo_journal.h"

namespace hilo::store {
namespace {

std::vector<std::string> columnsOf(Database& db, const std::string& table)
{
    Statement info = db.prepare("SELECT name FROM pragma_table_info(?1)");
    info.bind(1, table);
    std::vector<std::string> columns;
    while (info.step())
        columns.push_back(info.columnText(0));
    if (columns.empty())
        throw StoreError("no table " + table + " to journal", SQLITE_ERROR);
    return columns;
}

std::string quoted(const std::string& identifier)
{
    return "\"" + identifier + "\"";
}

} // namespace

UndoJournal::UndoJournal(Database& db, std::vector<std::string> tables) : db_(db), tables_(std::move(tables))
{
    // AUTOINCREMENT: a sequence number is never reused, so a range taken before an edit holds
    // exactly that edit's entries even after earlier ranges were reverted and deleted.
    db_.execute("CREATE TEMP TABLE IF NOT EXISTS undo_journal (seq INTEGER PRIMARY KEY AUTOINCREMENT, statement TEXT NOT NULL)");
    for (const std::string& table : tables_)
        createTriggers(table);
}

UndoJournal::~UndoJournal()
{
    for (const std::string& table : tables_)
        for (const char* kind : {"insert", "update", "delete"})
            sqlite3_exec(db_.handle(), ("DROP TRIGGER IF EXISTS temp.undo_" + table + "_" + kind).c_str(), nullptr,
                         nullptr, nullptr);
    sqlite3_exec(db_.handle(), "DROP TABLE IF EXISTS temp.undo_journal", nullptr, nullptr, nullptr);
}

void UndoJournal::createTriggers(const std::string& table)
{
    const std::vector<std::string> columns = columnsOf(db_, table);
    std::string setOld;       // "a"=' || quote(old."a") || ',"b"=' || ...
    std::string names;        // rowid,"a","b"
    std::string oldValues;    // old.rowid || ',' || quote(old."a") || ...
    for (const std::string& column : columns) {
        setOld += (setOld.empty() ? "'" : " || ',") + quoted(column) + "=' || quote(old." + quoted(column) + ")";
        names += "," + quoted(column);
        oldValues += " || ',' || quote(old." + quoted(column) + ")";
    }
    const std::string t = quoted(table);
    db_.execute("CREATE TEMP TRIGGER IF NOT EXISTS undo_" + table + "_insert AFTER INSERT ON main." + t +
                " BEGIN INSERT INTO undo_journal(statement) VALUES ('DELETE FROM " + t +
                " WHERE rowid=' || new.rowid); END");
    db_.execute("CREATE TEMP TRIGGER IF NOT EXISTS undo_" + table + "_update AFTER UPDATE ON main." + t +
                " BEGIN INSERT INTO undo_journal(statement) VALUES ('UPDATE " + t + " SET ' || " + setOld +
                " || ' WHERE rowid=' || old.rowid); END");
    db_.execute("CREATE TEMP TRIGGER IF NOT EXISTS undo_" + table + "_delete BEFORE DELETE ON main." + t +
                " BEGIN INSERT INTO undo_journal(statement) VALUES ('INSERT INTO " + t + "(rowid" + names +
                ") VALUES (' || old.rowid" + oldValues + " || ')'); END");
}

std::int64_t UndoJournal::mark()
{
    return db_.queryInt("SELECT coalesce(max(seq), 0) FROM undo_journal");
}

JournalRange UndoJournal::revert(const JournalRange& range)
{
    Transaction transaction(db_);
    // Rows come back newest first, so a child may return before its parent: check foreign
    // keys at commit, when the whole range has been replayed.
    db_.execute("PRAGMA defer_foreign_keys = ON");
    const std::int64_t before = mark();
    std::vector<std::pair<std::int64_t, std::string>> statements;
    {
        Statement select = db_.prepare("SELECT seq, statement FROM undo_journal WHERE seq > ?1 AND seq <= ?2 ORDER BY seq DESC");
        select.bind(1, range.after).bind(2, range.last);
        while (select.step())
            statements.emplace_back(select.columnInt(0), select.columnText(1));
    }
    Statement forget = db_.prepare("DELETE FROM undo_journal WHERE seq > ?1 AND seq <= ?2");
    forget.bind(1, range.after).bind(2, range.last).run();
    for (const auto& [seq, statement] : statements)
        db_.execute(statement);
    const JournalRange reverse{before, mark()};
    transaction.commit();
    return reverse;
}

} // namespace hilo::store
