// Hostile files through the real `hilo import` / `codebook import` / `code`: each is refused
// with one clear line naming the file (or handled), never crashes, never writes outside the
// project, leaves the project unchanged, and keeps memory bounded (peak RSS of the process).
// Unit-level cases live beside the readers (tests/import, tests/codebook, tests/exchange for
// .qdpx archives); these check the whole path a user takes.
#include "reliability_fixture.h"

#include <QProcess>

#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <csignal>

using namespace hilo::test;
namespace fs = std::filesystem;

namespace {

struct Measured {
    int exitCode = -1;
    long peakKb = 0;
    std::string err;
};

// Runs hilo and reports its peak resident memory (wait4's ru_maxrss), which QProcess cannot.
Measured runMeasured(const std::vector<std::string>& args, const fs::path& errFile)
{
    std::fflush(nullptr); // or the child would print this process's buffered output again
    const pid_t child = ::fork();
    if (child == 0) {
        std::FILE* err = std::freopen(errFile.c_str(), "w", stderr);
        std::FILE* out = std::freopen("/dev/null", "w", stdout);
        (void)err;
        (void)out;
        std::vector<char*> argv{const_cast<char*>(HILO_CLI_PATH)};
        for (const std::string& arg : args)
            argv.push_back(const_cast<char*>(arg.c_str()));
        argv.push_back(nullptr);
        ::execv(HILO_CLI_PATH, argv.data());
        ::_exit(127);
    }
    int status = 0;
    struct rusage usage {};
    ::wait4(child, &status, 0, &usage);
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, usage.ru_maxrss, readFile(errFile)};
}

// Builds a zip with Python's zipfile, streaming, so a bomb never sits in this process's memory.
void writeZipWithPython(const fs::path& file, const std::string& entriesPython)
{
    const QString script = QStringLiteral("import zipfile, sys\n"
                                          "z = zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED)\n") +
                           QString::fromStdString(entriesPython) + QStringLiteral("\nz.close()\n");
    REQUIRE(QProcess::execute(QStringLiteral("/usr/bin/python3"),
                              {QStringLiteral("-c"), script, QString::fromStdString(file.string())}) == 0);
}

// Python lines writing an entry of `megabytes` MB of one letter inside a text element.
std::string bombEntry(const std::string& entry, const std::string& head, int megabytes)
{
    return "with z.open('" + entry + "', 'w') as f:\n    f.write(b'" + head + "')\n    for i in range(" +
           std::to_string(megabytes) + "): f.write(b'a' * 1048576)\n";
}

const std::string kOdtMimetype = "z.writestr('mimetype', 'application/vnd.oasis.opendocument.text')\n";
const std::string kWordHead = R"~(<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>)~";
const std::string kOdtHead = R"~(<?xml version=\"1.0\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text><text:p>)~";

bool isValidUtf8(const std::string& s)
{
    return QString::fromUtf8(s).toUtf8().toStdString() == s;
}

// Imports `file` expecting a refusal that names it and mentions `reason`, with the project
// unchanged (its database, and what `hilo sources` lists) and the process's peak memory under `maxMb`.
void expectImportRefused(const ReliabilityProject& p, const fs::path& file, const std::string& reason, long maxMb,
                         const std::vector<std::string>& extra = {})
{
    const std::string before = readFile(p.project / "project.db");
    const std::string sourcesBefore = p.run({"sources", p.path()}).out;
    std::vector<std::string> args{"import", p.path(), file.string(), "--group", "YP"};
    args.insert(args.end(), extra.begin(), extra.end());
    const Measured result = runMeasured(args, p.folder / "err.txt");
    INFO(file.filename().string() << ": exit " << result.exitCode << ", peak " << result.peakKb / 1024 << " MB: " << result.err);
    CHECK(result.exitCode == 1);
    CHECK_THAT(result.err, Catch::Contains(file.filename().string()) && Catch::Contains(reason));
    CHECK(std::count(result.err.begin(), result.err.end(), '\n') == 1);
    CHECK(result.peakKb < maxMb * 1024);
    CHECK(readFile(p.project / "project.db") == before);
    CHECK(p.run({"sources", p.path()}).out == sourcesBefore);
}

