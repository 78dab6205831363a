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

namespace {

std::string decodeError(const std::string& bytes, const std::string& name)
{
    try {
        decodeText(bytes, name);
    } catch (const ImportError& error) {
        return error.what();
    }
    FAIL("no ImportError was thrown");
    return {};
}

} // namespace

TEST_CASE("UTF-8 with one stray byte is refused with its offset and line, never read as Latin-1", "[import][encoding]")
{
    // Read as Latin-1 before, this became "niÃ±a" without a word, and "niña" was never found.
    const std::string bytes = "Interviewer: ¿Y la niña?\nYP03: s\xED, la ni\xC3\xB1" "a.\n";
    const std::size_t stray = bytes.find('\xED');
    REQUIRE(stray == 34);
    CHECK(decodeError(bytes, "YP03.txt")
          == "YP03.txt:2:8: the file is UTF-8 except for 1 stray byte that is not UTF-8, at byte offset 34 (0xED); "
             "fix them, or import with --replace-invalid-bytes to replace them with U+FFFD");
}

TEST_CASE("stray bytes are listed by offset, the first few, and counted", "[import][encoding]")
{
    std::string bytes = "Entrevistadora: ¿Cómo estás? Año, niño, acción.\n";
    for (int i = 0; i < 7; ++i)
        bytes += "x\xFF";
    const std::string message = decodeError(bytes, "FW-01.txt");
    CHECK_THAT(message, Catch::StartsWith("FW-01.txt:2:2: the file is UTF-8 except for 7 stray bytes that are not UTF-8, "
                                          "at byte offsets 55 (0xFF), 57 (0xFF), 59 (0xFF), 61 (0xFF), 63 (0xFF) and 2 more;"));
}

TEST_CASE("a byte order mark says UTF-8: any stray byte after it is refused, offsets counting the mark",
          "[import][encoding]")
{
    CHECK(decodeError("\xEF\xBB\xBFsi\xFF", "bom.txt")
          == "bom.txt:1:3: the file is UTF-8 except for 1 stray byte that is not UTF-8, at byte offset 5 (0xFF); "
             "fix them, or import with --replace-invalid-bytes to replace them with U+FFFD");
}

TEST_CASE("replaceInvalidBytes puts U+FFFD for each stray and says so in a warning", "[import][encoding]")
{
    const std::string bytes = "YP03: s\xED, la ni\xC3\xB1" "a.\n";
    const DecodedText decoded = decodeText(bytes, "YP03.txt", {true});
    CHECK(decoded.encoding == "UTF-8");
    CHECK(decoded.utf8 == "YP03: s\uFFFD, la niña.\n");
    CHECK(decoded.warning
          == "YP03.txt: replaced 1 stray byte that is not UTF-8, at byte offset 7 (0xED) with U+FFFD (the first on line 1)");
    // A cut-short sequence (the first two bytes of "€") is one stray, one U+FFFD.
    CHECK(decodeText("€ \xE2\x82 ñ", "x.txt", {true}).utf8 == "€ \uFFFD ñ");
    // With the mark too; valid UTF-8 is untouched and warns of nothing.
    CHECK(decodeText("\xEF\xBB\xBFs\xFF", "bom.txt", {true}).utf8 == "s\uFFFD");
    const DecodedText clean = decodeText("la niña", "ok.txt", {true});
    CHECK(clean.utf8 == "la niña");
    CHECK(clean.warning.empty());
}

TEST_CASE("Windows-1252 with a byte pair that happens to be valid UTF-8 is still Windows-1252", "[import][encoding]")
{
    // "ADIÓ”" puts Ó (0xD3) before ” (0x94), which is also a valid two-byte UTF-8 sequence;
    // the lower-case accents around it are stray bytes for UTF-8, many more than that one pair.
    const std::string cp1252 = "Dijo \x93" "ADI\xD3\x94 y se fue. La ni\xF1" "a, el pap\xE1, la mam\xE1, qu\xE9 pas\xF3.\n";
    const DecodedText decoded = decodeText(cp1252, "es.txt");
    CHECK(decoded.encoding == "windows-1252");
    CHECK(decoded.utf8 == "Dijo “ADIÓ” y se fue. La niña, el papá, la mamá, qué pasó.\n");
    // A Latin-1 file with one accented letter and no multi-byte sequence at all is Latin-1, as before.
    CHECK(decodeText("caf\xE9\n", "cafe.txt").utf8 == "café\n");
}
