#include "codebook/bundled_codebooks.h"
#include "codebook/code_path.h"
#include "text/user_error.h"

#include <catch2/catch.hpp>

using namespace hilo::codebook;

TEST_CASE("the bundled codebooks are listed by name with a description", "[codebook][bundled]")
{
    const std::vector<BundledCodebook> all = bundledCodebooks();
    REQUIRE(all.size() == 1);
    CHECK(all[0].name == "tfcsea");
    CHECK(all[0].description ==
          "Technology-facilitated child sexual exploitation and abuse (English names, Spanish labels)");
}

TEST_CASE("an unknown bundled codebook is refused with the available names", "[codebook][bundled]")
{
    CHECK_THROWS_AS(loadBundledCodebook("tfcsae"), hilo::UserError);
    CHECK_THROWS_WITH(loadBundledCodebook("tfcsae"), "unknown codebook 'tfcsae' (available: tfcsea)");
    CHECK_THROWS_WITH(loadBundledCodebook(""), "unknown codebook '' (available: tfcsea)");
}

TEST_CASE("the tfcsea codebook loads complete and valid", "[codebook][bundled]")
{
    const Codebook book = loadBundledCodebook("tfcsea");
    CHECK(book.name == "tfcsea");
    CHECK_NOTHROW(validate(book, "tfcsea.csv")); // unique GUIDs and sibling names, colours
    const std::vector<FlatCode> flat = flatten(book);
    CHECK(flat.size() >= 60);
    for (const FlatCode& code : flat) {
        INFO("code " << joinCodePath(code.path));
        CHECK_FALSE(code.code->definition.empty());
        if (code.path.size() > 1) {
            CHECK_FALSE(code.code->inclusion.empty());
            CHECK_FALSE(code.code->exclusion.empty());
            CHECK_FALSE(code.code->labelEs.empty());
        }
    }
}
