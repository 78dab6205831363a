// Stemming and accent folding, in English and Spanish, on the index and the query side alike.
#include "index_fixture.h"

#include <catch2/catch.hpp>

using namespace hilo;
using namespace hilo::test;

TEST_CASE("Spanish words meet across case, accents and plural", "[index]")
{
    SearchFixture f;
    const auto nina = f.ids("niña");
    CHECK(nina.size() == 2); // the interviewer's NIÑAS and the participant's niña
    CHECK(f.ids("NIÑAS") == nina);
    CHECK(f.ids("ninas") == nina);
    CHECK(f.ids("Nina") == nina);
}

TEST_CASE("Spanish stems are found with and without accents", "[index]")
{
    SearchFixture f;
    const auto shame = f.ids("vergüenza");
    // The turn and the coding of "Me daba vergüenza".
    CHECK(shame == std::set<std::string>{"turn:" + std::to_string(f.find("kind:turn vergüenza").hits.at(0).id),
                                         "coding:" + std::to_string(f.shameCoding)});
    CHECK(f.ids("verguenzas") == shame);
    CHECK(f.ids("VERGÜENZA") == shame);
}

TEST_CASE("English stems meet: embarrassed finds embarrassment", "[index]")
{
    SearchFixture f;
    const auto hits = f.find("embarrassed");
    REQUIRE(hits.total == 1);
    CHECK(hits.hits.at(0).sourceName == "FW01");
    CHECK(hits.hits.at(0).snippet.find("«Embarrassment»") != std::string::npos);
    CHECK(f.ids("phone") == f.ids("phones"));
    CHECK(f.ids("phone").size() == 1);
}