// Runs hilo and waits at most `seconds`; a run still going then is killed and reported as
// exit -2, so that a test of something that used to hang fails instead of hanging.
CliResult runWithTimeout(const std::vector<std::string>& args, int seconds)
{
    QStringList arguments;
    for (const std::string& arg : args)
        arguments << QString::fromStdString(arg);
    QProcess process;
    process.start(QStringLiteral(HILO_CLI_PATH), arguments);
    if (!process.waitForFinished(seconds * 1000)) {
        process.kill();
        process.waitForFinished(5000);
        return {-2, "", "timed out"};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput().toStdString(), process.readAllStandardError().toStdString()};
}


} // namespace

TEST_CASE("zip bombs in .docx and .odt are refused before inflating, in bounded memory", "[hostile]")
{
    ReliabilityProject p;
    const fs::path docx = p.folder / "YP20_bomb.docx";
    writeZipWithPython(docx, bombEntry("word/document.xml", kWordHead, 400));
    CHECK(fs::file_size(docx) < 2 * 1024 * 1024);
    expectImportRefused(p, docx, "larger than", 150);

    const fs::path odt = p.folder / "YP21_bomb.odt";
    writeZipWithPython(odt, kOdtMimetype + bombEntry("content.xml", kOdtHead, 400));
    expectImportRefused(p, odt, "larger than", 150);
}

TEST_CASE("entity expansion and external entities in .docx, .odt and .qdc are refused", "[hostile]")
{
    ReliabilityProject p;
    const std::string laughs = R"~(<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>)~";
    const std::string external = R"~(<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>)~";

    const fs::path docx = p.folder / "YP22_laughs.docx";
    writeZipWithPython(docx, "z.writestr('word/document.xml', '" + laughs +
                                 R"~(<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&c;</w:t></w:r></w:p></w:body></w:document>'))~");
    expectImportRefused(p, docx, "DTD", 150);

    const fs::path odt = p.folder / "YP23_external.odt";
    writeZipWithPython(odt, kOdtMimetype + "z.writestr('content.xml', '" + external +
                                R"~(<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text><text:p>&x;</text:p></office:text></office:body></office:document-content>'))~");
    expectImportRefused(p, odt, "DTD", 150);

    const fs::path qdc = p.folder.write("codes.qdc", "<?xml version=\"1.0\"?><!DOCTYPE CodeBook [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                                                      "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes><Code guid=\"9c1f0000-0000-4000-8000-000000000001\" name=\"&x;\" isCodable=\"true\"/></Codes></CodeBook>");
    const std::string before = readFile(p.project / "project.db");
    const CliResult result = runHilo({"codebook", p.path(), "import", qdc.string()});
    CHECK(result.exitCode == 1);
    CHECK_THAT(result.err, Catch::Contains("codes.qdc") && Catch::Contains("document type declaration"));
    CHECK(result.err.find("root:") == std::string::npos); // nothing of /etc/passwd
    CHECK(readFile(p.project / "project.db") == before);
}

TEST_CASE("archive entries that point outside (../, absolute) write nothing outside the project", "[hostile]")
{
    ReliabilityProject p;
    const fs::path docx = p.folder / "YP24_traversal.docx";
    const fs::path outside = p.folder / "escaped.txt";
    writeZipWithPython(docx, "z.writestr('../escaped.txt', 'x')\nz.writestr('/tmp/hilo-escaped-" + std::to_string(::getpid()) +
                                 ".txt', 'x')\nz.writestr('word/document.xml', '" + kWordHead +
                                 R"~(Interviewer: hola (ficticio)</w:t></w:r></w:p></w:body></w:document>'))~");
    const CliResult result = runHilo({"import", p.path(), docx.string(), "--group", "YP"});
    INFO(result.err);
    CHECK(result.exitCode != 3);
    CHECK_FALSE(fs::exists(outside));
    CHECK_FALSE(fs::exists("/tmp/hilo-escaped-" + std::to_string(::getpid()) + ".txt"));
    // The .qdpx reader refuses such archives outright (tests/exchange, evil-dotdot.qdpx).
}

