// Whole-file reads and writes: only regular files are read, never past the bound (even when the
// file grows), and a failed write leaves neither half a file nor its temporary behind.
#include "import/file_bytes.h"
#include "import/import_error.h"
#include "support/error_of.h"
#include "support/temp_folder.h"

#include <catch2/catch.hpp>

#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <fstream>

using namespace hilo::import;
using hilo::UserError;
using hilo::test::readFile;
using hilo::test::namesIn;
using hilo::test::TempFolder;
using hilo::test::errorOf;
namespace fs = std::filesystem;

TEST_CASE("readFileBytes reads a regular file, and a symbolic link to one", "[import][files]")
{
    TempFolder folder;
    const fs::path file = folder.write("FW-01.txt", "Interviewer: hola\n");
    CHECK(readFileBytes(file) == "Interviewer: hola\n");
    fs::create_symlink(file, folder / "link.txt");
    CHECK(readFileBytes(folder / "link.txt") == "Interviewer: hola\n");
    CHECK(readFileBytes(folder.write("empty.txt", "")).empty());
}

TEST_CASE("readFileBytes refuses devices, and links to them, without reading them", "[import][files]")
{
    TempFolder folder;
    // /dev/zero never ends: read whole, it grew to gigabytes before the allocation failed.
    fs::create_symlink("/dev/zero", folder / "z.txt");
    CHECK(errorOf<UserError>([&] { readFileBytes(folder / "z.txt"); })
          == "z.txt: is not a regular file (a device, pipe or socket); Hilo reads only files");
    CHECK_THAT(errorOf<UserError>([&] { readFileBytes("/dev/null"); }), Catch::StartsWith("null: is not a regular file"));
}

TEST_CASE("readFileBytes refuses a named pipe at once instead of waiting for a writer", "[import][files]")
{
    TempFolder folder;
    const fs::path fifo = folder / "x.txt";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    // In a child, so that a regression (an open or read that blocks) fails the test on the
    // timeout below instead of hanging it.
    const pid_t child = ::fork();
    if (child == 0) {
        try {
            readFileBytes(fifo);
        } catch (const ImportError& error) {
            ::_exit(std::string(error.what()).find("x.txt: is not a regular file") == 0 ? 0 : 2);
        }
        ::_exit(3);
    }
    int status = 0;
    pid_t done = 0;
    for (int i = 0; i < 200 && done == 0; ++i) { // up to 10 s
        done = ::waitpid(child, &status, WNOHANG);
        if (done == 0)
            ::usleep(50000);
    }
    if (done == 0) {
        ::kill(child, SIGKILL);
        ::waitpid(child, &status, 0);
    }
    REQUIRE(done == child);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
}

TEST_CASE("readFileBytes names missing files and folders", "[import][files]")
{
    TempFolder folder;
    CHECK_THAT(errorOf<UserError>([&] { readFileBytes(folder / "nowhere.txt"); }), Catch::EndsWith("nowhere.txt: no such file"));
    fs::create_symlink(folder / "gone.txt", folder / "dangling.txt");
    CHECK_THAT(errorOf<UserError>([&] { readFileBytes(folder / "dangling.txt"); }), Catch::EndsWith("dangling.txt: no such file"));
    fs::create_directory(folder / "FW.txt");
    CHECK_THAT(errorOf<UserError>([&] { readFileBytes(folder / "FW.txt"); }), Catch::EndsWith("FW.txt: is a folder, not a file"));
}

TEST_CASE("readFileBytes stops at its bound and names it", "[import][files]")
{
    TempFolder folder;
    const fs::path file = folder.write("FW-02.txt", std::string(100, 'a'));
    const SizeLimit limit{99, "a test file", "make it smaller"};
    CHECK(errorOf<UserError>([&] { readFileBytes(file, limit); }) == "FW-02.txt: is too large for a test file (over 99 bytes); make it smaller");
    CHECK(readFileBytes(file, {100, "a test file", ""}).size() == 100);
    CHECK_THAT(errorOf<UserError>([&] { readFileBytes(file, {0, "nothing", ""}); }),
               Catch::Contains("is too large for nothing (over 0 bytes)"));
    const fs::path big = folder.write("FW-03.txt", std::string(2U * 1024U * 1024U + 1U, 'a'));
    CHECK_THAT(errorOf<UserError>([&] { readFileBytes(big, {2U * 1024U * 1024U, "a transcript", ""}); }),
               Catch::Contains("FW-03.txt: is too large for a transcript (over 2 MB)"));
}

