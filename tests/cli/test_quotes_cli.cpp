// The quote basket through the real CLI on the demo project: suggestions that are diverse,
// adding, listing, moving, editing and removing quotes, templates, exports, and refused input
// that leaves the basket as it was.
#include "cli_runner.h"
#include "support/temp_folder.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <filesystem>
#include <map>
#include <set>

using namespace hilo::test;
namespace fs = std::filesystem;

namespace {

QJsonDocument json(const CliResult& result)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(result.out));
}

CliResult must(const std::vector<std::string>& args)
{
    const CliResult result = runHilo(args);
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    return result;
}

// The demo project as scripts/demo builds it: the bundled codebook, the demo corpus with its
// participants' attributes, and a first pass of autocoding by two coders.
struct DemoProject {
    TempFolder folder;
    std::string project = (folder / "Demo.hilo").string();

    DemoProject()
    {
        must({"init", project, "--codebook", "tfcsea"});
        std::vector<std::string> import = {"import", project};
        for (const auto& entry : fs::directory_iterator(fs::path(HILO_DEMO_DIR) / "corpus"))
            import.push_back(entry.path().string());
        import.insert(import.end(), {"--attributes", (fs::path(HILO_DEMO_DIR) / "participants.csv").string()});
        must(import);
        must({"coders", project, "add", "Ana"});
        must({"coders", project, "add", "Luis"});
        must({"autocode", project, "--query", "vergüenz*", "--code", "Embarrassment", "--coder", "Ana", "--unit",
              "sentence", "--role", "participant"});
        must({"autocode", project, "--query", "embarrass*", "--code", "Embarrassment", "--coder", "Ana", "--unit",
              "sentence", "--role", "participant"});
        must({"autocode", project, "--query", "culpa*", "--code", "Fear of blame", "--coder", "Luis", "--unit",
              "sentence", "--role", "participant"});
        must({"autocode", project, "--query", "blame*", "--code", "Fear of blame", "--coder", "Luis", "--unit",
              "sentence", "--role", "participant"});
    }
};

} // namespace

TEST_CASE("quotes suggest proposes quotes from several groups and no participant twice", "[cli][quotes]")
{
    DemoProject demo;
    for (const std::string code : {"Embarrassment", "Fear of blame"}) {
        const QJsonArray suggestions = json(must({"quotes", demo.project, "suggest", "--code", code, "--per-group", "2",
                                                  "--json"})).array();
        std::set<QString> groups;
        std::set<QString> participants;
        std::map<QString, int> perGroup;
        for (const QJsonValue& value : suggestions) {
            const QJsonObject s = value.toObject();
            groups.insert(s.value(QStringLiteral("group")).toString());
            ++perGroup[s.value(QStringLiteral("group")).toString()];
            CHECK(participants.insert(s.value(QStringLiteral("participant")).toString()).second);
            CHECK(!s.value(QStringLiteral("text")).toString().isEmpty());
        }
        INFO(code);
        CHECK(groups.size() >= 2);
        for (const auto& [group, count] : perGroup)
            CHECK(count <= 2);
    }
}

TEST_CASE("further suggestions prefer participants the basket does not quote yet", "[cli][quotes]")
{
    DemoProject demo;
    auto participants = [](const QJsonArray& suggestions) {
        std::map<QString, QString> byGroup;
        for (const QJsonValue& value : suggestions)
            byGroup[value.toObject().value(QStringLiteral("group")).toString()] =
                value.toObject().value(QStringLiteral("participant")).toString();
        return byGroup;
    };
    const auto first = participants(json(must({"quotes", demo.project, "suggest", "--code", "Embarrassment",
                                               "--per-group", "1", "--add", "--json"})).array());
    const auto second = participants(json(must({"quotes", demo.project, "suggest", "--code", "Embarrassment",
                                                "--per-group", "1", "--json"})).array());
    // The demo has Embarrassment codings from two young people and two justice professionals.
    REQUIRE(first.count(QStringLiteral("YP")));
    REQUIRE(second.count(QStringLiteral("YP")));
    CHECK(first.at(QStringLiteral("YP")) != second.at(QStringLiteral("YP")));
    REQUIRE(second.count(QStringLiteral("JP")));
    CHECK(first.at(QStringLiteral("JP")) != second.at(QStringLiteral("JP")));
    const QJsonObject report = json(must({"quotes", demo.project, "report", "--json"})).object();
    CHECK(report.value(QStringLiteral("warnings")).toArray().isEmpty());
}

