// Crosstab, survey and joint display through the real CLI on the demo corpus, as scripts/demo
// builds it: the demo's joint display exports with the Disrupting Harm Mexico figures, and bad
// survey input is refused with one clear line and nothing imported.
#include "cli_runner.h"
#include "support/temp_folder.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <filesystem>

using namespace hilo::test;
namespace fs = std::filesystem;

namespace {

struct DemoProject {
    TempFolder folder;
    std::string project = (folder / "Demo.hilo").string();

    DemoProject()
    {
        const std::string demo = HILO_DEMO_DIR;
        REQUIRE(runHilo({"init", project, "--codebook", "tfcsea"}).exitCode == 0);
        std::vector<std::string> import{"import", project, "--attributes", demo + "/participants.csv"};
        for (const auto& entry : fs::directory_iterator(fs::path(demo) / "corpus"))
            import.push_back(entry.path().string());
        REQUIRE(runHilo(import).exitCode == 0);
        REQUIRE(runHilo({"coders", project, "add", "Ana"}).exitCode == 0);
        REQUIRE(runHilo({"coders", project, "add", "Luis"}).exitCode == 0);
        REQUIRE(runHilo({"autocode", project, "--query", "vergüenz*", "--code", "Embarrassment", "--coder", "Ana", "--unit",
                         "sentence", "--role", "participant"})
                    .exitCode == 0);
        REQUIRE(runHilo({"autocode", project, "--query", "blame*", "--code", "Fear of blame", "--coder", "Luis", "--unit",
                         "sentence"})
                    .exitCode == 0);
    }

    CliResult importSurvey()
    {
        return runHilo({"survey", project, "import", std::string(HILO_DEMO_DIR) + "/survey/disrupting_harm_mexico.csv"});
    }

    int themeCount()
    {
        const CliResult list = runHilo({"survey", project, "list", "--json"});
        REQUIRE(list.exitCode == 0);
        return static_cast<int>(QJsonDocument::fromJson(QByteArray::fromStdString(list.out)).array().size());
    }
};

} // namespace

