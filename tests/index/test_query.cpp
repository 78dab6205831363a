// The query language: filters, phrases, NEAR, boolean operators, wildcards, and errors that
// point at a position.
#include "index/pair_signature.h"
#include "index_fixture.h"
#include "text/user_error.h"

#include <catch2/catch.hpp>

using namespace hilo;
using namespace hilo::test;

TEST_CASE("code: includes the code's descendants", "[index]")
{
    SearchFixture f;
    CHECK(f.ids("kind:coding code:Disclosure") ==
          std::set<std::string>{"coding:" + std::to_string(f.shameCoding), "coding:" + std::to_string(f.blameCoding)});
    CHECK(f.ids("kind:coding code:Embarrassment") == std::set<std::string>{"coding:" + std::to_string(f.shameCoding)});
    CHECK(f.ids("code:Impact").empty());
    // A turn carries the codes of the codings overlapping it.
    const auto turns = f.find("kind:turn code:Disclosure/Barriers");
    REQUIRE(turns.total == 2);
    for (const SearchHit& hit : turns.hits)
        CHECK(hit.role == "participant");
}

TEST_CASE("group, coder, source, role and kind filters", "[index]")
{
    SearchFixture f;
    CHECK(f.sourcesOf("group:FW") == std::set<std::string>{"FW01"});
    CHECK(f.sourcesOf("group:yp") == std::set<std::string>{"YP01"});
    CHECK(f.sourcesOf("source:YP01") == std::set<std::string>{"YP01"});
    CHECK(f.ids("kind:coding coder:Ana") == std::set<std::string>{"coding:" + std::to_string(f.shameCoding)});
    CHECK(f.find("coder:luis").total == 2); // the coding and the turn it lies in
    CHECK(f.find("kind:turn").total == 8);
    CHECK(f.find("kind:coding").total == 2);
    CHECK(f.find("kind:turn role:interviewer").total == 4);
    for (const SearchHit& hit : f.find("role:interviewer").hits)
        CHECK(hit.role == "interviewer");
    CHECK(f.find("kind:turn role:participant group:FW").total == 2);
}

TEST_CASE("attribute filters: equality, quoted values, numeric ranges", "[index]")
{
    SearchFixture f;
    CHECK(f.sourcesOf("state:morelos") == std::set<std::string>{"FW01"});
    CHECK(f.sourcesOf("state:\"Ciudad de Mexico\"") == std::set<std::string>{"YP01"});
    CHECK(f.sourcesOf("age:15") == std::set<std::string>{"YP01"});
    CHECK(f.sourcesOf("age:30..40") == std::set<std::string>{"FW01"});
    CHECK(f.sourcesOf("age:10..34") == std::set<std::string>{"FW01", "YP01"});
    CHECK(f.sourcesOf("age:..20") == std::set<std::string>{"YP01"});
    CHECK(f.sourcesOf("age:35..").empty());
}

TEST_CASE("phrases and NEAR use word order and distance", "[index]")
{
    SearchFixture f;
    CHECK(f.find("\"me daba verguenza\"").total == 2);
    CHECK(f.find("\"verguenza daba\"").total == 0);
    CHECK(f.find("kind:turn vergüenza NEAR culpar").total == 1);
    CHECK(f.find("kind:turn vergüenza NEAR creyó").total == 0);
}

TEST_CASE("phrases with common words match the words side by side, and only there", "[index]")
{
    SearchFixture f;
    CHECK(f.find("kind:turn \"a mi prima\"").total == 1);
    CHECK(f.find("\"me daba\"").total == 2); // the turn and the coding
    CHECK(f.find("kind:turn \"me iban a culpar\"").total == 1);
    CHECK(f.find("kind:turn \"phone call to a helpline\"").total == 1);
    CHECK(f.find("\"a la prima\"").total == 0);
    CHECK(f.find("\"call a phone\"").total == 0);
    // "que me" and "me daba" each occur in the turn, but not as "que me daba".
    CHECK(f.find("kind:turn \"que me\"").total == 1);
    CHECK(f.find("\"que me daba\"").total == 0);
}

