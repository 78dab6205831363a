#include "store_fixture.h"
#include "text/user_error.h"

#include <catch2/catch.hpp>

using namespace hilo;
using hilo::test::CodingFixture;

TEST_CASE("codes are found by path, unique name, GUID or id, and listed depth-first", "[store][codebook]")
{
    CodingFixture f;
    const std::vector<CodeRecord> codes = f.codebook.codes();
    REQUIRE(codes.size() == 6);
    CHECK(codes[0].path == "Disclosure");
    CHECK(codes[2].path == "Disclosure/Barriers/Embarrassment");
    CHECK(codes[2].depth == 2);
    CHECK(codes[5].path == "Impact");
    CHECK(f.codebook.code("disclosure/BARRIERS/embarrassment").id == codes[2].id);
    CHECK(f.codebook.code("Fear of blame").path == "Disclosure/Barriers/Fear of blame");
    CHECK(f.codebook.code(codes[4].guid).name == "To whom");
    CHECK(f.codebook.code(std::to_string(codes[5].id)).name == "Impact");
    CHECK_THROWS_WITH(f.codebook.code("Nothing"), Catch::Contains("no code 'Nothing'"));
    f.codebook.add("Impact/Embarrassment");
    CHECK_THROWS_WITH(f.codebook.code("Embarrassment"), Catch::Contains("ambiguous"));
}

TEST_CASE("sibling names are unique without regard to case or accents", "[store][codebook]")
{
    CodingFixture f;
    f.codebook.add("Impact/Vergüenza");
    CHECK_THROWS_WITH(f.codebook.add("Impact/VERGUENZA"), Catch::Contains("already exists under 'Impact'"));
    CHECK_NOTHROW(f.codebook.add("Disclosure/Vergüenza")); // another parent: allowed
    CHECK_THROWS_WITH(f.codebook.rename("Disclosure/Barriers", "to whom"), Catch::Contains("already exists"));
    CHECK_THROWS_WITH(f.codebook.add("Missing/Child"), Catch::Contains("no code 'Missing'"));
    CHECK_THROWS_WITH(f.codebook.add("Impact/Bad colour", {.color = "red"}), Catch::Contains("#rrggbb"));
}

TEST_CASE("moving reorders and reparents, and never into a code's own subtree", "[store][codebook]")
{
    CodingFixture f;
    f.codings.add({f.source, f.code("Fear of blame"), f.ana, 40, 60});
    f.codings.add({f.source, f.code("Disclosure/Barriers"), f.luis, 40, 60});
    f.codebook.move("Disclosure/To whom", "Disclosure", 0);
    CHECK(f.codebook.codes()[1].path == "Disclosure/To whom");
    f.codebook.move("Disclosure/Barriers", "Impact");
    CHECK(f.codebook.code("Impact/Barriers/Fear of blame").depth == 2);
    f.codebook.move("Impact/Barriers", "");
    CHECK(f.codebook.code("Barriers").depth == 0);
    CHECK_THROWS_WITH(f.codebook.move("Disclosure", "Disclosure/To whom"), Catch::Contains("into itself or its own sub-codes"));
    // The codings travelled with their codes.
    CHECK(f.codings.count() == 2);
    CHECK(f.codebook.code("Barriers").codingCount == 1);
    CHECK(f.codings.list({std::nullopt, std::string("Barriers"), std::nullopt, std::nullopt}).size() == 2);
    // Positions stay dense after every move.
    for (const CodeRecord& r : f.codebook.codes())
        if (!r.parentId)
            CHECK(r.position < 3);
}