TEST_CASE("invalid UTF-8 is decoded as a legacy encoding or refused, and stored text is valid UTF-8", "[hostile]")
{
    ReliabilityProject p;
    const fs::path file = p.folder.write("YP25.txt", "Group: YP\n\nInterviewer: \xC3\x28 \xA0\xA1 \xF0\x28\x8C\x28 ficticio\n\n"
                                                     "YP25: s\xED, \xFF\xFE\xED\xA0\x80 surrogate\n");
    const CliResult result = runHilo({"import", p.path(), file.string()});
    INFO(result.err);
    REQUIRE((result.exitCode == 0 || result.exitCode == 1));
    if (result.exitCode == 1) {
        CHECK_THAT(result.err, Catch::Contains("YP25.txt"));
    } else {
        const CliResult shown = p.run({"show", p.path(), "YP25"});
        CHECK(isValidUtf8(shown.out));
        CHECK(countIn(p.project, "SELECT count(*) FROM sources WHERE name = 'YP25' AND length > 0") == 1);
    }
}

TEST_CASE("a 100 MB single-line text file is refused by its size, in bounded memory", "[hostile]")
{
    ReliabilityProject p;
    const fs::path file = p.folder / "YP26_huge.txt";
    {
        std::ofstream out(file, std::ios::binary);
        out << "Group: YP\n\nYP26: ";
        const std::string words(1024 * 1024, 'a');
        for (int i = 0; i < 100; ++i)
            out << words;
    }
    expectImportRefused(p, file, "too large for a transcript (over 32 MB)", 120);
}

TEST_CASE("deeply nested XML in .docx, .odt and .qdc is refused, not recursed into", "[hostile]")
{
    ReliabilityProject p;
    const fs::path odt = p.folder / "YP27_deep.odt";
    writeZipWithPython(odt, kOdtMimetype + "z.writestr('content.xml', '" + kOdtHead + "' + '<text:span>' * 100000)");
    expectImportRefused(p, odt, "nested more than", 150);

    std::string qdcDeep = "<?xml version=\"1.0\"?><CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>";
    for (int i = 0; i < 100000; ++i)
        qdcDeep += "<Code guid=\"9c1f0000-0000-4000-8000-000000000001\" name=\"n\" isCodable=\"true\">";
    const fs::path qdc = p.folder.write("deep.qdc", qdcDeep);
    const CliResult result = runHilo({"codebook", p.path(), "import", qdc.string()});
    CHECK(result.exitCode == 1);
    CHECK_THAT(result.err, Catch::Contains("deep.qdc"));
}

TEST_CASE("offsets out of range are refused with the offset and the source's length", "[hostile]")
{
    ReliabilityProject p;
    const std::string before = readFile(p.project / "project.db");
    for (const char* span : {"5:99999", "-3:4", "9:2", "18446744073709551615:18446744073709551616"}) {
        const CliResult result = runHilo({"code", p.path(), "YP07", "Disclosure/Barriers/Embarrassment", "--coder", "Ana",
                                          "--span", span});
        INFO(span << ": " << result.err);
        CHECK((result.exitCode == 1 || result.exitCode == 2));
        CHECK_FALSE(result.err.empty());
    }
    const CliResult quote = runHilo({"quotes", p.path(), "add", "YP07", "--span", "0:99999"});
    CHECK(quote.exitCode != 0);
    CHECK(quote.exitCode != 3);
    CHECK(readFile(p.project / "project.db") == before);
}

