// The de-identification guard's targets, on the planted set (tests/support/guard_planted_set.h)
// and on text with no identifiers (tests/data/guard/clean_interviews.txt and the demo corpus),
// all fictional: recall of at least 90% overall, at most one false positive per 5,000 clean
// words, and a 6,000-word transcript scanned fast. `hilo-bench guard` prints the same figures.
#include "support/guard_evaluation.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <string>

using namespace hilo::test::guard;

namespace {

const std::filesystem::path guardData = std::filesystem::path(HILO_TEST_DATA_DIR) / "guard";
const std::filesystem::path demoCorpus = std::filesystem::path(HILO_DEMO_DIR) / "corpus";

std::string flagList(const std::vector<GuardFlag>& flags)
{
    std::string text;
    for (const GuardFlag& flag : flags)
        text += std::string("\n  ") + identifierKindName(flag.kind) + " line " + std::to_string(flag.line) + " " +
                flag.masked;
    return text;
}

} // namespace

TEST_CASE("The planted set covers every kind, in both languages", "[deid][recall]")
{
    CHECK(plantedIdentifiers.size() >= 60);
    for (IdentifierKind kind : allKinds()) {
        int planted = 0;
        for (const PlantedIdentifier& identifier : plantedIdentifiers)
            planted += identifier.kind == kind ? 1 : 0;
        INFO("kind " << identifierKindName(kind));
        CHECK(planted >= 5);
    }
    int english = 0;
    for (const PlantedIdentifier& identifier : plantedIdentifiers) {
        INFO("planted " << identifierKindName(identifier.kind) << " in: " << identifier.sentence);
        REQUIRE(identifier.sentence.find(identifier.identifier) != std::string_view::npos);
        english += identifier.language == "en" ? 1 : 0;
    }
    CHECK(english >= 20);
}

TEST_CASE("The guard finds at least 90% of the planted identifiers", "[deid][recall]")
{
    const RecallReport report = measureRecall();
    for (const KindRecall& kind : report.byKind)
        UNSCOPED_INFO(identifierKindName(kind.kind) << " " << kind.found << "/" << kind.planted);
    for (const PlantedIdentifier* missed : report.missed)
        UNSCOPED_INFO("missed " << identifierKindName(missed->kind) << ": " << missed->sentence);
    CHECK(report.percent() >= 90.0);
    // No kind is left mostly to chance.
    for (const KindRecall& kind : report.byKind) {
        INFO("kind " << identifierKindName(kind.kind));
        CHECK(2 * kind.found > kind.planted);
    }
}

TEST_CASE("The clean transcript gets at most one false positive per 5,000 words", "[deid][false-positives]")
{
    const std::string clean = readCleanTranscript(guardData);
    const FalsePositiveReport withNames = measureFalsePositives(clean, plantedGuardOptions());
    REQUIRE(withNames.words >= 5000);
    INFO("flags:" << flagList(withNames.flags));
    CHECK(withNames.perThousandWords() <= 0.2);
    CHECK(measureFalsePositives(clean, {}).perThousandWords() <= 0.2);
}

TEST_CASE("The demo corpus gets no flag at all, and few with the planted name list", "[deid][false-positives]")
{
    const std::vector<CorpusText> corpus = readCorpusTexts(demoCorpus);
    REQUIRE(corpus.size() >= 10);
    // The demo is imported as it is by the CLI, GUI and README tests: any flag would refuse it.
    for (const CorpusText& transcript : corpus) {
        const auto flags = hilo::import::scanForIdentifiers(transcript.text, {});
        INFO(transcript.fileName << ":" << flagList(flags));
        CHECK(flags.empty());
    }
    const FalsePositiveReport withNames = measureCorpusFalsePositives(corpus, plantedGuardOptions());
    INFO("flags:" << flagList(withNames.flags));
    CHECK(withNames.perThousandWords() <= 0.2);
}

TEST_CASE("A transcript of over 6,000 words is scanned quickly", "[deid][speed]")
{
    std::string text = readCleanTranscript(guardData);
    while (countWords(text) < 6000)
        text += "\n" + text;
    const GuardOptions options = plantedGuardOptions();
    hilo::import::scanForIdentifiers(text, options); // loads the word lists
    const auto start = std::chrono::steady_clock::now();
    hilo::import::scanForIdentifiers(text, options);
    const double millis =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    INFO(countWords(text) << " words in " << millis << " ms");
    // The target is well under 50 ms (hilo-bench guard measures it); the test allows a loaded
    // shared machine and unoptimised builds, and catches a pattern that backtracks.
    CHECK(millis < 500.0);
}

TEST_CASE("Long lines full of near-matches are scanned in linear time", "[deid][speed]")
{
    // A street word before every capitalised word, corners without a second street, numbers in
    // words that never reach seven digits: each could make a detector look around every match.
    for (const std::string unit : {"calle Ab ", "esquina de Ab ", "seis, y ", "Ana de la ", "insta A1.b "}) {
        std::string line;
        while (line.size() < 200000)
            line += unit;
        const auto start = std::chrono::steady_clock::now();
        hilo::import::scanForIdentifiers(line, plantedGuardOptions());
        const double millis =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        INFO("\"" << unit << "\" x " << line.size() / unit.size() << ": " << millis << " ms");
        CHECK(millis < 3000.0);
    }
}