TEST_CASE("pair signatures stay the same from build to build, since the index stores them", "[index]")
{
    // Changing the hash without a new index layout would make phrases miss passages of
    // indexes written before.
    index::PairSignature signature;
    signature.add("the", "phone");
    signature.add("me", "decia");
    CHECK(signature.bits == std::array<std::uint64_t, 4>{0, 0x400, 0x40000000, 0});
    index::PairSignature phrase;
    phrase.add("the", "phone");
    CHECK(signature.contains(phrase));
    phrase.add("phone", "the");
    CHECK_FALSE(signature.contains(phrase));
}

TEST_CASE("AND, OR, NOT and parentheses", "[index]")
{
    SearchFixture f;
    CHECK(f.find("prima creyó").total == 1);
    CHECK(f.find("prima AND creyó").total == 1);
    CHECK(f.find("prima NOT creyó").total == 0);
    CHECK(f.find("prima OR helpline").total == 2);
    CHECK(f.find("(prima OR helpline) group:FW").total == 1);
    CHECK(f.find("kind:turn NOT role:interviewer").total == 4);
    CHECK(f.find("NOT kind:turn").total == 2);
}

TEST_CASE("a trailing * expands over the words as written", "[index]")
{
    SearchFixture f;
    const auto hits = f.find("embarr*");
    REQUIRE(hits.total == 1);
    CHECK(hits.hits.at(0).snippet.find("«Embarrassment»") != std::string::npos);
    CHECK(f.find("verg*").total == 2);
    CHECK(f.find("zzz*").total == 0);
}

TEST_CASE("malformed queries say what and where", "[index]")
{
    SearchFixture f;
    auto message = [&](const std::string& query) {
        try {
            f.find(query);
        } catch (const UserError& e) {
            return std::string(e.what());
        }
        return std::string("no error");
    };
    CHECK(message("shame colour:red") ==
          "query: unknown filter 'colour:' at position 7 (filters: code, group, coder, source, role, kind, and "
          "attributes: Age, State)");
    CHECK(message("a \"me daba") == "query: unclosed quote at position 3");
    CHECK(message("(prima OR tele") == "query: unclosed parenthesis at position 1");
    CHECK(message("prima)") == "query: unmatched ')' at position 6");
    CHECK(message("prima AND") == "query: the query ends where a word, phrase or filter should follow at position 10");
    CHECK(message("OR prima") == "query: 'OR' needs a word, phrase or filter before and after it at position 1");
    CHECK(message("age:old") == "query: age is a number: give N or LOW..HIGH, not 'old' at position 1");
    CHECK(message("group:XX").rfind("query: no group 'XX' (groups: YP, FW, JP) at position 1", 0) == 0);
    CHECK(message("code:Nope").find("at position 1") != std::string::npos);
    CHECK(message("state:") == "query: filter 'state:' needs a value at position 1");
    CHECK(message("") == "query: nothing to search for at position 1");
    CHECK(message("\"prima\" NEAR creyó") == "query: NEAR needs a word on each side at position 1");
}

TEST_CASE("role: is the speaker's role, or else an attribute called role", "[index]")
{
    TempFolder folder;
    Project project = Project::create(folder / "R.hilo");
    ImportRequest request;
    request.files = {folder.write("FW02.txt", "Group: FW\nParticipant: FW02\nLanguage: en\nRole: Social worker\n\n"
                                              "Interviewer: Who calls you first?\n"
                                              "FW02: Usually a teacher, sometimes a cousin.\n")};
    ops::importTranscripts(project, request);
    syncIndex(project);

    CHECK(search(project, "kind:turn role:participant teacher").total == 1);
    CHECK(search(project, "kind:turn role:interviewer teacher").total == 0);
    CHECK(search(project, "kind:turn role:\"social worker\" cousin").total == 1);
    CHECK(search(project, "kind:turn role:\"Social Worker\"").total == 2);
    CHECK(search(project, "role:judge").total == 0);
}

TEST_CASE("NEAR matches the words as written, accent- and case-blind", "[index]")
{
    SearchFixture f;
    CHECK(f.find("kind:turn VERGUENZA NEAR culpar").total == 1);
    CHECK(f.find("kind:turn fear NEAR parents").total == 1);
    CHECK(f.find("kind:turn fear NEAR parent").total == 0); // not stemmed: "parents" as written
}
