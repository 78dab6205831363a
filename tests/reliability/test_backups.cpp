// Backups kept before bulk operations, listed and restored through the real CLI.
#include "reliability_fixture.h"

#include <sys/stat.h>

using namespace hilo::test;
namespace fs = std::filesystem;

namespace {

QJsonArray backupsOf(const ReliabilityProject& p)
{
    return jsonOf(p.run({"backups", p.path(), "--json"})).array();
}

unsigned modeOf(const fs::path& path)
{
    struct stat info {};
    ::stat(path.c_str(), &info);
    return info.st_mode & 07777;
}

} // namespace

TEST_CASE("an import and an autocode each leave a backup, and restoring one undoes what followed", "[backups]")
{
    ReliabilityProject p;
    QJsonArray before = backupsOf(p);
    REQUIRE(before.size() == 1); // the import in the fixture
    CHECK(before[0].toObject()["operation"].toString() == "before-import");
    CHECK(before[0].toObject()["size"].toInteger() > 0);

    const long long codings = countIn(p.project, "SELECT count(*) FROM codings");
    p.run({"autocode", p.path(), "--query", "teacher", "--code", "Disclosure/Barriers/Embarrassment", "--coder", "Ana"});
    REQUIRE(countIn(p.project, "SELECT count(*) FROM codings") > codings);
    const QJsonArray afterAutocode = backupsOf(p);
    REQUIRE(afterAutocode.size() == 2);
    CHECK(afterAutocode[0].toObject()["operation"].toString() == "before-autocode");

    // Every backup file and the folder are owner-only.
    CHECK(modeOf(p.project / "backups") == 0700);
    for (const auto& entry : fs::directory_iterator(p.project / "backups"))
        CHECK(modeOf(entry.path()) == 0600);

    // The backup before autocode: the codings after the import and the one manual coding.
    const QString id = afterAutocode[0].toObject()["id"].toString();
    const QJsonObject restored = jsonOf(p.run({"restore", p.path(), id.toStdString(), "--json"})).object();
    CHECK(restored["restored"].toString() == id);
    CHECK(countIn(p.project, "SELECT count(*) FROM codings") == codings);
    CHECK(countIn(p.project, "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check = 'ok'") == 1);

    // The state before restoring is itself kept, and the index was rebuilt to match.
    const QJsonArray afterRestore = backupsOf(p);
    REQUIRE(afterRestore.size() == 3);
    CHECK(afterRestore[0].toObject()["operation"].toString() == "before-restore");
    const QJsonObject doctor = jsonOf(p.run({"doctor", p.path(), "--json"})).object();
    CHECK(doctor["healthy"].toBool());
    const QJsonObject hits = jsonOf(p.run({"search", p.path(), "kind:coding teacher", "--json"})).object();
    CHECK(hits["total"].toInteger() == 0);

    // Restoring the state before restoring brings the autocoded codings back.
    p.run({"restore", p.path(), afterRestore[0].toObject()["id"].toString().toStdString()});
    CHECK(countIn(p.project, "SELECT count(*) FROM codings") > codings);
}

TEST_CASE("refused, empty and no-change operations leave the backups as they were", "[backups]")
{
    ReliabilityProject p;
    const QJsonArray before = backupsOf(p);
    REQUIRE(before.size() == 1);
    const auto refused = [&](const std::vector<std::string>& args) {
        INFO(args.front());
        CHECK(runHilo(args).exitCode == 1);
        CHECK(backupsOf(p) == before);
    };
    // An identifier the guard flags: refused before anything is written, five times over.
    const auto leaky = p.folder.write("YP08.txt", "Group: YP\n\nYP08: Escríbeme a yp08@example.com.\n");
    for (int attempt = 0; attempt < 5; ++attempt)
        refused({"import", p.path(), leaky.string()});
    refused({"import", p.path(), (p.folder / "missing.txt").string()});
    refused({"autocode", p.path(), "--query", "zorzal colour:red", "--code", "Embarrassment", "--coder", "Ana"});
    refused({"codebook", p.path(), "merge", "Disclosure", "Disclosure/Barriers"}); // into its own sub-code

    // Operations that go through but find nothing to change keep no backup either.
    const auto unchanged = [&](const std::vector<std::string>& args) {
        INFO(args.front());
        CHECK(runHilo(args).exitCode == 0);
        CHECK(backupsOf(p) == before);
    };
    unchanged({"import", p.path(), (p.folder / "YP07.txt").string()}); // already in the project
    unchanged({"autocode", p.path(), "--query", "nadaquebuscar", "--code", "Embarrassment", "--coder", "Ana"});
    p.run({"autocode", p.path(), "--query", "culpar", "--code", "Embarrassment", "--coder", "Ana"});
    const QJsonArray afterAutocode = backupsOf(p);
    REQUIRE(afterAutocode.size() == 2);
    runHilo({"autocode", p.path(), "--query", "culpar", "--code", "Embarrassment", "--coder", "Ana"}); // all coded
    CHECK(backupsOf(p) == afterAutocode);
}

