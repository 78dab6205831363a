// How hits are ordered: BM25 with passage length, then the order of the project; and number
// ranges, whichever way they are matched.
#include "index_fixture.h"

#include <catch2/catch.hpp>

#include <tuple>

using namespace hilo;
using namespace hilo::test;

TEST_CASE("a short turn about a word ranks above a long turn that mentions it once", "[index]")
{
    SampleProject p;
    ImportRequest request;
    // Fictional transcript written for this test.
    request.files = {p.folder.write("FW02.txt", "Group: FW\nParticipant: FW02\nLanguage: en\n\n"
                                                "Interviewer: Tell me about the first weeks in the shelter.\n"
                                                "FW02: The first weeks were about routines, meals, school runs, "
                                                "paperwork with the court, meetings with the guardian, visits "
                                                "from the social worker, a lot of waiting, and now and then a "
                                                "call on the phone from an aunt who wanted news.\n"
                                                "Interviewer: And the phone?\n"
                                                "FW02: The phone mattered.\n")};
    ops::importTranscripts(p.project, request);
    syncIndex(p.project);
    const SearchResults results = search(p.project, "phone kind:turn role:participant");
    REQUIRE(results.hits.size() == 2);
    CHECK(results.hits[0].snippet == "The «phone» mattered.");
    CHECK(results.hits[0].weight > results.hits[1].weight);
}

TEST_CASE("hits of equal weight come in the order of the project, however the index was written", "[index]")
{
    SearchFixture f;
    const auto inPlaceOrder = [](const SearchResults& results) {
        return std::is_sorted(results.hits.begin(), results.hits.end(), [](const SearchHit& a, const SearchHit& b) {
            return std::tie(a.sourceId, a.start) < std::tie(b.sourceId, b.start);
        });
    };
    const SearchResults turns = f.find("kind:turn"); // filters only: every hit weighs nothing
    REQUIRE(turns.hits.size() == 8);
    CHECK(inPlaceOrder(turns));

    // Recoding rewrites the first source's documents at the end of the index; the order holds.
    f.codeText(f.yp01, "prima", "Disclosure/To whom", f.luis);
    syncIndex(f.project);
    const SearchResults after = f.find("kind:turn");
    REQUIRE(after.hits.size() == 8);
    CHECK(inPlaceOrder(after));
    CHECK(after.hits.front().sourceId == std::min(f.yp01, f.fw01));
}

TEST_CASE("number ranges match the same sources with few or many distinct values", "[index]")
{
    SampleProject p;
    ImportRequest request;
    for (int age = 1; age <= 70; ++age) // more distinct ages than a range matches by terms
        request.files.push_back(p.folder.write("P" + std::to_string(age) + ".txt",
                                               "Group: YP\nParticipant: P" + std::to_string(age) +
                                                   "\nAge: " + std::to_string(age) + "\n\nP" + std::to_string(age) +
                                                   ": Hola, tengo " + std::to_string(age) + " años.\n"));
    ops::importTranscripts(p.project, request);
    syncIndex(p.project);
    const auto sources = [&](const std::string& query) {
        return search(p.project, "kind:turn " + query, {.limit = 1000}).total;
    };
    CHECK(sources("age:10..19") == 10);
    CHECK(sources("age:..5") == 5);
    CHECK(sources("age:66..") == 5);
    CHECK(sources("age:1..70") == 70); // 70 values: matched through the value range
    CHECK(sources("age:0.5..1.5") == 1);
    CHECK(sources("age:71..80") == 0);
}
