// The way back when project.db itself is damaged, through the real CLI: the recovery verbs
// (doctor, backups, restore) work from the folder and its backups, and partial backups are
// never offered.
#include "reliability_fixture.h"

#include <fstream>

using namespace hilo::test;
namespace fs = std::filesystem;

namespace {

std::string newestBackup(const ReliabilityProject& p)
{
    const QJsonArray backups = jsonOf(p.run({"backups", p.path(), "--json"})).array();
    REQUIRE_FALSE(backups.empty());
    return backups[0].toObject()["id"].toString().toStdString();
}

// A second backup, so the test can tell which one restore brought back.
void codeAgain(const ReliabilityProject& p)
{
    p.run({"autocode", p.path(), "--query", "teacher", "--code", "Disclosure/Barriers/Embarrassment", "--coder", "Ana"});
}

// Four KiB of zeros over page 20 onwards of project.db, as a failing disk leaves it.
void zeroPage(const fs::path& database, std::streamoff page)
{
    std::fstream file(database, std::ios::in | std::ios::out | std::ios::binary);
    file.seekp(page * 4096);
    const std::string zeros(4096, '\0');
    file.write(zeros.data(), static_cast<std::streamsize>(zeros.size()));
}

long long codings(const ReliabilityProject& p)
{
    return countIn(p.project, "SELECT count(*) FROM codings");
}

void makeLarger(const ReliabilityProject& p)
{
    // Enough pages that a page in the middle holds rows the integrity check reads.
    for (int i = 0; i < 40; ++i)
        p.run({"codebook", p.path(), "add", "Código de prueba " + std::to_string(i), "--definition",
               "Definición ficticia número " + std::to_string(i) + " " + std::string(400, 'x')});
}

} // namespace

TEST_CASE("a truncated project.db is listed, diagnosed and restored from its backups", "[backups][damage]")
{
    ReliabilityProject p;
    codeAgain(p);
    const long long codedBefore = codings(p);
    const std::string newest = newestBackup(p);
    const auto hits = [&] { return jsonOf(p.run({"search", p.path(), "kind:turn vergüenza", "--json"})).object()["total"].toInteger(); };
    const auto hitsBefore = hits();
    REQUIRE(hitsBefore == 1);
    fs::resize_file(p.project / "project.db", 100000 < fs::file_size(p.project / "project.db")
                                                  ? 100000
                                                  : fs::file_size(p.project / "project.db") / 2);

    const CliResult backups = runHilo({"backups", p.path(), "--json"});
    CHECK(backups.exitCode == 0);
    CHECK(jsonOf(backups).array().size() == 2);

    const CliResult doctor = runHilo({"doctor", p.path()});
    CHECK(doctor.exitCode == 1);
    CHECK(doctor.out.find("damaged") != std::string::npos);
    CHECK(doctor.out.find("hilo restore " + p.path() + " " + newest) != std::string::npos);
    CHECK(doctor.err.find("restore a backup") != std::string::npos);

    const CliResult restore = runHilo({"restore", p.path(), newest, "--json"});
    INFO(restore.err);
    REQUIRE(restore.exitCode == 0);
    const QJsonObject report = jsonOf(restore).object();
    const fs::path kept = report["damaged_database"].toString().toStdString();
    CHECK(fs::exists(kept)); // the damaged file is kept for whoever looks into it
    CHECK(codings(p) == codedBefore - 1); // the state before the second autocode: one coding
    const QJsonObject healthy = jsonOf(p.run({"doctor", p.path(), "--json"})).object();
    CHECK(healthy["healthy"].toBool());
    CHECK(hits() == hitsBefore); // the index was rebuilt from the restored file
}

