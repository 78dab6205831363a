// Text must come back out of `hilo show` exactly as it went in (after NFC), whatever its encoding.
#include "cli_runner.h"
#include "support/temp_folder.h"

#include <catch2/catch.hpp>

using namespace hilo::test;

namespace {

std::string importAndShow(const TempFolder& folder, const std::string& file, const std::string& bytes)
{
    const std::string project = (folder / "Study.hilo").string();
    if (!std::filesystem::exists(project))
        REQUIRE(runHilo({"init", project}).exitCode == 0);
    const CliResult imported = runHilo({"import", project, folder.write(file, bytes).string()});
    INFO(imported.err);
    REQUIRE(imported.exitCode == 0);
    const CliResult shown = runHilo({"show", project, std::filesystem::path(file).stem().string()});
    REQUIRE(shown.exitCode == 0);
    return shown.out;
}

} // namespace

TEST_CASE("a Windows-1252 Spanish transcript round-trips through hilo show", "[cli][encoding]")
{
    const TempFolder folder;
    const std::string cp1252 = "Entrevistadora: \xBFQu\xE9 te dijo?\n\n"
                               "YP02: \x93M\xE1ndame una foto\x94, me dijo. Ni\xF1" "a, acci\xF3n, \xA1ya!\n";
    CHECK(importAndShow(folder, "YP02.txt", cp1252) ==
          "Entrevistadora: ¿Qué te dijo?\n\nYP02: “Mándame una foto”, me dijo. Niña, acción, ¡ya!\n");
}

TEST_CASE("a UTF-16 transcript round-trips through hilo show", "[cli][encoding]")
{
    const TempFolder folder;
    const std::u16string text = u"Interviewer: Who did you tell?\n\nFW03: Nobody at first 😢, then my teacher.\n";
    std::string bytes = "\xFF\xFE";
    for (const char16_t unit : text) {
        bytes.push_back(static_cast<char>(unit & 0xFF));
        bytes.push_back(static_cast<char>(unit >> 8));
    }
    CHECK(importAndShow(folder, "FW03.txt", bytes) ==
          "Interviewer: Who did you tell?\n\nFW03: Nobody at first 😢, then my teacher.\n");
}

TEST_CASE("combining accents are stored composed, emoji and other characters untouched", "[cli][encoding]")
{
    const TempFolder folder;
    const std::string decomposed = "Interviewer: ¿Cómo se llama el grupo?\n\n"
                                   "JP01: Nin\xCC\x83" "as y nin\xCC\x83" "os 👧🏽👦, “comillas” — y Ω.\n";
    CHECK(importAndShow(folder, "JP01.md", decomposed) ==
          "Interviewer: ¿Cómo se llama el grupo?\n\nJP01: Niñas y niños 👧🏽👦, “comillas” — y Ω.\n");
}
