#include "codebook/codebook.h"
#include "codebook_samples.h"
#include "text/user_error.h"

#include <catch2/catch.hpp>

#include <set>

using namespace hilo::codebook;
using hilo::codebook::samples::makeCode;

namespace {

Codebook harmTree()
{
    Code online = makeCode("22222222-2222-4222-8222-222222222222", "Online");
    online.children.push_back(makeCode("33333333-3333-4333-8333-333333333333", "Grooming"));
    online.children.push_back(makeCode("44444444-4444-4444-8444-444444444444", "Sextortion"));
    Code harm = makeCode("11111111-1111-4111-8111-111111111111", "Harm");
    harm.children.push_back(online);
    Codebook book;
    book.codes = {harm, makeCode("55555555-5555-4555-8555-555555555555", "Impact")};
    return book;
}

} // namespace

TEST_CASE("flatten lists codes depth-first with their paths, parents and positions", "[codebook]")
{
    const Codebook book = harmTree();
    const std::vector<FlatCode> flat = flatten(book);
    REQUIRE(flat.size() == 5);
    CHECK(flat[0].path == std::vector<std::string>{"Harm"});
    CHECK(flat[0].parentGuid.empty());
    CHECK(flat[0].position == 0);
    CHECK(flat[2].path == std::vector<std::string>{"Harm", "Online", "Grooming"});
    CHECK(flat[2].parentGuid == "22222222-2222-4222-8222-222222222222");
    CHECK(flat[3].code->name == "Sextortion");
    CHECK(flat[3].position == 1);
    CHECK(flat[4].path == std::vector<std::string>{"Impact"});
    CHECK(flat[4].position == 1);
    CHECK(flat[4].code == &book.codes[1]);
    CHECK(flatten(Codebook{}).empty());
}

TEST_CASE("new GUIDs are lower-case, without braces, well formed and distinct", "[codebook]")
{
    std::set<std::string> seen;
    for (int i = 0; i < 200; ++i) {
        const std::string guid = newGuid();
        CHECK(isWellFormedGuid(guid));
        CHECK(guid.size() == 36);
        CHECK(guid.find_first_of("ABCDEF{}") == std::string::npos);
        seen.insert(guid);
    }
    CHECK(seen.size() == 200);
}

TEST_CASE("GUIDs must be 8-4-4-4-12 hexadecimal digits, in either case, without braces", "[codebook]")
{
    CHECK(isWellFormedGuid("3f2504e0-4f89-11d3-9a0c-0305e82c3301"));
    CHECK(isWellFormedGuid("3F2504E0-4F89-11D3-9A0C-0305E82C3301"));
    CHECK_FALSE(isWellFormedGuid("{3f2504e0-4f89-11d3-9a0c-0305e82c3301}"));
    CHECK_FALSE(isWellFormedGuid("3f2504e04f8911d39a0c0305e82c3301"));
    CHECK_FALSE(isWellFormedGuid("3f2504e0-4f89-11d3-9a0c-0305e82c330"));
    CHECK_FALSE(isWellFormedGuid("3f2504e0-4f89-11d3-9a0c-0305e82c33011"));
    CHECK_FALSE(isWellFormedGuid("3f2504e0-4f89-11d3-9a0c_0305e82c3301"));
    CHECK_FALSE(isWellFormedGuid("3g2504e0-4f89-11d3-9a0c-0305e82c3301"));
    CHECK_FALSE(isWellFormedGuid(""));
}

TEST_CASE("a well-formed codebook validates", "[codebook]")
{
    CHECK_NOTHROW(validate(harmTree(), "codes.qdc"));
    CHECK_NOTHROW(validate(samples::richCodebook(), "codes.qdc"));
    CHECK_NOTHROW(validate(Codebook{}, "codes.qdc"));
}

TEST_CASE("validate names the file and the code's path", "[codebook]")
{
    Codebook book = harmTree();

    SECTION("empty name")
    {
        book.codes[0].children[0].children[1].name = " ";
        CHECK_THROWS_WITH(validate(book, "codes.qdc"), "codes.qdc: a code under 'Harm/Online' has no name");
        book.codes[0].name.clear();
        CHECK_THROWS_WITH(validate(book, "codes.qdc"), "codes.qdc: a top-level code has no name");
    }
    SECTION("sibling names equal without case or accents")
    {
        book.codes[0].children[0].children[0].name = "Vergüenza";
        book.codes[0].children[0].children[1].name = "VERGUENZA";
        CHECK_THROWS_WITH(validate(book, "codes.qdc"),
                          "codes.qdc: codes 'Harm/Online/Vergüenza' and 'Harm/Online/VERGUENZA' have the same name "
                          "(sibling names must differ by more than case and accents)");
    }
    SECTION("the same name under different parents is fine")
    {
        book.codes[1].children.push_back(makeCode(newGuid(), "Online"));
        CHECK_NOTHROW(validate(book, "codes.qdc"));
    }
    SECTION("malformed or missing GUID")
    {
        book.codes[1].guid = "{55555555-5555-4555-8555-555555555555}";
        CHECK_THROWS_WITH(validate(book, "codes.csv"),
                          "codes.csv: code 'Impact' has a malformed GUID '{55555555-5555-4555-8555-555555555555}' "
                          "(expected 8-4-4-4-12 hexadecimal digits, like 3f2504e0-4f89-11d3-9a0c-0305e82c3301)");
        book.codes[1].guid.clear();
        CHECK_THROWS_WITH(validate(book, "codes.csv"), "codes.csv: code 'Impact' has no GUID");
    }
    SECTION("a GUID repeated inside its own subtree is a cycle")
    {
        Code again = makeCode("11111111-1111-4111-8111-111111111111", "Harm");
        book.codes[0].children[0].children.push_back(again);
        CHECK_THROWS_WITH(validate(book, "codes.qdc"),
                          "codes.qdc: code 'Harm/Online/Harm' repeats the GUID of its ancestor 'Harm' (a cycle)");
    }
    SECTION("a GUID repeated elsewhere is a duplicate, whatever its case")
    {
        book.codes[1].guid = "33333333-3333-4333-8333-333333333333";
        CHECK_THROWS_WITH(validate(book, "codes.qdc"),
                          "codes.qdc: duplicate GUID 33333333-3333-4333-8333-333333333333 used by "
                          "'Harm/Online/Grooming' and 'Impact'");
        book.codes[1].guid = "33333333-3333-4333-8333-333333333333";
        book.codes[0].children[0].children[1].guid = "33333333-3333-4333-8333-33333333333A";
        book.codes[0].children[0].children[0].guid = "33333333-3333-4333-8333-33333333333a";
        CHECK_THROWS_WITH(validate(book, "codes.qdc"),
                          "codes.qdc: duplicate GUID 33333333-3333-4333-8333-33333333333A used by "
                          "'Harm/Online/Grooming' and 'Harm/Online/Sextortion'");
    }
    SECTION("colours are #rrggbb in either case")
    {
        book.codes[1].color = "#A1b2C3";
        CHECK_NOTHROW(validate(book, "codes.qdc"));
        for (const char* bad : {"red", "#abc", "#abcdefa", "a1b2c3", "#ggggggg", "#12345g"}) {
            book.codes[1].color = bad;
            CHECK_THROWS_WITH(validate(book, "codes.qdc"),
                              "codes.qdc: code 'Impact' has colour '" + std::string(bad) +
                                  "' (expected # and six hexadecimal digits, like #e57373)");
        }
    }
}
