// `hilo-bench guard`: the de-identification guard's recall on the planted set, by kind, and its
// false positives per 1,000 words on the clean fictional transcript and on a corpus folder
// (the demo corpus unless --corpus says otherwise), then its scan time on a 6,000-word
// transcript. The planted set and the clean transcript are the tests' (tests/support/
// guard_planted_set.h, tests/data/guard/), all fictional. Only kinds and masked forms are
// printed.
//   hilo-bench guard [--corpus FOLDER] [--clean FILE] [--rounds N]
#include "bench_main.h"

#include "support/guard_evaluation.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <map>
#include <stdexcept>

namespace hilo::bench {
namespace fs = std::filesystem;
namespace {

using Clock = std::chrono::steady_clock;
using namespace hilo::test::guard;

constexpr double kRecallTarget = 90.0;       // percent of planted identifiers
constexpr double kFalsePositiveTarget = 0.2; // per 1,000 words: one in 5,000

// The demo corpus of the source tree, or the installed one.
fs::path defaultCorpus()
{
    for (const fs::path& candidate : {fs::path(HILO_SOURCE_DEMO_CORPUS), fs::path(HILO_INSTALLED_DEMO_CORPUS)})
        if (fs::is_directory(candidate))
            return candidate;
    throw std::runtime_error("no demo corpus found; pass --corpus FOLDER");
}

std::string kindsOf(const std::vector<GuardFlag>& flags)
{
    std::map<std::string, int> counts;
    for (const GuardFlag& flag : flags)
        ++counts[identifierKindName(flag.kind)];
    std::string text;
    for (const auto& [kind, count] : counts)
        text += (text.empty() ? "" : ", ") + kind + " " + std::to_string(count);
    return text.empty() ? "" : " (" + text + ")";
}

void printFalsePositives(const char* label, const FalsePositiveReport& report)
{
    std::printf("%s: %ld words, %zu false positives%s, %.2f per 1,000 words (target <= %.2f)\n", label,
                report.words, report.flags.size(), kindsOf(report.flags).c_str(), report.perThousandWords(),
                kFalsePositiveTarget);
    for (const GuardFlag& flag : report.flags)
        std::printf("  flagged %s %s\n", identifierKindName(flag.kind), flag.masked.c_str());
}

// The first `words` words of the text, repeated as often as needed, cut at a line end.
std::string transcriptOfWords(const std::string& text, long words)
{
    std::string result;
    while (countWords(result) < words) {
        std::size_t start = 0;
        while (start < text.size() && countWords(result) < words) {
            const std::size_t end = std::min(text.find('\n', start), text.size());
            result.append(text, start, end - start).push_back('\n');
            start = end + 1;
        }
    }
    return result;
}

double medianScanMillis(const std::string& text, const GuardOptions& options, int rounds)
{
    hilo::import::scanForIdentifiers(text, options); // untimed: loads the word lists
    std::vector<double> times;
    for (int round = 0; round < rounds; ++round) {
        const auto start = Clock::now();
        hilo::import::scanForIdentifiers(text, options);
        times.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int runGuardBench(const std::vector<std::string>& args)
{
    fs::path corpus;
    fs::path clean = fs::path(HILO_GUARD_DATA_DIR) / "clean_interviews.txt";
    int rounds = 20;
    for (std::size_t i = 0; i + 1 < args.size(); i += 2) {
        if (args[i] == "--corpus")
            corpus = args[i + 1];
        else if (args[i] == "--clean")
            clean = args[i + 1];
        else if (args[i] == "--rounds")
            rounds = std::max(1, std::stoi(args[i + 1]));
        else
            throw std::invalid_argument("unknown option " + args[i]);
    }
    if (args.size() % 2 != 0)
        throw std::invalid_argument("option " + args.back() + " needs a value");
    if (corpus.empty())
        corpus = defaultCorpus();
    const GuardOptions options = plantedGuardOptions();

    const RecallReport recall = measureRecall();
    std::printf("planted set (fictional): %d identifiers in %zu kinds, names list of %zu\n", recall.planted,
                recall.byKind.size(), plantedNameList.size());
    for (const KindRecall& kind : recall.byKind)
        std::printf("  %-11s %2d/%d\n", identifierKindName(kind.kind), kind.found, kind.planted);
    std::printf("  overall     %d/%d = %.1f%% (target >= %.0f%%)\n", recall.found, recall.planted, recall.percent(),
                kRecallTarget);
    for (const PlantedIdentifier* missed : recall.missed) {
        const std::string got = kindsOf(hilo::import::scanForIdentifiers(missed->sentence, options));
        std::printf("  missed: a %s (%.*s); its sentence got %s\n", identifierKindName(missed->kind),
                    static_cast<int>(missed->language.size()), missed->language.data(),
                    got.empty() ? "no flag" : ("flags" + got).c_str());
    }

    const std::string cleanText = hilo::text::toNfc(readTextFile(clean));
    const FalsePositiveReport cleanReport = measureFalsePositives(cleanText, options);
    printFalsePositives("clean transcript (fictional)", cleanReport);

    const std::vector<CorpusText> texts = readCorpusTexts(corpus);
    const std::string corpusLabel =
        "corpus " + corpus.parent_path().filename().string() + "/" + corpus.filename().string() + " (" +
        std::to_string(texts.size()) + " files)";
    const FalsePositiveReport corpusReport = measureCorpusFalsePositives(texts, options);
    printFalsePositives(corpusLabel.c_str(), corpusReport);

    const std::string sixThousand = transcriptOfWords(cleanText, 6000);
    std::printf("scan time, %ld-word transcript: median %.1f ms over %d rounds (target: well under 50 ms)\n",
                countWords(sixThousand), medianScanMillis(sixThousand, options, rounds), rounds);
    const bool met = recall.percent() >= kRecallTarget && cleanReport.perThousandWords() <= kFalsePositiveTarget &&
                     corpusReport.perThousandWords() <= kFalsePositiveTarget;
    return met ? 0 : 1;
}

} // namespace hilo::bench
