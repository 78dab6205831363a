// Privacy: owner-only files, no networking linked or used, no transcript text on stderr.
#include "reliability_fixture.h"

#include <QProcess>

#include <sys/stat.h>

using namespace hilo::test;
namespace fs = std::filesystem;

namespace {

std::string runTool(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    process.waitForFinished(300000);
    return process.readAll().toStdString();
}

// Every file and folder under `root` (and root itself) that is not owner-only.
std::vector<std::string> notOwnerOnly(const fs::path& root)
{
    std::vector<std::string> found;
    auto check = [&](const fs::path& path) {
        struct stat info {};
        if (::lstat(path.c_str(), &info) != 0)
            return;
        const unsigned mode = info.st_mode & 07777;
        const unsigned want = S_ISDIR(info.st_mode) ? 0700 : 0600;
        if (mode & ~want)
            found.push_back(path.string() + " " + std::to_string(mode));
    };
    check(root);
    if (fs::is_directory(root))
        for (const auto& entry : fs::recursive_directory_iterator(root))
        check(entry.path());
    return found;
}

} // namespace

TEST_CASE("the hilo and hilo-gui binaries link no networking library", "[privacy]")
{
    for (const char* binary : {HILO_CLI_PATH, HILO_GUI_PATH}) {
        const std::string libraries = runTool(QStringLiteral("ldd"), {QString::fromUtf8(binary)});
        INFO(binary << "\n" << libraries);
        REQUIRE_THAT(libraries, Catch::Contains("libc.so"));
        for (const char* network : {"libQt6Network", "libcurl", "libssl", "libgnutls", "libnghttp", "libsoup", "libldap",
                                    "libssh", "libkrb5", "libresolv"})
            CHECK_THAT(libraries, !Catch::Contains(network));
    }
}

TEST_CASE("a full CLI tour opens no socket of any family", "[privacy]")
{
    if (QProcess::execute(QStringLiteral("strace"), {QStringLiteral("-V")}) != 0)
        FAIL("strace is needed (scripts/install-deps installs it)");
    TempFolder folder;
    const fs::path trace = folder / "trace";
    const fs::path script = folder.write("tour.sh", std::string(R"(set -e
H=")") + HILO_CLI_PATH + R"("
P="$1/Tour.hilo"
printf 'Group: YP\nParticipant: YP01\n(Fictional sample.)\n\nInterviewer: Did you tell anyone?\n\nYP01: My teacher, the week after. Ñandú 😊\n' > "$1/YP01.txt"
"$H" init "$P" --codebook tfcsea
"$H" import "$P" "$1/YP01.txt"
"$H" sources "$P" --json
"$H" coders "$P" add Ana
"$H" code "$P" YP01 Disclosure/Barriers/Embarrassment --coder Ana --text teacher
"$H" autocode "$P" --query week --code Disclosure/Barriers/Embarrassment --coder Ana
"$H" search "$P" teacher --facets group,code
"$H" reindex "$P"
"$H" agreement "$P" --coders Ana,Ana --unit char >/dev/null 2>&1 || true
"$H" quotes "$P" list
"$H" export "$P" --qdpx "$1/tour.qdpx"
"$H" import "$1/Copy.hilo" "$1/tour.qdpx"
"$H" merge "$P" "$1/Copy.hilo"
"$H" codebook "$P" export "$1/codes.qdc"
"$H" backups "$P"
"$H" doctor "$P" --repair
)");
    const std::string output = runTool(QStringLiteral("strace"),
                                       {QStringLiteral("-f"), QStringLiteral("-e"), QStringLiteral("trace=network"),
                                        QStringLiteral("-o"), QString::fromStdString(trace.string()), QStringLiteral("sh"),
                                        QString::fromStdString(script.string()), QString::fromStdString(folder.path().string())});
    INFO(output);
    REQUIRE(fs::exists(folder / "Tour.hilo" / "project.db"));
    REQUIRE(fs::exists(folder / "tour.qdpx"));
    const std::string calls = readFile(trace);
    INFO(calls);
    CHECK(calls.find("socket(") == std::string::npos);
    CHECK(calls.find("connect(") == std::string::npos);
    // The tour ran to its end (set -e) and strace traced it.
    CHECK_THAT(output, Catch::Contains("index\tok"));
}

TEST_CASE("project files and folders are owner-only after init, import, export and backup", "[privacy]")
{
    ReliabilityProject p; // init, import (with a backup), coding, index
    p.run({"export", p.path(), "--qdpx", (p.folder / "study.qdpx").string()});
    p.run({"codebook", p.path(), "export", (p.folder / "codes.qdc").string()});
    p.run({"restore", p.path(), jsonOf(p.run({"backups", p.path(), "--json"})).array()[0].toObject()["id"].toString().toStdString()});
    p.run({"import", (p.folder / "Copy.hilo").string(), (p.folder / "study.qdpx").string()});
    CHECK(fs::exists(p.project / "backups"));
    CHECK(fs::exists(p.project / "index"));
    const std::vector<std::string> open = notOwnerOnly(p.project);
    for (const std::string& path : open)
        UNSCOPED_INFO(path);
    CHECK(open.empty());
    CHECK(notOwnerOnly(p.folder / "Copy.hilo").empty());
    CHECK(notOwnerOnly(p.folder / "codes.qdc").empty());
    CHECK(notOwnerOnly(p.folder / "study.qdpx").empty());
}

TEST_CASE("no transcript text reaches stderr when commands fail", "[privacy]")
{
    const std::string marker = "quetzalcoatlmarker";
    ReliabilityProject p(marker);
    const fs::path broken = p.folder.write("broken.txt", "Group: ZZ\n\nYP09: " + marker + " again, in a file with a bad group\n");
    const fs::path badUtf8 = p.folder.write("bad.txt", "YP10: " + marker + " \xC3\x28 \xFF\xFE\n");
    std::vector<std::vector<std::string>> failing = {
        {"import", p.path(), broken.string()},
        {"import", p.path(), badUtf8.string(), "--group", "QQ"},
        {"code", p.path(), "YP07", "Nope", "--coder", "Ana", "--text", marker},
        {"code", p.path(), "YP07", "Disclosure/Barriers/Embarrassment", "--coder", "Nobody", "--text", marker},
        {"code", p.path(), "YP07", "Disclosure/Barriers/Embarrassment", "--coder", "Ana", "--span", "5:99999"},
        {"autocode", p.path(), "--query", marker + " AND (", "--code", "Nope", "--coder", "Ana"},
        {"search", p.path(), "\"" + marker + " NEAR"},
        {"quotes", p.path(), "add", "YP07", "--span", "0:99999"},
        {"show", p.path(), "NoSuchSource"},
        {"merge", p.path(), broken.string()},
    };
    for (const auto& args : failing) {
        const CliResult result = runHilo(args);
        INFO(args.front() << " " << args[args.size() > 2 ? 2 : 1] << " -> " << result.exitCode << ": " << result.err);
        CHECK(result.exitCode != 0);
        CHECK(result.exitCode != 3); // never an internal error
        CHECK(result.err.find(marker) == std::string::npos);
    }
}
