#pragma once
// Small RAII wrappers over SQLite's C API: a connection, a prepared statement, a transaction.
// Errors become StoreError with SQLite's message; constraint failures are left to callers to
// translate into messages a researcher can act on.
#include <sqlite3.h>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace hilo::store {

class StoreError : public std::runtime_error {
public:
    StoreError(const std::string& message, int code) : std::runtime_error(message), code_(code) {}
    int code() const { return code_; }
    bool isConstraint() const { return (code_ & 0xFF) == SQLITE_CONSTRAINT; }
    // The file itself is damaged or is not a database: only a backup brings it back.
    bool isDamage() const { return (code_ & 0xFF) == SQLITE_CORRUPT || (code_ & 0xFF) == SQLITE_NOTADB; }

private:
    int code_;
};

class Statement;

class Database {
public:
    // ReadOnlyMedia: a file no process can change (a read-only mount, a DVD): read without the
    // shared-memory file WAL mode otherwise needs beside it, which cannot be created there.
    enum class Mode { ReadWrite, ReadWriteCreate, ReadOnly, ReadOnlyMedia };

    Database(const std::filesystem::path& file, Mode mode);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    void execute(std::string_view sql);
    Statement prepare(std::string_view sql);
    std::int64_t lastInsertId() const;
    int changes() const;
    // Rows inserted, updated or deleted on this connection since it opened.
    std::int64_t totalChanges() const;
    sqlite3* handle() const { return db_; }

    // The integer result of a one-row, one-column query (a pragma, a count).
    std::int64_t queryInt(std::string_view sql);

private:
    sqlite3* db_ = nullptr;
};

class Statement {
public:
    Statement(sqlite3* db, std::string_view sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Binding is 1-based, as in SQLite. Returns *this so calls chain.
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    Statement& bind(int index, const std::string& text) { return bind(index, std::string_view(text)); }
    Statement& bindNull(int index);
    template <typename T>
    Statement& bind(int index, const std::optional<T>& value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }

    // Steps once; true while a row is available.
    bool step();
    // Steps a statement that returns no rows, then resets it for reuse.
    void run();
    void reset();

    std::int64_t columnInt(int column) const;
    double columnDouble(int column) const;
    std::string columnText(int column) const;
    bool columnIsNull(int column) const;
    std::optional<std::int64_t> columnOptionalInt(int column) const;

private:
    sqlite3* db_;
    sqlite3_stmt* stmt_ = nullptr;
};

// BEGIN IMMEDIATE on construction; ROLLBACK on destruction unless commit() was called, so an
// exception anywhere in a write leaves the project as it was.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Database& db_;
    bool done_ = false;
};

// Many reads that must see one state of the project (an export), even while a writer commits
// or a restore replaces the file: a deferred transaction, holding WAL's snapshot until it ends.
// Works on a read-only connection too.
class ReadSnapshot {
public:
    explicit ReadSnapshot(Database& db);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    Database& db_;
};

} // namespace hilo::store
