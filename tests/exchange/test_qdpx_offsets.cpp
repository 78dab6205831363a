// Other tools count selection positions in different ways (tests/data/refi-qda/make_fixtures.py
// writes one fictional project, with emoji, CRLF line ends, a byte order mark and a decomposed
// ñ, counted each way). Whatever the counting, every coding must land on the same words as in
// the copy that follows the standard, and the report must say which counting was used.
#include "exchange_fixtures.h"
#include "support/temp_folder.h"

#include "import/qdpx_reader.h"
#include "import/selection_offsets.h"
#include "project/snapshot_merger.h"
#include "text/unicode_text.h"

#include <catch2/catch.hpp>

using namespace hilo;
using namespace hilo::test;

namespace {

// source, code, coder and the coded words of every coding, in order.
std::vector<std::string> codedWords(const std::string& fixture, std::string* reading = nullptr)
{
    const TempFolder folder;
    Project project = Project::create(folder / "Study.hilo");
    const MergeReport report = mergeSnapshot(project, import::readQdpx(refiQdaFixture(fixture)));
    if (reading != nullptr)
        *reading = report.offsetReading;
    std::vector<std::string> words;
    for (const CodingRecord& c : CodingStore(project).list())
        words.push_back(c.sourceName + "|" + c.codePath + "|" + c.coderName + "|" + c.text);
    return words;
}

} // namespace

TEST_CASE("the standard fixture codes the words its selections name", "[qdpx][offsets]")
{
    std::string reading;
    const std::vector<std::string> words = codedWords("offsets-codepoints.qdpx", &reading);
    CHECK(reading == "Unicode code points (the REFI-QDA standard)");
    CHECK(words == std::vector<std::string>{
                       "YP07_interview|Embarrassment|Ana|vergüenza",
                       "YP07_interview|Disclosure|Luis|contarlo a mi mamá",
                       "YP07_interview|Disclosure|Ana|La orientadora me escuchó",
                       "YP07_interview|Fear of blame|Luis|no me culpó",
                       "YP07_interview|Disclosure|Ana|la niña de al lado", // composed to NFC on the way in
                       "YP07_interview|Disclosure|Ana|And online?",
                       "YP07_interview|Disclosure|Luis|told my cousin",
                       "YP07_interview|Disclosure|Ana|first",
                   });
}

TEST_CASE("positions counted as other tools count them land on the same words", "[qdpx][offsets]")
{
    const std::vector<std::string> standard = codedWords("offsets-codepoints.qdpx");
    const std::vector<std::pair<std::string, std::string>> variants = {
        {"offsets-utf16.qdpx", "UTF-16 code units"},
        {"offsets-bom-counted.qdpx", "Unicode code points, counting the byte order mark"},
        {"offsets-crlf-as-one.qdpx", "Unicode code points, counting CRLF line ends as one"},
        {"offsets-utf16-lf-as-two.qdpx",
         "UTF-16 code units, counting the byte order mark and counting line ends as two (CRLF)"},
    };
    for (const auto& [fixture, expected] : variants) {
        INFO(fixture);
        std::string reading;
        CHECK(codedWords(fixture, &reading) == standard);
        CHECK(reading == expected);
    }
}

TEST_CASE("a CRLF source with a byte order mark is stored as Hilo stores text", "[qdpx][offsets]")
{
    const TempFolder folder;
    Project project = Project::create(folder / "Study.hilo");
    mergeSnapshot(project, import::readQdpx(refiQdaFixture("offsets-utf16.qdpx")));
    const SourceDetail source = SourceStore(project).source("YP07_interview");
    CHECK(source.text.find('\r') == std::string::npos);
    CHECK(source.text.rfind("\xEF\xBB\xBF", 0) == std::string::npos);
    CHECK(source.text == text::toNfc(source.text));
    CHECK(source.text.find("la niña de al lado") != std::string::npos);
    CHECK(source.text.find("👩\u200d👧") != std::string::npos);
    CHECK(source.turns.size() == 6); // split by the speaker labels
}

TEST_CASE("positions map through line-end unification and NFC composition", "[qdpx][offsets]")
{
    // "a\r\nn" + combining tilde + "o": CRLF becomes one \n, n + tilde one ñ.
    const import::SourceText text = import::prepareSourceText(U"a\r\nn\u0303o", false);
    CHECK(text.stored == "a\nño");
    CHECK(text.storedOffset == std::vector<std::int64_t>{0, 1, 1, 2, 2, 3, 4});
}

TEST_CASE("a selection inside an emoji under every counting is refused", "[qdpx][offsets]")
{
    std::vector<import::SourceText> sources{import::prepareSourceText(U"ok 😟 ok", false)};
    // UTF-16 position 4 is the middle of the emoji; as code points it is past it, but 9 is
    // past the end either way.
    const std::vector<import::RawSelection> selections{{0, 4, 9, "", "selection s1 in source 'x'"}};
    CHECK_THROWS_WITH(import::resolveSelections(sources, selections, "x.qdpx"),
                      Catch::Contains("x.qdpx: selection s1 in source 'x' has positions 4-9") &&
                          Catch::Contains("do not lie within its text of 7 characters"));
}

TEST_CASE("word boundaries alone tell UTF-16 positions from code points", "[qdpx][offsets]")
{
    // No selection carries a name: only where the spans start and end can tell.
    const std::u32string text = U"Me dio vergüenza 😳 contarlo 😟 a mi mamá 🙏 y a nadie más.";
    std::vector<import::SourceText> sources{import::prepareSourceText(text, false)};
    // "contarlo", "a mi mamá", "nadie" in UTF-16 units: each emoji before them counts two.
    const std::vector<import::RawSelection> selections{
        {0, 20, 28, "", "s1"}, {0, 32, 41, "", "s2"}, {0, 49, 54, "", "s3"}};
    const import::ResolvedSelections resolved = import::resolveSelections(sources, selections, "x.qdpx");
    CHECK(resolved.reading.utf16);
    const std::string stored = sources[0].stored;
    CHECK(text::slice(stored, resolved.starts[0], resolved.ends[0]) == "contarlo");
    CHECK(text::slice(stored, resolved.starts[1], resolved.ends[1]) == "a mi mamá");
    CHECK(text::slice(stored, resolved.starts[2], resolved.ends[2]) == "nadie");
}
