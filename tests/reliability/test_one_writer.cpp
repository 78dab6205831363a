// One writer per project: while a process holds the project for writing, a second writer is
// refused with a clear message, and verbs that only read keep working.
#include "reliability_fixture.h"

#include "project/writer_lock.h"

using namespace hilo::test;

TEST_CASE("while another process writes, reading verbs work and writing verbs are refused clearly", "[lock]")
{
    ReliabilityProject p;
    const std::string before = readFile(p.project / "project.db");
    hilo::WriterLock held(p.project); // this test process plays the other window

    for (const std::vector<std::string>& reading :
         {std::vector<std::string>{"sources", p.path()}, {"show", p.path(), "YP07"}, {"codings", p.path()},
          {"codebook", p.path(), "list"}, {"search", p.path(), "vergüenza"}, {"doctor", p.path()},
          {"backups", p.path()}, {"groups", p.path()}}) {
        const CliResult result = runHilo(reading);
        INFO(reading.front() << ": " << result.err);
        CHECK(result.exitCode == 0);
        CHECK_THAT(result.err, !Catch::Contains("database is locked"));
    }
    for (const std::vector<std::string>& writing :
         {std::vector<std::string>{"code", p.path(), "YP07", "Disclosure/Barriers/Embarrassment", "--coder", "Ana", "--text",
                                   "escuela"},
          {"autocode", p.path(), "--query", "escuela", "--code", "Disclosure/Barriers/Embarrassment", "--coder", "Ana"},
          {"reindex", p.path()}, {"doctor", p.path(), "--repair"}}) {
        const CliResult result = runHilo(writing);
        INFO(writing.front());
        CHECK(result.exitCode == 1);
        CHECK_THAT(result.err, Catch::Contains("is open for writing in another Hilo window or command (process " +
                                               std::to_string(::getpid()) + ")"));
        CHECK_THAT(result.err, Catch::Contains("read-only"));
    }
    CHECK(readFile(p.project / "project.db") == before);
}
