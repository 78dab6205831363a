#include "import/import_error.h"
#include "import/text_decoding.h"

#include <catch2/catch.hpp>

using namespace hilo::import;

TEST_CASE("plain UTF-8 and UTF-8 with a byte order mark", "[import][encoding]")
{
    CHECK(decodeText("Entrevistadora: ¿Cómo estás? 😢", "a.txt").encoding == "UTF-8");
    const DecodedText bom = decodeText("\xEF\xBB\xBFsí", "a.txt");
    CHECK(bom.utf8 == "sí");
    CHECK(bom.encoding == "UTF-8");
}

TEST_CASE("UTF-16 with a byte order mark, both byte orders, including a surrogate pair", "[import][encoding]")
{
    // "ñ😢" in UTF-16LE: F1 00, 3D D8 22 DE
    const std::string le("\xFF\xFE\xF1\x00\x3D\xD8\x22\xDE", 8);
    const DecodedText little = decodeText(le, "u16.txt");
    CHECK(little.utf8 == "ñ😢");
    CHECK(little.encoding == "UTF-16LE");
    const std::string be("\xFE\xFF\x00\xF1\xD8\x3D\xDE\x22", 8);
    CHECK(decodeText(be, "u16.txt").utf8 == "ñ😢");
}

TEST_CASE("Windows-1252 Spanish text, with typographic quotes, is detected and decoded", "[import][encoding]")
{
    // “¿Qué pasó?”, dijo la niña. -- in Windows-1252
    const std::string cp1252 = "Entrevistadora: \x93\xBFQu\xE9 pas\xF3?\x94, dijo la ni\xF1" "a. A\xF1o de la acci\xF3n.\n";
    const DecodedText decoded = decodeText(cp1252, "es.txt");
    CHECK(decoded.encoding == "windows-1252");
    CHECK(decoded.utf8 == "Entrevistadora: “¿Qué pasó?”, dijo la niña. Año de la acción.\n");
}

TEST_CASE("Latin-1 text without Windows-only bytes is decoded as Latin-1", "[import][encoding]")
{
    const std::string latin1 = "La ni\xF1" "a dijo que s\xED, que ten\xED" "a miedo de contarlo en la escuela.\n";
    const DecodedText decoded = decodeText(latin1, "es.txt");
    CHECK(decoded.utf8 == "La niña dijo que sí, que tenía miedo de contarlo en la escuela.\n");
    CHECK((decoded.encoding == "ISO-8859-1" || decoded.encoding == "windows-1252"));
}

TEST_CASE("empty and binary files are refused with the file name", "[import][encoding]")
{
    CHECK_THROWS_WITH(decodeText("", "empty.txt"), "empty.txt: is empty");
    const std::string png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    CHECK_THROWS_WITH(decodeText(png, "photo.txt"), Catch::Contains("photo.txt: looks like a binary file"));
    CHECK_THROWS_AS(decodeText(std::string("\x01\x02\x03\x04\x05 abc", 9), "x.txt"), ImportError);
}
