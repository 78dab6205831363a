#include "text/qt_offsets.h"

#include <catch2/catch.hpp>

using namespace hilo::text;

TEST_CASE("UTF-16 and code point positions map both ways across surrogate pairs", "[text][qt]")
{
    const QString text = toQString("a😢b ñ");
    REQUIRE(text.size() == 6); // the emoji takes two UTF-16 units
    const Utf16CodePointMap map(text);
    CHECK(map.codePointCount() == 5);
    CHECK(map.toUtf16(0) == 0);
    CHECK(map.toUtf16(1) == 1);
    CHECK(map.toUtf16(2) == 3); // 'b' comes after the pair
    CHECK(map.toUtf16(5) == 6);
    CHECK(map.toCodePoint(3) == 2);
    CHECK(map.toCodePoint(2) == 1); // inside the pair: the emoji itself
    CHECK(map.toCodePoint(6) == 5);
    CHECK_THROWS_AS(map.toUtf16(6), std::out_of_range);
    CHECK(fromQString(text) == "a😢b ñ");
}
