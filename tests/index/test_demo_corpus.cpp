// The demo corpus (14 transcripts, en/es, with participants.csv): facet counts equal counts
// computed from the store, and the CLI's `search --json`.
#include "cli/cli_runner.h"
#include "index_fixture.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>
#include <tuple>

using namespace hilo;
using namespace hilo::test;
namespace fs = std::filesystem;

namespace {

std::vector<fs::path> demoFiles()
{
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(fs::path(HILO_DEMO_DIR) / "corpus"))
        files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

struct DemoProject {
    TempFolder folder;
    Project project = Project::create(folder / "Demo.hilo");

    DemoProject()
    {
        ImportRequest request;
        request.files = demoFiles();
        request.attributesCsv = fs::path(HILO_DEMO_DIR) / "participants.csv";
        ops::importTranscripts(project, request);
        CodebookStore codebook(project);
        codebook.add("Disclosure");
        codebook.add("Disclosure/Barriers");
        codebook.add("Disclosure/Barriers/Embarrassment");
        codebook.add("Disclosure/To whom");
        codebook.add("Impact");
        CoderStore coders(project);
        const std::int64_t ana = coders.add("Ana");
        const std::int64_t luis = coders.add("Luis");
        const std::vector<std::int64_t> leaves = {codebook.code("Embarrassment").id, codebook.code("To whom").id,
                                                  codebook.code("Impact").id, codebook.code("Disclosure").id};
        // A deterministic spread of codings: every third participant turn of every source.
        std::vector<NewCoding> codings;
        std::size_t n = 0;
        for (const SourceSummary& summary : SourceStore(project).sources()) {
            const SourceDetail source = SourceStore(project).source(std::to_string(summary.id));
            for (const import::Turn& turn : source.turns)
                if (turn.role == import::Role::Participant && turn.end > turn.speechStart && n++ % 3 == 0)
                    codings.push_back({source.id, leaves[n % leaves.size()], n % 2 ? ana : luis, turn.speechStart, turn.end});
        }
        CodingStore(project).addMany(codings);
        syncIndex(project);
    }
};

std::int64_t sqlCount(Project& project, const std::string& sql, const std::string& bound)
{
    auto statement = project.db().prepare(sql);
    statement.bind(1, bound);
    REQUIRE(statement.step());
    return statement.columnInt(0);
}

} // namespace

TEST_CASE("facet counts equal counts from the store", "[index][demo]")
{
    DemoProject demo;
    Project& project = demo.project;
    const SearchOptions facets{.limit = 5, .groupFacet = true, .codeFacet = true};

    const SearchResults codings = search(project, "kind:coding", facets);
    CHECK(codings.total == CodingStore(project).count());
    REQUIRE_FALSE(codings.groups.empty());
    for (const FacetCount& group : codings.groups)
        CHECK(group.count == static_cast<std::int64_t>(CodingStore(project).list({.group = group.label}).size()));
    std::int64_t groupSum = 0;
    for (const FacetCount& group : codings.groups)
        groupSum += group.count;
    CHECK(groupSum == codings.total);
    REQUIRE(codings.codes.size() == 5);
    for (const FacetCount& code : codings.codes)
        CHECK(code.count == static_cast<std::int64_t>(CodingStore(project).list({.code = code.label}).size()));

    const SearchResults turns = search(project, "kind:turn", facets);
    CHECK(turns.total == project.db().queryInt("SELECT count(*) FROM turns"));
    for (const FacetCount& group : turns.groups)
        CHECK(group.count == sqlCount(project,
                                      "SELECT count(*) FROM turns t JOIN sources s ON s.id = t.source_id "
                                      "JOIN groups g ON g.id = s.group_id WHERE g.tag = ?",
                                      group.label));
    // A turn counts for a code when a coding of the code or a descendant overlaps it.
    for (const FacetCount& code : turns.codes)
        CHECK(code.count == sqlCount(project,
                                     "SELECT count(*) FROM turns t WHERE EXISTS (SELECT 1 FROM codings c "
                                     "JOIN codes k ON k.id = c.code_id LEFT JOIN codes p ON p.id = k.parent_id "
                                     "LEFT JOIN codes q ON q.id = p.parent_id WHERE c.source_id = t.source_id "
                                     "AND c.start < t.end AND t.speech_start < c.end AND ? IN (k.name, p.name, q.name))",
                                     code.label.substr(code.label.rfind('/') + 1)));

    // A word query's facets add up to its total.
    const SearchResults words = search(project, "celular OR phone", facets);
    REQUIRE(words.total > 0);
    std::int64_t sum = 0;
    for (const FacetCount& group : words.groups)
        sum += group.count;
    CHECK(sum == words.total);
}