TEST_CASE("merging moves every coding to the target and keeps the total accounted for", "[store][codebook]")
{
    CodingFixture f;
    const auto embarrassment = f.code("Embarrassment");
    const auto fear = f.code("Fear of blame");
    f.codings.add({f.source, embarrassment, f.ana, 40, 60});
    f.codings.add({f.source, embarrassment, f.luis, 40, 60});
    f.codings.add({f.source, fear, f.ana, 40, 60}); // identical span and coder: will be represented once
    f.codings.add({f.source, fear, f.ana, 62, 90});
    f.codebook.add("Disclosure/Barriers/Fear of blame/From parents");
    REQUIRE(f.codings.count() == 4);

    const auto moved = f.codebook.merge("Fear of blame", "Embarrassment");
    CHECK(moved == 2);
    CHECK(f.codings.count() == 3); // 4 before, minus the one identical to a coding the target had
    CHECK(f.codings.list({std::nullopt, std::string("Embarrassment"), std::nullopt, std::nullopt}).size() == 3);
    CHECK(f.codebook.code("Disclosure/Barriers/Embarrassment/From parents").depth == 3);
    CHECK_THROWS(f.codebook.code("Fear of blame"));
    CHECK_THROWS_WITH(f.codebook.merge("Disclosure", "Embarrassment"), Catch::Contains("into its own sub-code"));
}

TEST_CASE("deleting a code with codings is refused unless its codings go too", "[store][codebook]")
{
    CodingFixture f;
    f.codings.add({f.source, f.code("Embarrassment"), f.ana, 40, 60});
    f.codings.add({f.source, f.code("Impact"), f.ana, 40, 60});
    CHECK_THROWS_WITH(f.codebook.remove("Disclosure", false), Catch::Contains("have 1 codings"));
    CHECK(f.codebook.codes().size() == 6);
    CHECK(f.codebook.remove("Disclosure", true) == 1);
    CHECK(f.codebook.codes().size() == 1);
    CHECK(f.codings.count() == 1); // the Impact coding is untouched
}

TEST_CASE("a codebook export imported into a fresh project gives the same tree", "[store][codebook]")
{
    CodingFixture f;
    f.codebook.update("Embarrassment", {.labelEs = "Vergüenza", .definition = "Shame about what happened.",
                                        .inclusion = "Says they felt ashamed.", .exclusion = "Fear of blame.",
                                        .example = "“Me daba vergüenza.”"});
    const codebook::Codebook exported = f.codebook.exportCodebook();

    CodingFixture other;
    other.codebook.remove("Disclosure", true);
    other.codebook.remove("Impact", true);
    const CodebookImportReport report = other.codebook.importCodebook(exported);
    CHECK(report.added.size() == 6);
    const auto a = f.codebook.codes();
    const auto b = other.codebook.codes();
    REQUIRE(a.size() == b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        CHECK(a[i].guid == b[i].guid);
        CHECK(a[i].path == b[i].path);
        CHECK(a[i].color == b[i].color);
        CHECK(a[i].labelEs == b[i].labelEs);
        CHECK(a[i].definition == b[i].definition);
        CHECK(a[i].example == b[i].example);
    }
    // Importing again matches by GUID and leaves everything alone.
    const CodebookImportReport again = other.codebook.importCodebook(exported);
    CHECK(again.added.empty());
    CHECK(again.updated.empty());
    CHECK(again.unchanged.size() == 6);
}

TEST_CASE("importing merges by GUID, then by path, and reports what changed", "[store][codebook]")
{
    CodingFixture f;
    codebook::Codebook book = f.codebook.exportCodebook();
    book.codes[0].children[0].name = "Obstacles";          // matched by GUID: renamed
    book.codes[1].guid = codebook::newGuid();              // "Impact" matched by path: GUID kept
    book.codes[1].definition = "How it affected them.";
    codebook::Code extra;
    extra.guid = codebook::newGuid();
    extra.name = "Care";
    book.codes.push_back(extra);
    const CodebookImportReport report = f.codebook.importCodebook(book);
    CHECK(report.added == std::vector<std::string>{"Care"});
    CHECK(report.updated.size() == 2);
    CHECK(f.codebook.code("Disclosure/Obstacles/Embarrassment").depth == 2);
    CHECK(f.codebook.code("Impact").definition == "How it affected them.");
}
