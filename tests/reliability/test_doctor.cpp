// `hilo doctor` on a healthy project, on one damaged on purpose, and repairing it.
#include "reliability_fixture.h"

using namespace hilo::test;
namespace fs = std::filesystem;

namespace {

QJsonObject checkNamed(const QJsonObject& report, const QString& name)
{
    for (const QJsonValue& check : report["checks"].toArray())
        if (check.toObject()["check"].toString() == name)
            return check.toObject();
    FAIL("no check " << name.toStdString());
    return {};
}

} // namespace

TEST_CASE("doctor finds nothing wrong with a healthy project", "[doctor]")
{
    ReliabilityProject p;
    const CliResult result = runHilo({"doctor", p.path()});
    INFO(result.err);
    CHECK(result.exitCode == 0);
    for (const char* check : {"integrity", "foreign_keys", "codings", "turns", "quotes", "index"})
        CHECK_THAT(result.out, Catch::Contains(std::string(check) + "\tok"));
}

TEST_CASE("doctor reports damage, repairs it only when asked, after a backup", "[doctor]")
{
    ReliabilityProject p;
    const long long codings = countIn(p.project, "SELECT count(*) FROM codings");
    const long long turns = countIn(p.project, "SELECT count(*) FROM turns");
    // A coding past its source's end, a coding of a source that is gone, a turn past the end,
    // a quote past the end, and a lost index.
    damage(p.project, "UPDATE codings SET end = 100000 WHERE id = (SELECT min(id) FROM codings);"
                      "INSERT INTO codings(guid, source_id, code_id, coder_id, start, end, created_at) "
                      "SELECT 'dangling-1', 999, code_id, coder_id, 0, 3, created_at FROM codings LIMIT 1;"
                      "UPDATE turns SET end = 100000 WHERE id = (SELECT max(id) FROM turns);"
                      "INSERT INTO quotes(guid, source_id, start, end, position, created_at) "
                      "SELECT 'quote-1', id, 0, length + 5, 1, '2026-01-01' FROM sources LIMIT 1;");
    fs::remove_all(p.project / "index");
    const std::string damaged = readFile(p.project / "project.db");

    const CliResult found = runHilo({"doctor", p.path(), "--json"});
    CHECK(found.exitCode == 1);
    CHECK_THAT(found.err, Catch::Contains("doctor --repair"));
    const QJsonObject report = jsonOf(found).object();
    CHECK_FALSE(report["healthy"].toBool());
    CHECK(checkNamed(report, "integrity")["problems"].toInteger() == 0);
    CHECK(checkNamed(report, "foreign_keys")["problems"].toInteger() == 1);
    CHECK(checkNamed(report, "codings")["problems"].toInteger() == 1);
    CHECK(checkNamed(report, "turns")["problems"].toInteger() == 1);
    CHECK(checkNamed(report, "quotes")["problems"].toInteger() == 1);
    CHECK(checkNamed(report, "index")["problems"].toInteger() == 1);
    CHECK(readFile(p.project / "project.db") == damaged); // examining changes nothing
    CHECK_FALSE(fs::exists(p.project / "index"));

    const CliResult repaired = runHilo({"doctor", p.path(), "--repair", "--json"});
    INFO(repaired.err);
    CHECK(repaired.exitCode == 0);
    const QJsonObject after = jsonOf(repaired).object();
    CHECK(after["healthy"].toBool());
    CHECK_FALSE(after["backup"].toString().isEmpty());
    CHECK(after["actions"].toArray().size() >= 4);
    CHECK(countIn(p.project, "SELECT count(*) FROM codings") == codings - 1);
    CHECK(countIn(p.project, "SELECT count(*) FROM turns") == turns - 1);
    CHECK(countIn(p.project, "SELECT count(*) FROM quotes") == 0);

    // The backup holds the damaged state, so nothing dropped is beyond reach.
    const QJsonArray backups = jsonOf(p.run({"backups", p.path(), "--json"})).array();
    REQUIRE(!backups.isEmpty());
    CHECK(backups[0].toObject()["operation"].toString() == "before-doctor");
    CHECK(backups[0].toObject()["id"].toString() == after["backup"].toString());

    const CliResult again = runHilo({"doctor", p.path()});
    CHECK(again.exitCode == 0);
    CHECK(jsonOf(p.run({"search", p.path(), "vergüenza", "--json"})).object()["total"].toInteger() > 0);
}

TEST_CASE("doctor says a damaged database file needs a backup restored", "[doctor]")
{
    ReliabilityProject p;
    p.run({"doctor", p.path()});
    // Overwrite a page in the middle of the file: SQLite's integrity check notices.
    const fs::path db = p.project / "project.db";
    damage(p.project, "PRAGMA wal_checkpoint(TRUNCATE);");
    std::string bytes = readFile(db);
    REQUIRE(bytes.size() > 4 * 4096);
    for (std::size_t i = 2 * 4096 + 100; i < 3 * 4096; ++i)
        bytes[i] = static_cast<char>(0x5A);
    std::ofstream(db, std::ios::binary | std::ios::trunc).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    const CliResult result = runHilo({"doctor", p.path(), "--repair"});
    CHECK(result.exitCode == 1);
    const bool reported = result.out.find("restore a backup") != std::string::npos ||
                          result.err.find("malformed") != std::string::npos ||
                          result.err.find("not a database") != std::string::npos;
    INFO(result.out << result.err);
    CHECK(reported);
}
