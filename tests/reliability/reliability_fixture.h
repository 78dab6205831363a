#pragma once
// A small project made through the real CLI, for the reliability tests: two fictional
// transcripts (Spanish with accents and an emoji, English), a codebook, two coders, codings.
#include "cli/cli_runner.h"
#include "support/temp_folder.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

#include <filesystem>
#include <string>

namespace hilo::test {

inline QJsonDocument jsonOf(const CliResult& result)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(result.out));
}

// One integer from project.db, read through a separate connection as an outside observer.
inline long long countIn(const std::filesystem::path& project, const std::string& sql)
{
    sqlite3* db = nullptr;
    long long value = -1;
    if (sqlite3_open_v2((project / "project.db").c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr) == SQLITE_OK && sqlite3_step(statement) == SQLITE_ROW)
            value = sqlite3_column_int64(statement, 0);
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return value;
}

// Damage on purpose, as a crash or a hand edit could: foreign keys off, checks bypassed.
inline void damage(const std::filesystem::path& project, const std::string& sql)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open((project / "project.db").c_str(), &db) == SQLITE_OK);
    char* error = nullptr;
    const int rc = sqlite3_exec(db, ("PRAGMA foreign_keys = OFF; " + sql).c_str(), nullptr, nullptr, &error);
    INFO((error ? error : ""));
    sqlite3_free(error);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

struct ReliabilityProject {
    TempFolder folder;
    std::filesystem::path project = folder / "Study.hilo";

    explicit ReliabilityProject(const std::string& marker = "zorzal")
    {
        run({"init", project.string(), "--codebook", "tfcsea"});
        const auto yp = folder.write("YP07.txt", "Group: YP\nParticipant: YP07\n(Fictional sample transcript.)\n\n"
                                                 "Entrevistadora: ¿Le contaste a alguien?\n\n"
                                                 "YP07: No 😢. Me daba mucha vergüenza, como un " + marker + ".\n\n"
                                                 "Entrevistadora: ¿Y en la escuela?\n\n"
                                                 "YP07: Tampoco. Pensé que me iban a culpar a mí.\n");
        const auto fw = folder.write("FW02.txt", "Group: FW\nParticipant: FW02\n(Fictional sample transcript.)\n\n"
                                                 "Interviewer: How do young people tell you?\n\n"
                                                 "FW02: Mostly they tell a teacher first, and the teacher is scared.\n");
        run({"import", project.string(), yp.string(), fw.string()});
        run({"coders", project.string(), "add", "Ana"});
        run({"code", project.string(), "YP07", "Disclosure/Barriers/Embarrassment", "--coder", "Ana", "--text",
             "mucha vergüenza"});
    }

    CliResult run(const std::vector<std::string>& args) const
    {
        const CliResult result = runHilo(args);
        INFO(args.front() << ": " << result.err);
        REQUIRE(result.exitCode == 0);
        return result;
    }

    std::string path() const { return project.string(); }
};

} // namespace hilo::test
