// `hilo autocode --query Q` codes exactly the participant turns that `hilo search '(Q)
// role:participant'` finds, on the demo corpus, for words (stemmed, accent-blind), a phrase, a
// wildcard, OR and a filter: one query language, one engine.
#include "cli_runner.h"
#include "support/temp_folder.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <set>
#include <tuple>

using namespace hilo::test;
namespace fs = std::filesystem;

namespace {

using Passage = std::tuple<std::string, std::int64_t, std::int64_t>; // source, start, end

QJsonDocument json(const CliResult& result)
{
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    return QJsonDocument::fromJson(QByteArray::fromStdString(result.out));
}

struct DemoProject {
    TempFolder folder;
    std::string path = (folder / "Demo.hilo").string();

    DemoProject()
    {
        std::vector<std::string> import{"import", path};
        for (const auto& entry : fs::directory_iterator(fs::path(HILO_DEMO_DIR) / "corpus"))
            import.push_back(entry.path().string());
        import.insert(import.end(), {"--attributes", (fs::path(HILO_DEMO_DIR) / "participants.csv").string()});
        for (const auto& args : std::vector<std::vector<std::string>>{
                 {"init", path}, import, {"coders", path, "add", "Ana"}})
            REQUIRE(runHilo(args).exitCode == 0);
    }

    std::set<Passage> turnsFound(const std::string& query) const
    {
        const QJsonObject results = json(runHilo({"search", path, query, "--limit", "100000", "--json"})).object();
        std::set<Passage> turns;
        for (const QJsonValue& hit : results["hits"].toArray())
            if (hit["kind"].toString() == "turn")
                turns.insert({hit["source"].toString().toStdString(), hit["start"].toInteger(), hit["end"].toInteger()});
        return turns;
    }

    // Autocodes with a code of its own, and returns the passages it coded.
    std::set<Passage> autocoded(const std::string& query, const std::string& code,
                                const std::vector<std::string>& extra = {}) const
    {
        REQUIRE(runHilo({"codebook", path, "add", code}).exitCode == 0);
        std::vector<std::string> args{"autocode", path, "--query", query, "--code", code, "--coder", "Ana"};
        args.insert(args.end(), extra.begin(), extra.end());
        const CliResult result = runHilo(args);
        INFO(result.err);
        REQUIRE(result.exitCode == 0);
        std::set<Passage> coded;
        for (const QJsonValue& c : json(runHilo({"codings", path, "--code", code, "--json"})).array())
            coded.insert({c["source"].toString().toStdString(), c["start"].toInteger(), c["end"].toInteger()});
        return coded;
    }
};

} // namespace

TEST_CASE("autocode codes the participant turns that search finds, for every kind of query", "[cli][autocode]")
{
    DemoProject demo;
    const std::vector<std::pair<std::string, std::string>> queries = {
        {"niña", "Stemmed"},             // finds niñas, NIÑA and nina too
        {"\"me daba vergüenza\"", "Phrase"},
        {"vergüenz*", "Wildcard"},
        {"school OR teacher", "Either"},
        {"miedo group:YP", "Filtered"},
    };
    for (const auto& [query, code] : queries) {
        INFO(query);
        const std::set<Passage> found = demo.turnsFound("(" + query + ") role:participant");
        CHECK(!found.empty());
        CHECK(demo.autocoded(query, code) == found);
    }
}

TEST_CASE("autocode follows the query's own role filter, and --role any codes every speaker", "[cli][autocode]")
{
    DemoProject demo;
    CHECK(demo.autocoded("escuela role:interviewer", "Asked") == demo.turnsFound("escuela role:interviewer"));
    const std::set<Passage> everyone = demo.turnsFound("escuela");
    CHECK(demo.autocoded("escuela", "Anyone", {"--role", "any"}) == everyone);
    CHECK(demo.autocoded("escuela", "Participants") == demo.turnsFound("escuela role:participant"));
    CHECK(demo.turnsFound("escuela role:participant").size() < everyone.size()); // interviewers say it too
}

TEST_CASE("autocode by sentence codes the sentences that match on their own, inside the turns found", "[cli][autocode]")
{
    DemoProject demo;
    const std::set<Passage> turns = demo.turnsFound("vergüenza role:participant");
    const std::set<Passage> sentences = demo.autocoded("vergüenza", "Sentences", {"--unit", "sentence"});
    REQUIRE(!sentences.empty());
    for (const auto& [source, start, end] : sentences) {
        const bool inside = std::any_of(turns.begin(), turns.end(), [&](const Passage& turn) {
            return std::get<0>(turn) == source && std::get<1>(turn) <= start && end <= std::get<2>(turn);
        });
        CHECK(inside);
    }
    // Every coded sentence has the word (or its plural) itself.
    for (const QJsonValue& c : json(runHilo({"codings", demo.path, "--code", "Sentences", "--json"})).array()) {
        INFO(c["text"].toString().toStdString());
        CHECK(c["text"].toString().contains(QStringLiteral("vergüenza"), Qt::CaseInsensitive));
    }
}

TEST_CASE("a malformed autocode query says where, and codes nothing", "[cli][autocode]")
{
    DemoProject demo;
    REQUIRE(runHilo({"codebook", demo.path, "add", "Nothing"}).exitCode == 0);
    const CliResult bad = runHilo({"autocode", demo.path, "--query", "miedo colour:red", "--code", "Nothing", "--coder", "Ana"});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.find("unknown filter 'colour:' at position 7") != std::string::npos);
    CHECK(json(runHilo({"codings", demo.path, "--json"})).array().isEmpty());
}