TEST_CASE("a named pipe is refused at once, as a transcript, a .docx or an attributes table", "[hostile]")
{
    ReliabilityProject p;
    const fs::path fifo = p.folder / "x.txt";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    const fs::path fifoDocx = p.folder / "YP31.docx";
    REQUIRE(::mkfifo(fifoDocx.c_str(), 0600) == 0);
    const fs::path fifoCsv = p.folder / "people.csv";
    REQUIRE(::mkfifo(fifoCsv.c_str(), 0600) == 0);
    const fs::path good = p.folder.write("YP32.txt", "Group: YP\n\nInterviewer: ¿Cómo estás? (ficticio)\n\nYP32: Bien.\n");
    const std::string before = readFile(p.project / "project.db");
    const std::string sources = p.run({"sources", p.path()}).out;

    // Nothing ever writes to these pipes: before, reading one waited forever.
    const struct {
        std::vector<std::string> args;
        std::string name;
    } cases[] = {{{"import", p.path(), fifo.string(), "--group", "YP"}, "x.txt"},
                 {{"import", p.path(), fifoDocx.string()}, "YP31.docx"},
                 {{"import", p.path(), good.string(), "--attributes", fifoCsv.string()}, "people.csv"}};
    for (const auto& c : cases) {
        const auto start = std::chrono::steady_clock::now();
        const CliResult result = runWithTimeout(c.args, 20);
        const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        INFO(c.name << ": exit " << result.exitCode << " after " << seconds << " s: " << result.err);
        CHECK(result.exitCode == 1);
        CHECK(seconds < 10);
        CHECK_THAT(result.err, Catch::Contains(c.name + ": is not a regular file (a device, pipe or socket)"));
    }
    CHECK(readFile(p.project / "project.db") == before);
    CHECK(p.run({"sources", p.path()}).out == sources);
}

TEST_CASE("/dev/zero behind a transcript's name is refused without reading it, in bounded memory", "[hostile]")
{
    ReliabilityProject p;
    // Read whole, it grew to 4 GB before the allocation failed.
    const fs::path zero = p.folder / "z.txt";
    fs::create_symlink("/dev/zero", zero);
    expectImportRefused(p, zero, "is not a regular file (a device, pipe or socket)", 120);
    const fs::path docx = p.folder / "YP33.docx";
    fs::create_symlink("/dev/zero", docx);
    expectImportRefused(p, docx, "is not a regular file", 120);

    // A link to a regular file is read like the file.
    const fs::path real = p.folder.write("real.txt", "Group: YP\n\nInterviewer: ¿Y después? (ficticio)\n\nYP34: Nada.\n");
    const fs::path link = p.folder / "YP34.txt";
    fs::create_symlink(real, link);
    p.run({"import", p.path(), link.string()});
    CHECK(countIn(p.project, "SELECT count(*) FROM sources WHERE name = 'YP34'") == 1);
}

TEST_CASE("a .docx of 100 MB of XML in a small zip is refused by the 64 MB bound, in bounded memory", "[hostile]")
{
    // Between 64 MB and the 128 MB bound it had before: such a file was read, and 120 MB of XML
    // made 905,000 turns, 5 GB of memory and three minutes.
    ReliabilityProject p;
    const fs::path docx = p.folder / "YP35_bomb.docx";
    writeZipWithPython(docx, bombEntry("word/document.xml", kWordHead, 100));
    CHECK(fs::file_size(docx) < 1024 * 1024);
    expectImportRefused(p, docx, "entry word/document.xml is larger than the 64 MB Hilo accepts", 150);
}

TEST_CASE("a .docx of more than 100,000 speaker turns is refused by the turn bound, in bounded memory", "[hostile]")
{
    ReliabilityProject p;
    const fs::path docx = p.folder / "YP36_turns.docx";
    writeZipWithPython(docx, "with z.open('word/document.xml', 'w') as f:\n    f.write(b'" + kWordHead +
                                 "</w:t></w:r></w:p>')\n    for i in range(150000): f.write(b'<w:p><w:r><w:t>P: s\\xc3\\xad</w:t></w:r></w:p>')\n"
                                 "    f.write(b'</w:body></w:document>')\n");
    const auto start = std::chrono::steady_clock::now();
    expectImportRefused(p, docx, "has more than 100000 speaker turns, the most Hilo keeps for one source", 400);
    CHECK(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() < 60);
}

