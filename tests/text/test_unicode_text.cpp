#include "text/unicode_text.h"
#include "text/user_error.h"

#include <catch2/catch.hpp>

using namespace hilo::text;

TEST_CASE("NFC composes combining accents, leaving composed text unchanged", "[text]")
{
    const std::string decomposed = "nin\xCC\x83" "a"; // n i n + COMBINING TILDE + a
    CHECK(toNfc(decomposed) == "niña");
    CHECK(toNfc("acción 😢") == "acción 😢");
    CHECK(codePointLength(toNfc(decomposed)) == 4);
}

TEST_CASE("invalid UTF-8 is refused, not mangled", "[text]")
{
    CHECK_FALSE(isValidUtf8("caf\xE9"));      // Latin-1 é
    CHECK_FALSE(isValidUtf8("\xC0\xAF"));     // overlong slash
    CHECK_FALSE(isValidUtf8("\xED\xA0\x80")); // a UTF-16 surrogate
    CHECK(isValidUtf8("niña 😢"));
    CHECK_THROWS_AS(toNfc("caf\xE9"), hilo::UserError);
}

TEST_CASE("folding makes case and accents irrelevant for comparison", "[text]")
{
    CHECK(fold("Niña") == "nina");
    CHECK(fold("NIÑAS") == "ninas");
    CHECK(fold("Vergüenza") == fold("VERGUENZA"));
    CHECK(fold("nin\xCC\x83" "a") == "nina");
    CHECK(fold("Straße") == "strasse");
}

TEST_CASE("positions are counted in code points, not bytes or UTF-16 units", "[text]")
{
    const std::string text = "¿Qué? 😢 sí";
    CHECK(codePointLength(text) == 10);
    CHECK(slice(text, 6, 7) == "😢");
    CHECK(slice(text, 8, 10) == "sí");
    CHECK(slice(text, 0, 0).empty());
    CHECK(byteOffsetOfCodePoint(text, 10) == text.size());
    CHECK_THROWS_AS(slice(text, 5, 11), std::out_of_range);
    CHECK_THROWS_AS(slice(text, 5, 4), std::out_of_range);
}

TEST_CASE("UTF-32 conversion round-trips every plane", "[text]")
{
    const std::string text = "a é 中 😢";
    const std::u32string points = toUtf32(text);
    CHECK(points.size() == 7);
    CHECK(points[6] == U'😢');
    CHECK(toUtf8(points) == text);
}
