#include "database.h"

#include <cstdio>

namespace hilo::store {
namespace {

[[noreturn]] void fail(sqlite3* db, int code, std::string_view what)
{
    std::string message(what);
    if (db != nullptr) {
        message += ": ";
        message += sqlite3_errmsg(db);
    }
    throw StoreError(message, code);
}

// file:PATH?immutable=1, with the characters a URI gives meaning to escaped.
std::string immutableUri(const std::filesystem::path& file)
{
    std::string uri = "file:";
    for (const char c : std::filesystem::absolute(file).string()) {
        if (c == '%' || c == '?' || c == '#') {
            char escaped[4];
            std::snprintf(escaped, sizeof escaped, "%%%02X", static_cast<unsigned char>(c));
            uri += escaped;
        } else {
            uri += c;
        }
    }
    return uri + "?immutable=1";
}

} // namespace

Database::Database(const std::filesystem::path& file, Mode mode)
{
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case Mode::ReadWriteCreate: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    case Mode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    case Mode::ReadOnlyMedia: flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI; break;
    }
    const std::string name = mode == Mode::ReadOnlyMedia ? immutableUri(file) : file.string();
    const int rc = sqlite3_open_v2(name.c_str(), &db_, flags, nullptr);
    if (rc != SQLITE_OK) {
        const std::string message = "cannot open " + file.string() + ": " +
                                    (db_ != nullptr ? sqlite3_errmsg(db_) : sqlite3_errstr(rc));
        sqlite3_close_v2(db_);
        db_ = nullptr;
        throw StoreError(message, rc);
    }
    sqlite3_extended_result_codes(db_, 1);
    // Another process may hold the write lock briefly; wait rather than fail at once.
    sqlite3_busy_timeout(db_, 5000);
}

Database::~Database()
{
    sqlite3_close_v2(db_);
}

void Database::execute(std::string_view sql)
{
    char* error = nullptr;
    const std::string statement(sql);
    const int rc = sqlite3_exec(db_, statement.c_str(), nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        const std::string message = error != nullptr ? error : sqlite3_errstr(rc);
        sqlite3_free(error);
        throw StoreError(message, rc);
    }
}

Statement Database::prepare(std::string_view sql)
{
    return Statement(db_, sql);
}

std::int64_t Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(db_);
}

std::int64_t Database::totalChanges() const
{
    return sqlite3_total_changes64(db_);
}

int Database::changes() const
{
    return sqlite3_changes(db_);
}

std::int64_t Database::queryInt(std::string_view sql)
{
    Statement statement = prepare(sql);
    if (!statement.step())
        throw StoreError("query returned no row: " + std::string(sql), SQLITE_ERROR);
    return statement.columnInt(0);
}

Statement::Statement(sqlite3* db, std::string_view sql) : db_(db)
{
    const int rc = sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr);
    if (rc != SQLITE_OK)
        fail(db, rc, "cannot prepare statement");
}

Statement::~Statement()
{
    sqlite3_finalize(stmt_);
}

Statement::Statement(Statement&& other) noexcept : db_(other.db_), stmt_(other.stmt_)
{
    other.stmt_ = nullptr;
}

Statement& Statement::bind(int index, std::int64_t value)
{
    const int rc = sqlite3_bind_int64(stmt_, index, value);
    if (rc != SQLITE_OK)
        fail(db_, rc, "cannot bind value");
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    const int rc = sqlite3_bind_double(stmt_, index, value);
    if (rc != SQLITE_OK)
        fail(db_, rc, "cannot bind value");
    return *this;
}

Statement& Statement::bind(int index, std::string_view text)
{
    const int rc = sqlite3_bind_text64(stmt_, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    if (rc != SQLITE_OK)
        fail(db_, rc, "cannot bind text");
    return *this;
}

Statement& Statement::bindNull(int index)
{
    const int rc = sqlite3_bind_null(stmt_, index);
    if (rc != SQLITE_OK)
        fail(db_, rc, "cannot bind null");
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const std::string message = sqlite3_errmsg(db_);
    sqlite3_reset(stmt_);
    throw StoreError(message, rc);
}

void Statement::run()
{
    while (step()) {
    }
    reset();
}

void Statement::reset()
{
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

std::int64_t Statement::columnInt(int column) const
{
    return sqlite3_column_int64(stmt_, column);
}

double Statement::columnDouble(int column) const
{
    return sqlite3_column_double(stmt_, column);
}

std::string Statement::columnText(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
    if (text == nullptr)
        return {};
    return std::string(text, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)));
}

bool Statement::columnIsNull(int column) const
{
    return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

std::optional<std::int64_t> Statement::columnOptionalInt(int column) const
{
    if (columnIsNull(column))
        return std::nullopt;
    return columnInt(column);
}

Transaction::Transaction(Database& db) : db_(db)
{
    db_.execute("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (!done_)
        sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit()
{
    db_.execute("COMMIT");
    done_ = true;
}

ReadSnapshot::ReadSnapshot(Database& db) : db_(db)
{
    db_.execute("BEGIN DEFERRED");
    // A deferred transaction takes its snapshot at its first read: take it now.
    db_.queryInt("SELECT count(*) FROM sqlite_schema");
}

ReadSnapshot::~ReadSnapshot()
{
    sqlite3_exec(db_.handle(), "COMMIT", nullptr, nullptr, nullptr); // nothing written: ends the read
}

} // namespace hilo::store