TEST_CASE("UTF-8 with a stray byte is refused with its offset, or read with U+FFFD when asked", "[hostile]")
{
    ReliabilityProject p;
    // One byte of Latin-1 (0xED, "í") in a UTF-8 file: read as Latin-1 it was, "niña" became
    // "niÃ±a" and was never found again.
    const std::string text = "Group: YP\n\nEntrevistadora: ¿Y la niña? (ficticio)\n\nYP37: s\xED, la ni\xC3\xB1" "a.\n";
    const fs::path file = p.folder.write("YP37.txt", text);
    const std::size_t offset = text.find('\xED');
    expectImportRefused(p, file, "YP37.txt:5:8: the file is UTF-8 except for 1 stray byte that is not UTF-8, at byte offset " +
                                     std::to_string(offset) + " (0xED); fix them, or import with --replace-invalid-bytes",
                        150);

    const CliResult result = p.run({"import", p.path(), file.string(), "--replace-invalid-bytes"});
    CHECK_THAT(result.err, Catch::Contains("warning: YP37.txt: replaced 1 stray byte that is not UTF-8, at byte offset " +
                                           std::to_string(offset) + " (0xED) with U+FFFD (the first on line 5)"));
    CHECK(p.run({"show", p.path(), "YP37"}).out == "Entrevistadora: ¿Y la niña? (ficticio)\n\nYP37: s\uFFFD, la niña.\n");
    CHECK(countIn(p.project, "SELECT count(*) FROM sources WHERE name = 'YP37' AND encoding = 'UTF-8'") == 1);
    const CliResult found = p.run({"search", p.path(), "niña", "--json"});
    CHECK_THAT(found.out, Catch::Contains("YP37"));
}

TEST_CASE("an export that fails for a full disk leaves no temporary and the old file intact", "[hostile]")
{
    ReliabilityProject p;
    const fs::path out = p.folder / "exports";
    fs::create_directory(out);
    const fs::path csv = out / "codes.csv";
    p.run({"codebook", p.path(), "export", csv.string()});
    const std::string old = readFile(csv);
    REQUIRE(old.size() > 40000); // larger than the limit below

    // A file-size limit makes write(2) fail with EFBIG, as a full disk fails with ENOSPC; the
    // limit leaves room for SQLite's 32 KB shared-memory file. SIGXFSZ is ignored so that the
    // write fails instead of killing the process, which would be a different test.
    fs::remove(csv);
    p.folder.write("exports/codes.csv", "an older export");
    const fs::path errFile = p.folder / "export-err.txt";
    std::fflush(nullptr); // or the child would print this process's buffered output again
    const pid_t child = ::fork();
    if (child == 0) {
        std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{36 * 1024, 36 * 1024};
        ::setrlimit(RLIMIT_FSIZE, &limit);
        std::FILE* err = std::freopen(errFile.c_str(), "w", stderr);
        std::FILE* devnull = std::freopen("/dev/null", "w", stdout);
        (void)err;
        (void)devnull;
        const std::string project = p.path();
        const std::string target = csv.string();
        ::execl(HILO_CLI_PATH, HILO_CLI_PATH, "codebook", project.c_str(), "export", target.c_str(), static_cast<char*>(nullptr));
        ::_exit(127);
    }
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    const std::string err = readFile(errFile);
    INFO(err);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 1);
    CHECK_THAT(err, Catch::Contains(csv.string() + ": cannot be written (file too large)"));
    CHECK(namesIn(out) == std::vector<std::string>{"codes.csv"});
    CHECK(readFile(csv) == "an older export");
}
