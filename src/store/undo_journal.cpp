#include "undo_journal.h"

namespace hilo::store {
namespace {

struct TableShape {
    std::vector<std::string> columns;
    std::vector<std::string> primaryKey; // in key order
};

TableShape shapeOf(Database& db, const std::string& table)
{
    Statement info = db.prepare("SELECT name, pk FROM pragma_table_info(?1) ORDER BY pk");
    info.bind(1, table);
    TableShape shape;
    while (info.step()) {
        shape.columns.push_back(info.columnText(0));
        if (info.columnInt(1) > 0)
            shape.primaryKey.push_back(info.columnText(0));
    }
    if (shape.columns.empty())
        throw StoreError("no table " + table + " to journal", SQLITE_ERROR);
    return shape;
}

// A WITHOUT ROWID table (source_attributes) has no rowid to name its rows by.
bool hasRowid(Database& db, const std::string& table)
{
    sqlite3_stmt* probe = nullptr;
    const std::string sql = "SELECT rowid FROM \"" + table + "\" LIMIT 0";
    const bool ok = sqlite3_prepare_v2(db.handle(), sql.c_str(), -1, &probe, nullptr) == SQLITE_OK;
    sqlite3_finalize(probe);
    return ok;
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
    const TableShape shape = shapeOf(db_, table);
    const bool rowid = hasRowid(db_, table);
    std::string setOld;       // "a"=' || quote(old."a") || ',"b"=' || ...
    std::string names;        // rowid,"a","b"
    std::string oldValues;    // old.rowid || ',' || quote(old."a") || ...
    for (const std::string& column : shape.columns) {
        setOld += (setOld.empty() ? "'" : " || ',") + quoted(column) + "=' || quote(old." + quoted(column) + ")";
        names += (names.empty() && !rowid ? "" : ",") + quoted(column);
        oldValues += (oldValues.empty() && !rowid ? "" : " || ',' || ") + std::string("quote(old.") + quoted(column) + ")";
    }
    // Which row: by rowid, or by the primary key of a WITHOUT ROWID table. `side` is new or old.
    auto rowOf = [&](const std::string& side) {
        if (rowid)
            return "' WHERE rowid=' || " + side + ".rowid";
        std::string where;
        for (const std::string& key : shape.primaryKey)
            where += (where.empty() ? "' WHERE " : " || ' AND ") + quoted(key) + "=' || quote(" + side + "." + quoted(key) + ")";
        return where;
    };
    const std::string t = quoted(table);
    db_.execute("CREATE TEMP TRIGGER IF NOT EXISTS undo_" + table + "_insert AFTER INSERT ON main." + t +
                " BEGIN INSERT INTO undo_journal(statement) VALUES ('DELETE FROM " + t + "' || " + rowOf("new") +
                "); END");
    db_.execute("CREATE TEMP TRIGGER IF NOT EXISTS undo_" + table + "_update AFTER UPDATE ON main." + t +
                " BEGIN INSERT INTO undo_journal(statement) VALUES ('UPDATE " + t + " SET ' || " + setOld + " || " +
                rowOf("new") + "); END");
    db_.execute("CREATE TEMP TRIGGER IF NOT EXISTS undo_" + table + "_delete BEFORE DELETE ON main." + t +
                " BEGIN INSERT INTO undo_journal(statement) VALUES ('INSERT INTO " + t + "(" + (rowid ? "rowid" : "") +
                names + ") VALUES (' || " + (rowid ? "old.rowid" : "") + oldValues + " || ')'); END");
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