TEST_CASE("a search on two threads finds what it finds on one, in the same order", "[index][demo]")
{
    DemoProject demo;
    SearchSession one(demo.project, SearchThreads::One);
    SearchSession two(demo.project, SearchThreads::Two);
    const SearchOptions options{.limit = 50, .groupFacet = true, .codeFacet = true};
    const auto hitsOf = [](const SearchResults& results) {
        std::vector<std::tuple<std::string, std::int64_t, double, std::string>> out;
        for (const SearchHit& hit : results.hits)
            out.emplace_back(hit.kind, hit.id, hit.weight, hit.snippet);
        return out;
    };
    const auto countsOf = [](const std::vector<FacetCount>& facets) {
        std::vector<std::pair<std::string, std::int64_t>> out;
        for (const FacetCount& facet : facets)
            out.emplace_back(facet.label, facet.count);
        return out;
    };
    for (const std::string query : {"vergüenza", "celular OR phone", "verg*", "\"me dijo\"", "kind:turn",
                                    "group:YP NOT miedo", "code:Disclosure kind:coding", "teacher NEAR told"}) {
        INFO(query);
        const SearchResults serial = one.search(query, options);
        const SearchResults parallel = two.search(query, options);
        CHECK(serial.total > 0);
        CHECK(parallel.total == serial.total);
        CHECK(hitsOf(parallel) == hitsOf(serial));
        CHECK(countsOf(parallel.groups) == countsOf(serial.groups));
        CHECK(countsOf(parallel.codes) == countsOf(serial.codes));
    }
    CHECK(one.search("kind:turn").total > 100); // enough documents for both halves to matter
}

TEST_CASE("hilo search --json on the demo corpus", "[index][demo][cli]")
{
    TempFolder folder;
    const std::string project = (folder / "Demo.hilo").string();
    REQUIRE(runHilo({"init", project}).exitCode == 0);
    std::vector<std::string> import = {"import", project, "--attributes", (fs::path(HILO_DEMO_DIR) / "participants.csv").string()};
    for (const fs::path& file : demoFiles())
        import.push_back(file.string());
    REQUIRE(runHilo(import).exitCode == 0);
    REQUIRE(fs::exists(folder / "Demo.hilo" / "index")); // the import updated the index

    const CliResult result = runHilo({"search", project, "vergüenza group:YP", "--json", "--facets", "group", "--limit", "3"});
    REQUIRE(result.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(QByteArray::fromStdString(result.out)).object();
    CHECK(json.value(QStringLiteral("total")).toInt() >= 2);
    const QJsonArray hits = json.value(QStringLiteral("hits")).toArray();
    REQUIRE(hits.size() >= 2);
    REQUIRE(hits.size() <= 3);
    for (const auto& value : hits) {
        const QJsonObject hit = value.toObject();
        CHECK(hit.value(QStringLiteral("group")).toString() == QStringLiteral("YP"));
        CHECK(hit.value(QStringLiteral("snippet")).toString().contains(QStringLiteral("«vergüenza»"), Qt::CaseInsensitive));
        CHECK(hit.value(QStringLiteral("end")).toInt() > hit.value(QStringLiteral("start")).toInt());
    }
    const QJsonArray groups = json.value(QStringLiteral("facets")).toObject().value(QStringLiteral("group")).toArray();
    REQUIRE(groups.size() == 1);
    CHECK(groups.at(0).toObject().value(QStringLiteral("count")).toInt() == json.value(QStringLiteral("total")).toInt());

    // Coding through the CLI updates the index: the next search sees the coding.
    REQUIRE(runHilo({"codebook", project, "add", "Shame"}).exitCode == 0);
    REQUIRE(runHilo({"coders", project, "add", "Ana"}).exitCode == 0);
    REQUIRE(runHilo({"code", project, "YP01_interview", "Shame", "--coder", "Ana", "--span", "0:20"}).exitCode == 0);
    const CliResult coded = runHilo({"search", project, "code:Shame kind:coding", "--json"});
    REQUIRE(coded.exitCode == 0);
    CHECK(QJsonDocument::fromJson(QByteArray::fromStdString(coded.out)).object().value(QStringLiteral("total")).toInt() == 1);

    const CliResult bad = runHilo({"search", project, "shame colour:red"});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.rfind("hilo search: query: unknown filter 'colour:' at position 7", 0) == 0);
    CHECK(std::count(bad.err.begin(), bad.err.end(), '\n') == 1);

    // A missing index is rebuilt by the next search, with the same results.
    const std::vector<std::string> searchArgs = {"search", project, "vergüenza OR code:Shame", "--json", "--facets", "group,code"};
    const CliResult before = runHilo(searchArgs);
    REQUIRE(before.exitCode == 0);
    fs::remove_all(folder / "Demo.hilo" / "index");
    const CliResult after = runHilo(searchArgs);
    REQUIRE(after.exitCode == 0);
    CHECK(after.out == before.out);

    const CliResult rebuilt = runHilo({"reindex", project, "--json"});
    REQUIRE(rebuilt.exitCode == 0);
    CHECK(QJsonDocument::fromJson(QByteArray::fromStdString(rebuilt.out)).object().value(QStringLiteral("sources")).toInt() == 14);
}