TEST_CASE("the demo's joint display exports to Markdown and HTML with the survey figures", "[cli][survey]")
{
    DemoProject demo;
    const CliResult imported = demo.importSurvey();
    INFO(imported.err);
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.find("21 indicators in 7 themes") != std::string::npos);
    REQUIRE(runHilo({"survey", demo.project, "link", "Fear of blame", "Barriers to disclosure"}).exitCode == 0);
    REQUIRE(runHilo({"survey", demo.project, "note", "Barriers to disclosure", "Embarrassment leads in both."}).exitCode == 0);

    const std::string markdownFile = (demo.folder / "joint.md").string();
    REQUIRE(runHilo({"joint", demo.project, "--format", "md", "--output", markdownFile}).exitCode == 0);
    const std::string markdown = readFile(markdownFile);
    CHECK((fs::status(markdownFile).permissions() & fs::perms::group_read) == fs::perms::none);
    for (const char* figure : {"| Subjected to TF-CSEA in the past year | all | 13% | 1,027 |", "| girls | 14% |",
                               "| boys | 13% |", "| Told no one | all | 32% |", "| Too embarrassed | all | 21% |",
                               "whom to tell | all | 16% |", "serious enough | all | 14% |", "already knew | all | 64% |",
                               "| Friends | all | 29% |", "| Romantic partners | all | 19% |", "| Family members | all | 16% |",
                               "| A stranger | all | 15% |", "| At school | all | 39% |", "| Online | all | 31% |",
                               "| Facebook | all | 52% |", "| WhatsApp | all | 45% |", "| Instagram | all | 11% |",
                               "| TikTok | all | 8% |", "| Did not know how to report | all | 28% |",
                               "threatened harm | all | 24% |", "| Did not think it was serious enough | all | 21% |",
                               "Disrupting Harm in Mexico, 2022, household survey of 12-17-year-old internet users, n=1,027"}) {
        INFO(figure);
        CHECK(markdown.find(figure) != std::string::npos);
    }
    // The barriers theme: linked codes, counts per group, quotes from different participants, note.
    const auto barriers = markdown.substr(markdown.find("## Barriers to disclosure"));
    CHECK(barriers.find("Linked codes: Disclosure/Barriers/Embarrassment") != std::string::npos);
    CHECK(barriers.find("Disclosure/Barriers/Fear of blame") != std::string::npos);
    CHECK(barriers.find("| YP |") != std::string::npos);
    CHECK(barriers.find("\n> ") != std::string::npos);
    CHECK(barriers.find("Embarrassment leads in both.") != std::string::npos);

    const std::string htmlFile = (demo.folder / "joint.html").string();
    REQUIRE(runHilo({"joint", demo.project, "--format", "html", "--output", htmlFile}).exitCode == 0);
    const std::string html = readFile(htmlFile);
    CHECK(html.find("Telling no one</h2>") != std::string::npos);
    CHECK(html.find("<td align=\"right\">32%</td><td align=\"right\"></td>") != std::string::npos);
    CHECK(html.find("<td align=\"right\">13%</td><td align=\"right\">1,027</td>") != std::string::npos);
    CHECK(html.find("<blockquote>") != std::string::npos);

    const std::string odtFile = (demo.folder / "joint.odt").string();
    const CliResult odt = runHilo({"joint", demo.project, "--format", "odt", "--output", odtFile});
    INFO(odt.err);
    REQUIRE(odt.exitCode == 0);
    CHECK(readFile(odtFile).substr(0, 2) == "PK"); // a zip container
    CHECK(readFile(odtFile).find("application/vnd.oasis.opendocument.text") != std::string::npos);

    // JSON: per theme, per group counts and quotes with offsets.
    const CliResult json = runHilo({"joint", demo.project, "--json"});
    REQUIRE(json.exitCode == 0);
    const QJsonArray themes = QJsonDocument::fromJson(QByteArray::fromStdString(json.out)).array();
    REQUIRE(themes.size() == 7);
    const QJsonObject barrierTheme = themes[2].toObject();
    CHECK(barrierTheme[QStringLiteral("theme")].toString() == QStringLiteral("Barriers to disclosure"));
    const QJsonArray quotes = barrierTheme[QStringLiteral("quotes")].toArray();
    REQUIRE(quotes.size() >= 2);
    CHECK(quotes[0].toObject()[QStringLiteral("participant")] != quotes[1].toObject()[QStringLiteral("participant")]);
}

TEST_CASE("crosstab prints the matrix as JSON, CSV and text, with tests per code", "[cli][crosstab]")
{
    DemoProject demo;
    const CliResult json = runHilo({"crosstab", demo.project, "--rows", "codes:2", "--cols", "group", "--json"});
    INFO(json.err);
    REQUIRE(json.exitCode == 0);
    const QJsonObject matrix = QJsonDocument::fromJson(QByteArray::fromStdString(json.out)).object();
    CHECK(matrix[QStringLiteral("participants")].toInt() == 14);
    const QJsonArray columns = matrix[QStringLiteral("columns")].toArray();
    REQUIRE(columns.size() == 3);
    CHECK(columns[0].toObject()[QStringLiteral("label")].toString() == QStringLiteral("YP"));
    CHECK(columns[0].toObject()[QStringLiteral("participants")].toInt() == 5);
    // Disclosure/Barriers rolls up Embarrassment and Fear of blame.
    std::int64_t barriers = -1;
    std::int64_t embarrassment = 0;
    std::int64_t blame = 0;
    for (const QJsonValue row : matrix[QStringLiteral("rows")].toArray())
        if (row.toObject()[QStringLiteral("code")].toString() == QStringLiteral("Disclosure/Barriers"))
            barriers = row.toObject()[QStringLiteral("total")].toObject()[QStringLiteral("excerpts")].toInteger();
    for (const char* code : {"Embarrassment", "Fear of blame"}) {
        const CliResult codings = runHilo({"codings", demo.project, "--code", code, "--json"});
        (std::string(code) == "Embarrassment" ? embarrassment : blame) =
            QJsonDocument::fromJson(QByteArray::fromStdString(codings.out)).array().size();
    }
    CHECK(embarrassment > 0);
    CHECK(barriers == embarrassment + blame);

    const CliResult csv = runHilo({"crosstab", demo.project, "--rows", "codes:1", "--cols", "age", "--cell", "percent", "--csv"});
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.out.rfind("code,depth,10-19,20-29,30-39,40-49,50-59,total,test,statistic,df,p,warning\n", 0) == 0);

    const CliResult markdown = runHilo({"crosstab", demo.project, "--rows", "codes:2", "--format", "md"});
    REQUIRE(markdown.exitCode == 0);
    CHECK(markdown.out.find("| Code | YP (n=5) | FW (n=5) | JP (n=4) | Total (n=14) | Test |") != std::string::npos);
    CHECK(markdown.out.find("| &nbsp;&nbsp;Barriers |") != std::string::npos);
    const std::string odtFile = (demo.folder / "matrix.odt").string();
    REQUIRE(runHilo({"crosstab", demo.project, "--format", "odt", "--output", odtFile}).exitCode == 0);
    CHECK(readFile(odtFile).find("application/vnd.oasis.opendocument.text") != std::string::npos);
    const CliResult html = runHilo({"crosstab", demo.project, "--format", "html"});
    CHECK(html.out.find("<th>YP (n=5)</th>") != std::string::npos);

    const CliResult byCoder = runHilo({"crosstab", demo.project, "--coder", "Luis", "--query", "culpa OR blame"});
    INFO(byCoder.err);
    CHECK(byCoder.exitCode == 0);
    CHECK(byCoder.out.find("Fear of blame") != std::string::npos);

    const CliResult badCell = runHilo({"crosstab", demo.project, "--cell", "mean"});
    CHECK(badCell.exitCode == 2);
    const CliResult badAttribute = runHilo({"crosstab", demo.project, "--cols", "shoe_size"});
    CHECK(badAttribute.exitCode == 1);
    CHECK(badAttribute.err.find("no attribute 'shoe_size'") != std::string::npos);
}

