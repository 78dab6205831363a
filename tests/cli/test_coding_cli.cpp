// Coding through the real CLI: a bundled codebook, coders, code/uncode/codings/autocode, and
// codebook exchange, with every refused input leaving project.db as it was.
#include "cli_runner.h"
#include "support/temp_folder.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace hilo::test;
namespace fs = std::filesystem;

namespace {

QJsonArray jsonArray(const CliResult& result)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(result.out)).array();
}

struct CodingProject {
    TempFolder folder;
    std::string project = (folder / "Study.hilo").string();

    CodingProject()
    {
        const CliResult init = runHilo({"init", project, "--codebook", "tfcsea"});
        INFO(init.err);
        REQUIRE(init.exitCode == 0);
        const fs::path transcript = folder.write("YP07.txt", "Group: YP\nParticipant: YP07\n\n"
                                                             "Entrevistadora: ¿Le contaste a alguien?\n\n"
                                                             "YP07: No 😢. Me daba mucha vergüenza.\n\n"
                                                             "Entrevistadora: ¿Y en la escuela?\n\n"
                                                             "YP07: Tampoco. Pensé que me iban a culpar a mí.\n");
        REQUIRE(runHilo({"import", project, transcript.string()}).exitCode == 0);
        REQUIRE(runHilo({"coders", project, "add", "Ana"}).exitCode == 0);
        REQUIRE(runHilo({"coders", project, "add", "Luis"}).exitCode == 0);
    }

    std::string database() const { return readFile(fs::path(project) / "project.db"); }

    void expectRefused(const std::vector<std::string>& args, const std::string& mentions, int exitCode = 1)
    {
        const std::string before = database();
        const CliResult result = runHilo(args);
        INFO(result.err);
        CHECK(result.exitCode == exitCode);
        CHECK_THAT(result.err, Catch::Contains(mentions));
        CHECK(database() == before);
    }
};

} // namespace

TEST_CASE("coding by span, exact words and turn, listed with filters, and removed", "[cli][coding]")
{
    CodingProject p;
    const std::string barrier = "Disclosure/Barriers/Embarrassment";
    CliResult coded = runHilo({"code", p.project, "YP07", barrier, "--coder", "Ana", "--text", "mucha vergüenza", "--json"});
    INFO(coded.err);
    REQUIRE(coded.exitCode == 0);
    const QJsonObject coding = QJsonDocument::fromJson(QByteArray::fromStdString(coded.out)).object();
    CHECK(coding.value(QStringLiteral("text")).toString() == QStringLiteral("mucha vergüenza"));
    CHECK(coding.value(QStringLiteral("start")).toInt() == 61); // the emoji is one code point

    REQUIRE(runHilo({"code", p.project, "YP07", "Fear of blame", "--coder", "Luis", "--turn", "4"}).exitCode == 0);
    REQUIRE(runHilo({"code", p.project, "YP07", barrier, "--coder", "Luis", "--span", "61:76"}).exitCode == 0);

    const QJsonArray all = jsonArray(runHilo({"codings", p.project, "--json"}));
    REQUIRE(all.size() == 3);
    CHECK(jsonArray(runHilo({"codings", p.project, "--code", "Disclosure", "--json"})).size() == 3); // sub-codes count
    CHECK(jsonArray(runHilo({"codings", p.project, "--coder", "luis", "--json"})).size() == 2);
    const QJsonArray turn = jsonArray(runHilo({"codings", p.project, "--code", "Fear of blame", "--json"}));
    REQUIRE(turn.size() == 1);
    CHECK(turn[0].toObject().value(QStringLiteral("text")).toString() == QStringLiteral("Tampoco. Pensé que me iban a culpar a mí."));

    REQUIRE(runHilo({"uncode", p.project, "YP07", barrier, "--coder", "Luis", "--span", "61:76"}).exitCode == 0);
    CHECK(jsonArray(runHilo({"codings", p.project, "--json"})).size() == 2);
    const std::string id = std::to_string(all[0].toObject().value(QStringLiteral("id")).toInt());
    REQUIRE(runHilo({"uncode", p.project, id}).exitCode == 0);
    CHECK(jsonArray(runHilo({"codings", p.project, "--json"})).size() == 1);
}