TEST_CASE("quotes are added, listed, moved, edited, exported and removed", "[cli][quotes]")
{
    DemoProject demo;
    const QJsonArray added = json(must({"quotes", demo.project, "suggest", "--code", "Embarrassment", "--per-group",
                                        "1", "--add", "--json"})).array();
    REQUIRE(added.size() >= 2);
    const QJsonObject quote = json(must({"quotes", demo.project, "add", "YP01_interview", "--text", "novio",
                                         "--note", "relación en línea", "--json"})).object();
    CHECK(quote.value(QStringLiteral("text")).toString() ==
          QStringLiteral("Yo sentía que era mi novio, aunque nunca lo había visto en persona."));
    CHECK(quote.value(QStringLiteral("position")).toInt() == added.size() + 1);
    const std::string id = std::to_string(quote.value(QStringLiteral("id")).toInt());

    must({"quotes", demo.project, "move", id, "--position", "1"});
    must({"quotes", demo.project, "template", "set", "\u201CTEXT\u201D (GROUP{, AGE years old}{, STATE})"});
    const QJsonArray listed = json(must({"quotes", demo.project, "list", "--json"})).array();
    REQUIRE(listed.size() == added.size() + 1);
    const QJsonObject first = listed.first().toObject();
    CHECK(first.value(QStringLiteral("id")).toInt() == quote.value(QStringLiteral("id")).toInt());
    CHECK(first.value(QStringLiteral("attribution")).toString() ==
          QStringLiteral("\u201CYo sentía que era mi novio, aunque nunca lo había visto en persona.\u201D "
                         "(YP, 15 years old, Morelos)"));

    // An elision and a clarification, by code point offsets within the quote.
    const int start = first.value(QStringLiteral("start")).toInt();
    const QJsonObject edited = json(must({"quotes", demo.project, "edit", id, "--elide",
                                          std::to_string(start + 28) + ":" + std::to_string(start + 66),
                                          "--insert", std::to_string(start + 26) + ":el chavo", "--json"})).object();
    CHECK(edited.value(QStringLiteral("text")).toString().toStdString() == "Yo sentía que era mi novio [el chavo], [...].");

    const fs::path csv = demo.folder / "quotes.csv";
    must({"quotes", demo.project, "export", csv.string()});
    const std::string exported = readFile(csv);
    CHECK(exported.find("YP01_interview,YP01,YP,") != std::string::npos);
    CHECK(exported.find("relación en línea") != std::string::npos);

    must({"quotes", demo.project, "remove", id});
    CHECK(json(must({"quotes", demo.project, "list", "--json"})).array().size() == added.size());
    const QJsonObject report = json(must({"quotes", demo.project, "report", "--json"})).object();
    CHECK(report.value(QStringLiteral("quotes")).toInt() == added.size());
}

TEST_CASE("bad quote requests are refused clearly and change nothing", "[cli][quotes][errors]")
{
    DemoProject demo;
    must({"quotes", demo.project, "add", "YP01_interview", "--text", "novio"});
    const std::string before = must({"quotes", demo.project, "list"}).out;

    CliResult r = runHilo({"quotes", demo.project, "add", "YP01_interview", "--span", "5:999999"});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("is not within YP01_interview") != std::string::npos);
    r = runHilo({"quotes", demo.project, "add", "YP01_interview", "--text", "palabras que no están"});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("YP01_interview") != std::string::npos);
    r = runHilo({"quotes", demo.project, "move", "42", "--position", "1"});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("no quote with id 42") != std::string::npos);
    r = runHilo({"quotes", demo.project, "template", "set", "(GROUP)"});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("must contain TEXT") != std::string::npos);
    r = runHilo({"quotes", demo.project, "export", (demo.folder / "q.pdf").string()});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("unknown export format 'pdf'") != std::string::npos);
    r = runHilo({"quotes", demo.project, "shuffle"});
    CHECK(r.exitCode == 2);
    r = runHilo({"quotes", demo.project, "suggest", "--code", "No such code"});
    CHECK(r.exitCode == 1);

    CHECK(must({"quotes", demo.project, "list"}).out == before);
    CHECK(!fs::exists(demo.folder / "q.pdf"));
}