TEST_CASE("bad survey input is one clear error and imports nothing", "[cli][survey]")
{
    DemoProject demo;
    const auto refused = [&](const std::vector<std::string>& args, const std::string& message) {
        const CliResult result = runHilo(args);
        INFO(result.err);
        CHECK(result.exitCode == 1);
        CHECK(result.err.find(message) != std::string::npos);
        CHECK(std::count(result.err.begin(), result.err.end(), '\n') == 1);
        CHECK(demo.themeCount() == 0);
    };
    const std::string folder = demo.folder.path().string();
    demo.folder.write("missing.csv", "theme,indicator,base\nTelling no one,Told no one,1027\n");
    refused({"survey", demo.project, "import", folder + "/missing.csv"}, "missing.csv: no 'value' column");
    demo.folder.write("words.csv", "theme,indicator,value\nTelling no one,Told no one,32\nBarriers,Too embarrassed,a fifth\n");
    refused({"survey", demo.project, "import", folder + "/words.csv"},
            "words.csv line 3, column 'value': 'a fifth' is not a number");
    demo.folder.write("micro.csv", "told,wt\n0,1.5\n1,0.5\n");
    refused({"survey", demo.project, "import", folder + "/micro.csv", "--theme", "Telling no one", "--where", "told = 0",
             "--weight", "peso"},
            "micro.csv: no weight column 'peso' (the file has: told, wt)");
    demo.folder.write("corrupt.sav", std::string("$FL2@(#) IBM SPSS STATISTICS") + std::string(40, '\0'));
    refused({"survey", demo.project, "import", folder + "/corrupt.sav", "--theme", "Telling no one", "--where", "told = 0"},
            "corrupt.sav: not a readable SPSS .sav file");
    refused({"survey", demo.project, "link", "Embarrassment", "No such theme"}, "no survey theme 'No such theme'");

    // The good microdata file then imports.
    const CliResult good = runHilo({"survey", demo.project, "import", folder + "/micro.csv", "--theme", "Telling no one",
                                    "--where", "told = 0", "--weight", "wt", "--codes", "Disclosure/Who was told/Nobody"});
    INFO(good.err);
    CHECK(good.exitCode == 0);
    CHECK(good.out.find("75%") != std::string::npos); // 1.5 of 2
    CHECK(demo.themeCount() == 1);
}
