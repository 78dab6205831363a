#include "baselines.h"

#include <sqlite3.h>
#include <xapian.h>

#include <chrono>
#include <stdexcept>

namespace hilo::bench {
namespace {

using Clock = std::chrono::steady_clock;

double millisSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

void check(int code, sqlite3* db)
{
    if (code != SQLITE_OK && code != SQLITE_DONE && code != SQLITE_ROW)
        throw std::runtime_error(std::string("fts5 baseline: ") + sqlite3_errmsg(db));
}

} // namespace

double bareXapianLoopMs(const std::vector<TurnText>& turns, const std::filesystem::path& folder)
{
    const auto start = Clock::now();
    Xapian::WritableDatabase database(folder.string(), Xapian::DB_CREATE_OR_OVERWRITE);
    Xapian::TermGenerator english;
    english.set_stemmer(Xapian::Stem("english"));
    Xapian::TermGenerator spanish;
    spanish.set_stemmer(Xapian::Stem("spanish"));
    database.begin_transaction();
    for (const TurnText& turn : turns) {
        Xapian::TermGenerator& generator = turn.language == "es" ? spanish : english;
        Xapian::Document document;
        generator.set_document(document);
        generator.index_text(turn.text);
        database.add_document(document);
    }
    database.commit_transaction();
    database.close();
    return millisSince(start);
}

struct Fts5Baseline::Handle {
    sqlite3* db = nullptr;
};

Fts5Baseline::Fts5Baseline(const std::filesystem::path& file, bool reuse) : handle_(new Handle)
{
    if (!reuse)
        std::filesystem::remove(file);
    check(sqlite3_open(file.c_str(), &handle_->db), handle_->db);
    if (reuse)
        return;
    check(sqlite3_exec(handle_->db,
                       "CREATE VIRTUAL TABLE turns USING fts5(text, tokenize = 'unicode61 remove_diacritics 2');"
                       "CREATE TABLE plain(text TEXT NOT NULL);",
                       nullptr, nullptr, nullptr),
          handle_->db);
}

Fts5Baseline::~Fts5Baseline()
{
    sqlite3_close(handle_->db);
    delete handle_;
}

double Fts5Baseline::buildMs(const std::vector<TurnText>& turns)
{
    const auto start = Clock::now();
    sqlite3* db = handle_->db;
    check(sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr), db);
    sqlite3_stmt* insert = nullptr;
    check(sqlite3_prepare_v2(db, "INSERT INTO turns(text) VALUES (?)", -1, &insert, nullptr), db);
    for (const TurnText& turn : turns) {
        sqlite3_bind_text(insert, 1, turn.text.data(), static_cast<int>(turn.text.size()), SQLITE_STATIC);
        check(sqlite3_step(insert), db);
        sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);
    check(sqlite3_exec(db, "INSERT INTO plain(text) SELECT text FROM turns; COMMIT", nullptr, nullptr, nullptr), db);
    return millisSince(start);
}

namespace {

double timeQuery(sqlite3* db, const char* sql, const std::string& parameter, int parameters)
{
    const auto start = Clock::now();
    sqlite3_stmt* statement = nullptr;
    check(sqlite3_prepare_v2(db, sql, -1, &statement, nullptr), db);
    for (int i = 1; i <= parameters; ++i)
        sqlite3_bind_text(statement, i, parameter.data(), static_cast<int>(parameter.size()), SQLITE_TRANSIENT);
    while (sqlite3_step(statement) == SQLITE_ROW) {
    }
    sqlite3_finalize(statement);
    return millisSince(start);
}

} // namespace

double Fts5Baseline::queryMs(const std::string& word)
{
    // The same work as a Hilo search: a total count plus the best 20 with snippets.
    return timeQuery(handle_->db, "SELECT count(*) FROM turns WHERE turns MATCH ?1", word, 1) +
           timeQuery(handle_->db,
                     "SELECT rowid, snippet(turns, 0, '«', '»', '…', 12) FROM turns WHERE turns MATCH ?1 "
                     "ORDER BY rank LIMIT 20",
                     word, 1);
}

double Fts5Baseline::likeMs(const std::string& word)
{
    const std::string pattern = "%" + word + "%";
    return timeQuery(handle_->db, "SELECT count(*) FROM plain WHERE text LIKE ?1", pattern, 1) +
           timeQuery(handle_->db, "SELECT rowid FROM plain WHERE text LIKE ?1 LIMIT 20", pattern, 1);
}

} // namespace hilo::bench
