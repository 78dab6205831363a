#pragma once
// How the de-identification guard is measured, shared by its tests and `hilo-bench guard`:
// recall on the planted set (tests/support/guard_planted_set.h), and false positives per
// 1,000 words on text known to hold no identifier (the fictional clean transcript in
// tests/data/guard/ and the fictional demo corpus). Only kinds and masked forms are reported,
// never the text around them.
#include "support/guard_planted_set.h"

#include "import/deid_guard.h"
#include "import/raw_document.h"
#include "text/unicode_text.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace hilo::test::guard {

using hilo::import::GuardFlag;
using hilo::import::GuardOptions;

inline GuardOptions plantedGuardOptions()
{
    GuardOptions options;
    options.names.assign(plantedNameList.begin(), plantedNameList.end());
    return options;
}

// Every kind, in the order reports list them.
inline const std::vector<IdentifierKind>& allKinds()
{
    static const std::vector<IdentifierKind> kinds{
        K::Email, K::Phone,          K::Url,          K::SocialHandle, K::Curp,      K::Rfc,          K::VoterCard,
        K::SocialSecurity, K::LicencePlate, K::BirthDate, K::School, K::StreetAddress, K::Name,
    };
    return kinds;
}

// A planted identifier is found when a flag of its kind covers at least half of it: a flag on
// "calle Juárez" alone would leave "a una cuadra del Oxxo" readable, and still count, but one
// on the wrong few characters would not.
inline bool isFound(const PlantedIdentifier& planted, const std::vector<GuardFlag>& flags)
{
    const std::size_t byteOffset = planted.sentence.find(planted.identifier);
    if (byteOffset == std::string_view::npos)
        throw std::logic_error("a planted identifier is not in its sentence");
    const std::int64_t begin = hilo::text::codePointLength(planted.sentence.substr(0, byteOffset));
    const std::int64_t end = begin + hilo::text::codePointLength(planted.identifier);
    for (const GuardFlag& flag : flags) {
        if (flag.kind != planted.kind || flag.line != 1)
            continue;
        const std::int64_t flagBegin = flag.column - 1;
        const std::int64_t flagEnd = flagBegin + hilo::text::codePointLength(flag.masked);
        const std::int64_t covered = std::min(end, flagEnd) - std::max(begin, flagBegin);
        if (2 * covered >= end - begin)
            return true;
    }
    return false;
}

struct KindRecall {
    IdentifierKind kind;
    int planted = 0;
    int found = 0;
};

struct RecallReport {
    std::vector<KindRecall> byKind; // in allKinds() order, kinds with planted identifiers only
    int planted = 0;
    int found = 0;
    std::vector<const PlantedIdentifier*> missed;

    double percent() const { return planted == 0 ? 0.0 : 100.0 * found / planted; }
};

inline RecallReport measureRecall()
{
    const GuardOptions options = plantedGuardOptions();
    std::map<IdentifierKind, KindRecall> byKind;
    RecallReport report;
    for (const PlantedIdentifier& planted : plantedIdentifiers) {
        KindRecall& kind = byKind.try_emplace(planted.kind, KindRecall{planted.kind}).first->second;
        ++kind.planted;
        ++report.planted;
        if (isFound(planted, hilo::import::scanForIdentifiers(planted.sentence, options))) {
            ++kind.found;
            ++report.found;
        } else {
            report.missed.push_back(&planted);
        }
    }
    for (IdentifierKind kind : allKinds())
        if (const auto found = byKind.find(kind); found != byKind.end())
            report.byKind.push_back(found->second);
    return report;
}

// Words as a reader counts them: runs of non-space characters holding a letter or a digit
// (speaker labels and numbers count, a lone dash does not).
inline long countWords(std::string_view text)
{
    long words = 0;
    bool inToken = false;
    bool hasWordCharacter = false;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        const unsigned char c = i < text.size() ? static_cast<unsigned char>(text[i]) : ' ';
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            if (inToken && hasWordCharacter)
                ++words;
            inToken = hasWordCharacter = false;
            continue;
        }
        inToken = true;
        hasWordCharacter = hasWordCharacter || c >= 0x80 || std::isalnum(c);
    }
    return words;
}

struct FalsePositiveReport {
    long words = 0;
    std::vector<GuardFlag> flags; // every flag is a false positive on clean text

    double perThousandWords() const { return words == 0 ? 0.0 : 1000.0 * static_cast<double>(flags.size()) / words; }
    void add(const FalsePositiveReport& other)
    {
        words += other.words;
        flags.insert(flags.end(), other.flags.begin(), other.flags.end());
    }
};

inline FalsePositiveReport measureFalsePositives(std::string_view cleanText, const GuardOptions& options)
{
    FalsePositiveReport report;
    report.words = countWords(cleanText);
    report.flags = hilo::import::scanForIdentifiers(cleanText, options);
    return report;
}

inline std::string readTextFile(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot read " + file.string());
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

// The clean fictional transcript: tests/data/guard/clean_interviews.txt.
inline std::string readCleanTranscript(const std::filesystem::path& guardDataFolder)
{
    return hilo::text::toNfc(readTextFile(guardDataFolder / "clean_interviews.txt"));
}

// Each transcript of a corpus folder as the import reads it (any supported format and
// encoding, NFC), with its header lines where the format keeps them apart (WebVTT NOTE).
struct CorpusText {
    std::string fileName;
    std::string text;
};

inline std::vector<CorpusText> readCorpusTexts(const std::filesystem::path& folder)
{
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(folder))
        if (entry.is_regular_file())
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    std::vector<CorpusText> texts;
    for (const auto& file : files) {
        std::string extension = file.extension().string();
        if (!extension.empty())
            extension.erase(0, 1);
        std::transform(extension.begin(), extension.end(), extension.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        const auto& supported = hilo::import::supportedExtensions();
        if (std::find(supported.begin(), supported.end(), extension) == supported.end())
            continue;
        const hilo::import::RawDocument raw = hilo::import::readDocument(file);
        std::string text = hilo::text::toNfc(raw.text);
        if (!raw.headerText.empty())
            text = hilo::text::toNfc(raw.headerText) + "\n" + text;
        texts.push_back({file.filename().string(), std::move(text)});
    }
    return texts;
}

inline FalsePositiveReport measureCorpusFalsePositives(const std::vector<CorpusText>& corpus,
                                                       const GuardOptions& options)
{
    FalsePositiveReport total;
    for (const CorpusText& transcript : corpus)
        total.add(measureFalsePositives(transcript.text, options));
    return total;
}

} // namespace hilo::test::guard
