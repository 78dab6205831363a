// The exchange verbs as a researcher runs them: export --qdpx, import of a .qdpx into a new
// project, merge of a coder's copy (twice), and a refused archive that leaves nothing behind.
#include "cli_runner.h"
#include "support/temp_folder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace hilo::test;

namespace {

QJsonObject json(const CliResult& result)
{
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    return QJsonDocument::fromJson(QByteArray::fromStdString(result.out)).object();
}

void makeCodedProject(const std::string& project)
{
    REQUIRE(runHilo({"init", project, "--codebook", "tfcsea"}).exitCode == 0);
    std::vector<std::string> import{"import", project};
    for (const char* file : {"YP01_interview.txt", "yp02.txt", "FW-01.txt"})
        import.push_back((std::filesystem::path(HILO_DEMO_DIR) / "corpus" / file).string());
    REQUIRE(runHilo(import).exitCode == 0);
    REQUIRE(runHilo({"coders", project, "add", "Ana"}).exitCode == 0);
    REQUIRE(runHilo({"coders", project, "add", "Luis"}).exitCode == 0);
    REQUIRE(runHilo({"autocode", project, "--query", "vergüenz*", "--code", "Embarrassment", "--coder", "Ana"}).exitCode == 0);
    REQUIRE(runHilo({"autocode", project, "--query", "blame*", "--code", "Fear of blame", "--coder", "Luis"}).exitCode == 0);
}

// `hilo codings` lines without their first column, the coding's id in its own project.
std::string withoutIds(const std::string& listing)
{
    std::string out;
    std::size_t start = 0;
    while (start < listing.size()) {
        std::size_t end = listing.find('\n', start);
        end = end == std::string::npos ? listing.size() : end;
        const std::string line = listing.substr(start, end - start);
        const std::size_t tab = line.find('\t');
        out += (tab == std::string::npos || !std::isdigit(static_cast<unsigned char>(line[0])) ? line : line.substr(tab + 1)) + "\n";
        start = end + 1;
    }
    return out;
}

} // namespace

TEST_CASE("hilo export --qdpx and hilo import of the .qdpx give the same codings", "[cli][qdpx]")
{
    const TempFolder folder;
    const std::string study = (folder / "Study.hilo").string();
    makeCodedProject(study);
    const QJsonObject exported = json(runHilo({"export", study, "--qdpx", (folder / "study.qdpx").string(), "--json"}));
    CHECK(exported.value(QStringLiteral("sources")).toInt() == 3);
    CHECK(exported.value(QStringLiteral("coders")).toInt() == 2);

    const std::string copy = (folder / "Copy.hilo").string(); // does not exist yet: import creates it
    const QJsonObject imported = json(runHilo({"import", copy, (folder / "study.qdpx").string(), "--json"}));
    CHECK(imported.value(QStringLiteral("sources")).toObject().value(QStringLiteral("new")).toArray().size() == 3);
    CHECK(imported.value(QStringLiteral("positions")).toString() == QStringLiteral("Unicode code points (the REFI-QDA standard)"));
    CHECK(withoutIds(runHilo({"codings", copy}).out) == withoutIds(runHilo({"codings", study}).out));
    CHECK(runHilo({"search", copy, "vergüenza"}).out == runHilo({"search", study, "vergüenza"}).out); // index kept up
}

TEST_CASE("hilo merge brings in a coder's copy once", "[cli][merge]")
{
    const TempFolder folder;
    const std::string study = (folder / "Study.hilo").string();
    makeCodedProject(study);
    std::filesystem::copy(study, folder / "Ben.hilo", std::filesystem::copy_options::recursive);
    const std::string ben = (folder / "Ben.hilo").string();
    REQUIRE(runHilo({"coders", ben, "add", "Ben"}).exitCode == 0);
    REQUIRE(runHilo({"autocode", ben, "--query", "adult*", "--code", "Being asked to come with an adult", "--coder", "Ben"}).exitCode == 0);
    const int benCodings = static_cast<int>(QJsonDocument::fromJson(QByteArray::fromStdString(
        runHilo({"codings", ben, "--coder", "Ben", "--json"}).out)).array().size());
    REQUIRE(benCodings > 0);

    const QJsonObject first = json(runHilo({"merge", study, ben, "--json"}));
    CHECK(first.value(QStringLiteral("codings")).toObject().value(QStringLiteral("new")).toInt() == benCodings);
    CHECK(first.value(QStringLiteral("coders")).toObject().value(QStringLiteral("new")).toArray() == QJsonArray{QStringLiteral("Ben")});
    const QJsonObject second = json(runHilo({"merge", study, ben, "--json"}));
    CHECK(second.value(QStringLiteral("codings")).toObject().value(QStringLiteral("new")).toInt() == 0);
    CHECK(second.value(QStringLiteral("coders")).toObject().value(QStringLiteral("new")).toArray().isEmpty());
    CHECK(withoutIds(runHilo({"codings", study, "--coder", "Ben"}).out) == withoutIds(runHilo({"codings", ben, "--coder", "Ben"}).out));
    CHECK(runHilo({"search", study, "coder:Ben"}).exitCode == 0);

    const CliResult text = runHilo({"merge", study, ben});
    CHECK(text.out.find("codings: 0 new") != std::string::npos);
}

TEST_CASE("a refused .qdpx is one line on stderr and creates no project", "[cli][qdpx]")
{
    const TempFolder folder;
    const std::string project = (folder / "New.hilo").string();
    const CliResult result = runHilo({"import", project,
                                      (std::filesystem::path(HILO_TEST_DATA_DIR) / "refi-qda" / "evil-dotdot.qdpx").string()});
    CHECK(result.exitCode == 1);
    CHECK(result.err.find("evil-dotdot.qdpx: has an entry named '../../outside.txt'") != std::string::npos);
    CHECK(std::count(result.err.begin(), result.err.end(), '\n') == 1);
    CHECK_FALSE(std::filesystem::exists(project));
}

TEST_CASE("hilo export without --qdpx is a usage error", "[cli][qdpx]")
{
    const TempFolder folder;
    const std::string project = (folder / "Study.hilo").string();
    REQUIRE(runHilo({"init", project}).exitCode == 0);
    CHECK(runHilo({"export", project}).exitCode == 2);
}

TEST_CASE("hilo merge takes a .qdpx too, and twice adds nothing", "[cli][merge][qdpx]")
{
    const TempFolder folder;
    const std::string project = (folder / "Study.hilo").string();
    REQUIRE(runHilo({"init", project}).exitCode == 0);
    const std::string qdpx = (std::filesystem::path(HILO_TEST_DATA_DIR) / "refi-qda" / "offsets-utf16.qdpx").string();
    const QJsonObject first = json(runHilo({"merge", project, qdpx, "--group", "YP", "--json"}));
    CHECK(first.value(QStringLiteral("codings")).toObject().value(QStringLiteral("new")).toInt() == 8);
    CHECK(first.value(QStringLiteral("positions")).toString() == QStringLiteral("UTF-16 code units"));
    const QJsonObject second = json(runHilo({"merge", project, qdpx, "--json"}));
    CHECK(second.value(QStringLiteral("codings")).toObject().value(QStringLiteral("new")).toInt() == 0);
    CHECK(second.value(QStringLiteral("codings")).toObject().value(QStringLiteral("already_present")).toInt() == 8);
}
