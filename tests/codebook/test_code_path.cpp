#include "codebook/code_path.h"
#include "text/user_error.h"

#include <catch2/catch.hpp>

using namespace hilo::codebook;

TEST_CASE("code paths split into names, with escaped slashes kept inside a name", "[codebook]")
{
    CHECK(splitCodePath("Disclosure/Barriers/Embarrassment") ==
          std::vector<std::string>{"Disclosure", "Barriers", "Embarrassment"});
    CHECK(splitCodePath(" Revelación / Barreras ") == std::vector<std::string>{"Revelación", "Barreras"});
    CHECK(splitCodePath("Where/Chat\\/messaging apps") == std::vector<std::string>{"Where", "Chat/messaging apps"});
    CHECK(joinCodePath({"Where", "Chat/messaging apps"}) == "Where/Chat\\/messaging apps");
    CHECK(splitCodePath(joinCodePath({"a\\b", "c/d"})) == std::vector<std::string>{"a\\b", "c/d"});
}

TEST_CASE("malformed code paths name the position of the problem", "[codebook]")
{
    CHECK_THROWS_WITH(splitCodePath("Disclosure//Barriers"), Catch::Contains("empty name at position 12"));
    CHECK_THROWS_WITH(splitCodePath(""), Catch::Contains("empty name"));
    CHECK_THROWS_WITH(splitCodePath("Harm\\x"), Catch::Contains("stray backslash at position 5"));
}

TEST_CASE("sibling names compare without case or accents", "[codebook]")
{
    CHECK(sameCodeName("Vergüenza", "verguenza"));
    CHECK(sameCodeName("VERGÜENZA", "vergüenza"));
    CHECK_FALSE(sameCodeName("Shame", "Fear"));
}