TEST_CASE("a file that grows past the bound after it was opened is still refused", "[import][files]")
{
    TempFolder folder;
    const fs::path file = folder.write("FW-04.txt", std::string(50, 'a'));
    RegularFile opened(file, {100, "a transcript", ""});
    CHECK(opened.size() == 50);
    std::ofstream(file, std::ios::binary | std::ios::app) << std::string(100, 'b');
    CHECK(errorOf<UserError>([&] { opened.readAll(); }) == "FW-04.txt: is too large for a transcript (over 100 bytes)");

    // Growing but staying within the bound is read whole.
    const fs::path other = folder.write("FW-05.txt", std::string(10, 'a'));
    RegularFile grows(other, {100, "a transcript", ""});
    std::ofstream(other, std::ios::binary | std::ios::app) << std::string(80, 'b');
    CHECK(grows.readAll() == std::string(10, 'a') + std::string(80, 'b'));
}

TEST_CASE("writeFileBytes writes owner-only through a temporary it does not leave behind", "[import][files]")
{
    TempFolder folder;
    const fs::path file = folder / "codes.csv";
    writeFileBytes(file, "path\nA\n");
    CHECK(readFile(file) == "path\nA\n");
    CHECK((fs::status(file).permissions() & fs::perms::all) == (fs::perms::owner_read | fs::perms::owner_write));
    writeFileBytes(file, "path\nB\n");
    CHECK(readFile(file) == "path\nB\n");
    CHECK(namesIn(folder.path()) == std::vector<std::string>{"codes.csv"});
}

TEST_CASE("writeFileBytes never writes through a symbolic link planted at a temporary's name", "[import][files]")
{
    TempFolder folder;
    const fs::path victim = folder / "victim.txt";
    // The old writer opened "codes.csv.part" with O_TRUNC, following whatever link was there.
    fs::create_symlink(victim, folder / "codes.csv.part");
    writeFileBytes(folder / "codes.csv", "path\nA\n");
    CHECK_FALSE(fs::exists(victim));
    CHECK(readFile(folder / "codes.csv") == "path\nA\n");
    CHECK(fs::is_symlink(folder / "codes.csv.part"));
}

TEST_CASE("writeFileBytes on a full disk removes its temporary and names the file", "[import][files]")
{
    TempFolder folder;
    const fs::path file = folder / "report.html";
    writeFileBytes(file, "old report");
    const fs::path message = folder.path().parent_path() / (folder.path().filename().string() + ".message");
    // A file-size limit makes write(2) fail with EFBIG, as a full disk fails with ENOSPC; in a
    // child, so that the limit and the ignored SIGXFSZ stay there.
    const pid_t child = ::fork();
    if (child == 0) {
        std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{1000, 1000};
        ::setrlimit(RLIMIT_FSIZE, &limit);
        try {
            writeFileBytes(file, std::string(5000, 'x'));
        } catch (const UserError& error) {
            ::setrlimit(RLIMIT_FSIZE, &limit);
            std::ofstream(message) << error.what();
            ::_exit(0);
        }
        ::_exit(1);
    }
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    CHECK_THAT(readFile(message), Catch::StartsWith(file.string() + ": cannot be written (file too large)"));
    fs::remove(message);
    CHECK(namesIn(folder.path()) == std::vector<std::string>{"report.html"});
    CHECK(readFile(file) == "old report"); // the target is replaced only by a complete file

    CHECK_THAT(errorOf<UserError>([&] { writeFileBytes(folder / "no-folder" / "x.csv", "x"); }),
               Catch::Contains("x.csv: cannot be written (no such file or directory)"));
}

TEST_CASE("writeFileBytes removes what a killed writer of the same file left, not a live one's", "[import][files]")
{
    TempFolder folder;
    // A process that has exited and been reaped: its id names no process now.
    const pid_t gone = ::fork();
    if (gone == 0)
        ::_exit(0);
    REQUIRE(::waitpid(gone, nullptr, 0) == gone);
    const fs::path leftover = folder.write("codes.csv.part-" + std::to_string(gone) + ".Ab12Cd", "half an export");
    const fs::path live = folder.write("codes.csv.part-" + std::to_string(::getpid()) + ".Zz99Yy", "being written");
    const fs::path other = folder.write("other.csv.part-" + std::to_string(gone) + ".Ab12Cd", "another file's");
    writeFileBytes(folder / "codes.csv", "path\nA\n");
    CHECK_FALSE(fs::exists(leftover));
    CHECK(fs::exists(live));
    CHECK(fs::exists(other));
    CHECK(readFile(folder / "codes.csv") == "path\nA\n");
}
