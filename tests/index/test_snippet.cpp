// Snippets: matched words between « and », trimmed around the first match.
#include "index/snippet.h"
#include "index_fixture.h"

#include <catch2/catch.hpp>

using namespace hilo;
using namespace hilo::test;

TEST_CASE("a hit's snippet marks the matched words and the hit carries its context", "[index]")
{
    SearchFixture f;
    const auto results = f.find("kind:turn verguenza culpar");
    REQUIRE(results.total == 1);
    const SearchHit& hit = results.hits.at(0);
    CHECK(hit.snippet == "No. Me daba «vergüenza», y pensé que me iban a «culpar».");
    CHECK(hit.sourceName == "YP01");
    CHECK(hit.groupTag == "YP");
    CHECK(hit.speaker == "YP01");
    CHECK(hit.role == "participant");
    CHECK(hit.codes == std::vector<std::string>{"Disclosure/Barriers/Embarrassment"});
    const SourceDetail source = SourceStore(f.project).source("YP01");
    CHECK(text::slice(source.text, hit.start, hit.end) == "No. Me daba vergüenza, y pensé que me iban a culpar.");

    const auto coding = f.find("kind:coding blame").hits.at(0);
    CHECK(coding.snippet == "fear of «blame»");
    CHECK(coding.coder == "Luis");
    CHECK(coding.speaker == "FW01");
}

TEST_CASE("phrases and wildcards are highlighted; words under NOT are not", "[index]")
{
    SearchFixture f;
    CHECK(f.find("kind:turn \"otra niña\"").hits.at(0).snippet == "Se lo dije a mi prima, «otra» «niña». Ella me creyó.");
    CHECK(f.find("kind:turn pho*").hits.at(0).snippet == "«Phones». A «phone» call to a helpline is easier than a visit.");
    CHECK(f.find("kind:turn prima NOT helpline").hits.at(0).snippet.find("«") == 1 + std::string("Se lo dije a mi").size());
}

TEST_CASE("long text is trimmed around the first match with ellipses", "[index]")
{
    std::string text;
    for (int i = 0; i < 60; ++i)
        text += "palabra ";
    text += "vergüenza";
    for (int i = 0; i < 60; ++i)
        text += " palabra";
    index::Highlight highlight;
    highlight.stemmedTerms = {"Zverguenz"};
    const std::string snippet = index::makeSnippet(text, "es", highlight, 100);
    CHECK(snippet.rfind("\u2026palabra", 0) == 0);
    CHECK(snippet.find("«vergüenza»") != std::string::npos);
    CHECK(snippet.size() >= 3 + 3 + 90);
    CHECK(snippet.substr(snippet.size() - 3) == "\u2026");
    CHECK(text::codePointLength(snippet) <= 100 + 2 + 2);
    // Short text comes back whole.
    CHECK(index::makeSnippet("Me daba vergüenza.", "es", highlight) == "Me daba «vergüenza».");
}
