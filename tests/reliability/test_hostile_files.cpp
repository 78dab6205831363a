// Hostile files through the real `hilo import` / `codebook import` / `code`: each is refused
// with one clear line naming the file (or handled), never crashes, never writes outside the
// project, leaves the project unchanged, and keeps memory bounded (peak RSS of the process).
// Unit-level cases live beside the readers (tests/import, tests/codebook, tests/exchange for
// .qdpx archives); these check the whole path a user takes.
#include "reliability_fixture.h"

#include <QProcess>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

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
// unchanged and the process's peak memory under `maxMb`.
void expectImportRefused(const ReliabilityProject& p, const fs::path& file, const std::string& reason, long maxMb)
{
    const std::string before = readFile(p.project / "project.db");
    const Measured result = runMeasured({"import", p.path(), file.string(), "--group", "YP"}, p.folder / "err.txt");
    INFO(file.filename().string() << ": exit " << result.exitCode << ", peak " << result.peakKb / 1024 << " MB: " << result.err);
    CHECK(result.exitCode == 1);
    CHECK_THAT(result.err, Catch::Contains(file.filename().string()) && Catch::Contains(reason));
    CHECK(std::count(result.err.begin(), result.err.end(), '\n') == 1);
    CHECK(result.peakKb < maxMb * 1024);
    CHECK(readFile(p.project / "project.db") == before);
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