TEST_CASE("a project.db with a zeroed page is diagnosed with the way back, not an error", "[backups][damage]")
{
    ReliabilityProject p;
    makeLarger(p);
    codeAgain(p);
    const std::string newest = newestBackup(p);
    const auto pages = static_cast<std::streamoff>(fs::file_size(p.project / "project.db") / 4096);
    REQUIRE(pages > 21);
    zeroPage(p.project / "project.db", pages / 2);

    const CliResult doctor = runHilo({"doctor", p.path(), "--json"});
    CHECK(doctor.exitCode == 1);
    const QJsonObject report = jsonOf(doctor).object();
    CHECK_FALSE(report["healthy"].toBool());
    const QJsonObject integrity = report["checks"].toArray()[0].toObject();
    CHECK(integrity["check"].toString() == "integrity");
    CHECK(integrity["problems"].toInteger() > 0);
    CHECK(integrity["detail"].toString().contains(QString::fromStdString(newest)));

    // --repair does not pretend: it names the backup instead of dropping rows.
    const CliResult repair = runHilo({"doctor", p.path(), "--repair"});
    CHECK(repair.exitCode == 1);
    CHECK(repair.out.find("nothing repaired") != std::string::npos);

    // A backup of a damaged file would be worthless: restore puts the file aside instead.
    const CliResult restore = runHilo({"restore", p.path(), newest});
    INFO(restore.err);
    REQUIRE(restore.exitCode == 0);
    CHECK(restore.out.find("damaged file is kept") != std::string::npos);
    CHECK(jsonOf(p.run({"doctor", p.path(), "--json"})).object()["healthy"].toBool());
}

TEST_CASE("a missing project.db beside its backups is a damaged project, and restore brings it back", "[backups][damage]")
{
    ReliabilityProject p;
    const long long codedBefore = codings(p);
    codeAgain(p);
    const std::string newest = newestBackup(p);
    fs::remove(p.project / "project.db");
    fs::remove(p.project / "project.db-wal");
    fs::remove(p.project / "project.db-shm");

    const CliResult sources = runHilo({"sources", p.path()});
    CHECK(sources.exitCode == 1);
    CHECK(sources.err.find("project.db is missing") != std::string::npos);
    CHECK(runHilo({"backups", p.path()}).exitCode == 0);
    REQUIRE(runHilo({"restore", p.path(), newest}).exitCode == 0);
    CHECK(codings(p) == codedBefore);
}

TEST_CASE("partial backups are not listed, not counted among the kept, and cleared by the next backup", "[backups][damage]")
{
    ReliabilityProject p;
    const fs::path folder = p.project / "backups";
    const std::string good = newestBackup(p);
    // What kills and full disks leave: an empty copy, a truncated one, a copy still named .part,
    // and a journal beside a backup.
    std::ofstream(folder / "20990101-000000-000_before-import.db");
    fs::copy_file(folder / (good + "_before-import.db"), folder / "20990101-000000-001_before-merge.db");
    fs::resize_file(folder / "20990101-000000-001_before-merge.db", 5000);
    std::ofstream(folder / "20990101-000000-002_before-autocode.db.part") << "half";
    std::ofstream(folder / (good + "_before-import.db-journal")) << "stale";

    const QJsonArray listed = jsonOf(p.run({"backups", p.path(), "--json"})).array();
    REQUIRE(listed.size() == 1);
    CHECK(listed[0].toObject()["id"].toString().toStdString() == good);
    CHECK(runHilo({"restore", p.path(), "20990101-000000-001"}).exitCode == 1);

    // Five more bulk operations keep five complete backups; the partial ones pushed none out.
    for (int i = 0; i < 5; ++i) {
        const std::string coder = "Coder" + std::to_string(i);
        p.run({"coders", p.path(), "add", coder});
        p.run({"autocode", p.path(), "--query", "teacher", "--code", "Disclosure/Barriers/Embarrassment", "--coder", coder});
    }
    int files = 0;
    for (const auto& entry : fs::directory_iterator(folder)) {
        ++files;
        CHECK(entry.path().extension() == ".db");
    }
    CHECK(files == 5);
    CHECK(jsonOf(p.run({"backups", p.path(), "--json"})).array().size() == 5);
    // And the restored copy of one reads: no journal makes SQLite want to write to it.
    CHECK(runHilo({"restore", p.path(), newestBackup(p)}).exitCode == 0);
}

TEST_CASE("a writer.lock that is a symbolic link is refused, and its target left alone", "[lock][damage]")
{
    ReliabilityProject p;
    const fs::path victim = p.folder / "victim.txt";
    std::ofstream(victim) << "a file of the user's";
    fs::remove(p.project / "writer.lock");
    fs::create_symlink(victim, p.project / "writer.lock");

    const CliResult add = runHilo({"coders", p.path(), "add", "Beto"});
    CHECK(add.exitCode == 1);
    CHECK(add.err.find("symbolic link") != std::string::npos);
    std::ifstream in(victim);
    const std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK(content == "a file of the user's");
    // Reading needs no lock, so the project can still be read.
    CHECK(runHilo({"sources", p.path()}).exitCode == 0);
}