TEST_CASE("only the newest five backups are kept, newest first", "[backups]")
{
    ReliabilityProject p;
    for (int i = 0; i < 6; ++i) {
        const std::string coder = "Coder" + std::to_string(i); // each autocode then adds codings
        p.run({"coders", p.path(), "add", coder});
        p.run({"autocode", p.path(), "--query", "culpar", "--code", "Disclosure/Barriers/Embarrassment", "--coder", coder});
    }
    const QJsonArray all = backupsOf(p);
    REQUIRE(all.size() == 5);
    for (const QJsonValue& backup : all)
        CHECK(backup.toObject()["operation"].toString() == "before-autocode"); // the import's is the oldest, gone
    for (qsizetype i = 1; i < all.size(); ++i)
        CHECK(all[i - 1].toObject()["id"].toString() > all[i].toObject()["id"].toString());
}

TEST_CASE("restoring an unknown backup is refused and changes nothing", "[backups]")
{
    ReliabilityProject p;
    const std::string before = readFile(p.project / "project.db");
    const CliResult result = runHilo({"restore", p.path(), "20000101-000000-000"});
    CHECK(result.exitCode == 1);
    CHECK_THAT(result.err, Catch::Contains("no complete backup '20000101-000000-000'"));
    CHECK(readFile(p.project / "project.db") == before);
}

TEST_CASE("opening a project of an older schema keeps a copy of it before migrating", "[backups]")
{
    ReliabilityProject p;
    // Undo the last migration (5: survey themes) by hand: a project as the Hilo before wrote it.
    damage(p.project, "DROP TABLE code_theme_links; DROP TABLE survey_indicators; "
                      "DROP TABLE survey_theme_definitions; DROP TABLE survey_value_labels; "
                      "DROP TABLE survey_datasets; DROP TABLE survey_themes; PRAGMA user_version = 4;");
    const long long codings = countIn(p.project, "SELECT count(*) FROM codings");
    REQUIRE(codings > 0);

    p.run({"coders", p.path(), "add", "Luis"}); // the first write opens and migrates it
    CHECK(countIn(p.project, "PRAGMA user_version") == 5);
    CHECK(countIn(p.project, "SELECT count(*) FROM survey_themes") == 0);
    CHECK(countIn(p.project, "SELECT count(*) FROM codings") == codings);

    const QJsonArray backups = backupsOf(p);
    REQUIRE(backups.size() == 2); // after the import in the fixture
    CHECK(backups[0].toObject()["operation"].toString() == "before-migration-to-5");
    // The copy is the project as it was: schema 4, the same codings, one coder.
    std::vector<fs::path> copies;
    for (const auto& entry : fs::directory_iterator(p.project / "backups"))
        if (entry.path().filename().string().find(backups[0].toObject()["id"].toString().toStdString()) != std::string::npos)
            copies.push_back(entry.path());
    REQUIRE(copies.size() == 1);
    CHECK(modeOf(copies.front()) == 0600);
    const TempFolder opened;
    fs::create_directories(opened / "Old.hilo");
    fs::copy_file(copies.front(), opened / "Old.hilo" / "project.db");
    CHECK(countIn(opened / "Old.hilo", "PRAGMA user_version") == 4);
    CHECK(countIn(opened / "Old.hilo", "SELECT count(*) FROM codings") == codings);
    CHECK(countIn(opened / "Old.hilo", "SELECT count(*) FROM coders") == 1);
}
