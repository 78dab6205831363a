// Every kind of bad input: one clear line naming the file, a non-zero exit, and a project.db
// that is byte for byte what it was.
#include "cli_runner.h"
#include "project/project.h"
#include "support/temp_folder.h"

#include <catch2/catch.hpp>

using namespace hilo::test;
namespace fs = std::filesystem;

namespace {

struct Fixture {
    TempFolder folder;
    std::string project = (folder / "Study.hilo").string();

    Fixture()
    {
        REQUIRE(runHilo({"init", project}).exitCode == 0);
        const fs::path good = folder.write("FW01.txt", "Interviewer: Hello.\nFW01: Good morning.\n");
        REQUIRE(runHilo({"import", project, good.string()}).exitCode == 0);
    }

    std::string database() const { return readFile(fs::path(project) / "project.db"); }

    void expectRefused(const std::vector<std::string>& args, const std::string& mentions)
    {
        const std::string before = database();
        const CliResult result = runHilo(args);
        INFO(result.err);
        CHECK(result.exitCode == 1);
        CHECK_THAT(result.err, Catch::Contains(mentions));
        CHECK(std::count(result.err.begin(), result.err.end(), '\n') == 1); // one line
        CHECK(database() == before);
    }
};

} // namespace

TEST_CASE("bad transcripts are refused with the file named and the project unchanged", "[cli][errors]")
{
    Fixture f;
    const TempFolder& dir = f.folder;
    SECTION("an empty file")
    {
        f.expectRefused({"import", f.project, dir.write("YP01.txt", "").string()}, "YP01.txt: is empty");
    }
    SECTION("a binary file")
    {
        f.expectRefused({"import", f.project, dir.write("YP01.txt", std::string("\x7f" "ELF\x02\x01\x01\0\0\0", 10)).string()},
                        "YP01.txt: looks like a binary file");
    }
    SECTION("a truncated docx")
    {
        const fs::path docx = fs::path(HILO_DEMO_DIR) / "corpus";
        fs::path original;
        for (const auto& entry : fs::directory_iterator(docx))
            if (entry.path().extension() == ".docx")
                original = entry.path();
        REQUIRE(!original.empty());
        const std::string bytes = readFile(original);
        f.expectRefused({"import", f.project, dir.write("YP09.docx", bytes.substr(0, bytes.size() / 2)).string()},
                        "YP09.docx");
    }
    SECTION("an unknown group tag")
    {
        f.expectRefused({"import", f.project,
                         dir.write("x.txt", "Group: ZZ\nParticipant: ZZ01\n\nI: Hi\nP: Hello\n").string()},
                        "x.txt: unknown group 'ZZ'");
    }
    SECTION("a transcript containing an e-mail address")
    {
        f.expectRefused({"import", f.project,
                         dir.write("YP02.txt", "I: How did he reach you?\nYP02: He wrote to me at luis.m@correo.mx\n").string()},
                        "YP02.txt:2:");
    }
    SECTION("a missing path")
    {
        f.expectRefused({"import", f.project, (dir / "no-such-file.txt").string()}, "no-such-file.txt: no such file");
    }
    SECTION("one bad file among good ones")
    {
        f.expectRefused({"import", f.project, dir.write("JP01.txt", "I: Hi\nJP01: Hello\n").string(),
                         dir.write("YP03.txt", "").string()},
                        "YP03.txt: is empty");
    }
}

TEST_CASE("a folder that is not a project is a clear error", "[cli][errors]")
{
    const TempFolder folder;
    const fs::path notProject = folder / "Documents";
    fs::create_directories(notProject);
    const CliResult result = runHilo({"sources", notProject.string()});
    CHECK(result.exitCode == 1);
    CHECK_THAT(result.err, Catch::Contains("Documents: not a Hilo project"));
    const CliResult importing = runHilo({"import", notProject.string(), folder.write("YP01.txt", "I: a\nP: b\n").string()});
    CHECK(importing.exitCode == 1);
    CHECK(fs::is_empty(notProject)); // nothing was created in it
}

TEST_CASE("usage mistakes exit with 2 and show the usage", "[cli][errors]")
{
    CHECK(runHilo({"import"}).exitCode == 2);
    const CliResult unknown = runHilo({"sources", "x", "--frobnicate"});
    CHECK(unknown.exitCode == 2);
    CHECK_THAT(unknown.err, Catch::Contains("unknown option --frobnicate"));
    CHECK(runHilo({"fly"}).exitCode == 2);
    CHECK(runHilo({"--help"}).exitCode == 0);
}

TEST_CASE("a command that would write to a project open elsewhere is refused, and reading still works", "[cli][lock]")
{
    Fixture f;
    const std::string before = f.database();
    hilo::Project open = hilo::Project::open(f.project); // as a window holding the project would
    const CliResult importing = runHilo({"import", f.project, f.folder.write("JP01.txt", "I: Hi\nJP01: Hello\n").string()});
    CHECK(importing.exitCode == 1);
    CHECK_THAT(importing.err, Catch::Contains("is open for writing in another Hilo window or command (process "));
    CHECK(runHilo({"sources", f.project}).exitCode == 0);
    CHECK(f.database() == before);
}

TEST_CASE("a query nested or chained beyond any person's writing is an error, not a crash", "[cli][errors]")
{
    Fixture f;
    const std::string deep = std::string(20000, '(') + "morning" + std::string(20000, ')');
    f.expectRefused({"search", f.project, deep}, "more than 1000 words, filters and operators");
    const std::string nested = std::string(40, '(') + "morning" + std::string(40, ')');
    f.expectRefused({"search", f.project, nested}, "nested more than 32 deep");
    std::string chain = "morning";
    for (int i = 0; i < 3000; ++i)
        chain += " OR morning";
    f.expectRefused({"search", f.project, chain}, "more than 1000");
    // What a person writes still works.
    CHECK(runHilo({"search", f.project, "((morning OR hello) AND NOT (rain))"}).exitCode == 0);
}