TEST_CASE("bad coding requests are refused clearly and change nothing", "[cli][coding][errors]")
{
    CodingProject p;
    const std::string code = "Disclosure/Barriers/Embarrassment";
    p.expectRefused({"code", p.project, "YP07", code, "--coder", "Ana", "--span", "10:9999"}, "is not within YP07");
    p.expectRefused({"code", p.project, "YP07", "Nonexistent/Code", "--coder", "Ana", "--turn", "2"}, "no code 'Nonexistent/Code'");
    p.expectRefused({"code", p.project, "YP07", code, "--coder", "Nadie", "--turn", "2"}, "no coder named 'Nadie'");
    p.expectRefused({"code", p.project, "YP07", code, "--coder", "Ana", "--text", "Entrevistadora"}, "matches 2 times");
    p.expectRefused({"code", p.project, "YP07", code, "--coder", "Ana", "--text", "no such words"}, "matches 0 times");
    p.expectRefused({"code", p.project, "YP07", code, "--coder", "Ana", "--turn", "9"}, "has turns 1 to 4");
    p.expectRefused({"code", p.project, "YP07", code, "--coder", "Ana"}, "give exactly one of", 2);
    p.expectRefused({"code", p.project, "YP07", code, "--turn", "2"}, "--coder NAME is required", 2);
}

TEST_CASE("autocoding codes every matching participant turn once", "[cli][coding]")
{
    CodingProject p;
    const CliResult first = runHilo({"autocode", p.project, "--query", "VERGUENZA", "--code", "Embarrassment",
                                     "--coder", "Ana", "--role", "participant", "--json"});
    INFO(first.err);
    REQUIRE(first.exitCode == 0);
    CHECK(QJsonDocument::fromJson(QByteArray::fromStdString(first.out)).object().value(QStringLiteral("coded")).toInt() == 1);
    const CliResult again = runHilo({"autocode", p.project, "--query", "vergüenza", "--code", "Embarrassment", "--coder", "Ana"});
    CHECK_THAT(again.out, Catch::Contains("coded 0 excerpts"));
}

TEST_CASE("codebook export then import into a fresh project gives the identical tree", "[cli][codebook]")
{
    for (const std::string format : {"qdc", "csv"}) {
        INFO(format);
        CodingProject p;
        REQUIRE(runHilo({"codebook", p.project, "add", "Disclosure/Barriers/Vergüenza & <miedo>", "--color", "#AA3300",
                         "--definition", "Line one,\nline \"two\".", "--label-es", "Vergüenza"})
                    .exitCode == 0);
        const std::string file = (p.folder / ("codes." + format)).string();
        REQUIRE(runHilo({"codebook", p.project, "export", file}).exitCode == 0);

        const std::string fresh = (p.folder / "Fresh.hilo").string();
        REQUIRE(runHilo({"init", fresh}).exitCode == 0);
        const CliResult imported = runHilo({"codebook", fresh, "import", file});
        INFO(imported.err);
        REQUIRE(imported.exitCode == 0);

        const QJsonArray a = jsonArray(runHilo({"codebook", p.project, "list", "--json"}));
        const QJsonArray b = jsonArray(runHilo({"codebook", fresh, "list", "--json"}));
        REQUIRE(a.size() >= 60);
        REQUIRE(a.size() == b.size());
        for (qsizetype i = 0; i < a.size(); ++i)
            for (const char* field : {"guid", "path", "color", "label_es", "definition", "inclusion", "exclusion", "example", "codable"})
                CHECK(a[i].toObject().value(QLatin1String(field)) == b[i].toObject().value(QLatin1String(field)));
    }
}

TEST_CASE("malformed codebooks are refused with line numbers and change nothing", "[cli][codebook][errors]")
{
    CodingProject p;
    const std::string guid = "0b0e6c8e-7d7a-4d1b-9a51-3f6f2f0f2a10";
    const std::string cycle = "<?xml version=\"1.0\"?>\n<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>\n"
                              "<Code guid=\"" + guid + "\" name=\"A\" isCodable=\"true\">\n"
                              "  <Code guid=\"" + guid + "\" name=\"B\" isCodable=\"true\"/>\n"
                              "</Code></Codes></CodeBook>\n";
    p.expectRefused({"codebook", p.project, "import", p.folder.write("cycle.qdc", cycle).string()}, "cycle");
    std::string duplicate = cycle;
    duplicate.replace(duplicate.find("  <Code"), 0, "</Code>\n<Code guid=\"" + guid + "\" name=\"C\" isCodable=\"true\">\n");
    p.expectRefused({"codebook", p.project, "import", p.folder.write("dup.qdc", duplicate).string()}, "duplicate GUID");
    p.expectRefused({"codebook", p.project, "import", p.folder.write("bad.qdc", "<CodeBook><Codes><Code").string()},
                    "bad.qdc:1:");
    p.expectRefused({"codebook", p.project, "import", p.folder.write("cols.csv", "path,definition,colour\nA,x,#ffffff\n").string()},
                    "cols.csv:1:3: unknown column 'colour'");
    p.expectRefused({"codebook", p.project, "merge", "Disclosure", "Disclosure"}, "into itself");
}
