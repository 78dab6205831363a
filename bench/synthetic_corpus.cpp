#include "synthetic_corpus.h"

#include "project/codebook_store.h"
#include "project/coder_store.h"
#include "project/coding_store.h"

#include <algorithm>
#include <array>
#include <fstream>
#include <random>

namespace hilo::bench {
namespace fs = std::filesystem;
namespace {

const std::vector<std::string> kEnglishFunctionWords = {"the", "and", "i", "to", "it", "was", "that", "she", "they",
                                                        "we", "not", "when", "because", "then", "really", "my"};
const std::vector<std::string> kSpanishFunctionWords = {"que", "de", "y", "la", "el", "no", "me", "se", "lo",
                                                        "pero", "cuando", "muy", "era", "mi", "porque", "también"};
const std::vector<std::string> kEnglishSyllables = {"ar", "ber", "cal", "din", "em", "for", "gan", "hol", "ist",
                                                    "jun", "kel", "lor", "min", "nor", "op", "pel", "qua", "ros",
                                                    "sten", "tur", "ven", "wil", "yor", "zen"};
const std::vector<std::string> kSpanishSyllables = {"ca", "ción", "de", "ña", "go", "mí", "lu", "pá", "re", "sí",
                                                    "to", "vé", "za", "que", "llo", "rró", "bri", "nú", "es", "ta",
                                                    "mo", "güe", "fé", "jo"};
const std::vector<std::string> kStates = {"Morelos", "Oaxaca", "Jalisco", "Puebla", "Ciudad de México"};
const std::vector<std::string> kGroups = {"YP", "FW", "JP"};

constexpr std::size_t kVocabularySize = 20000;
constexpr std::size_t kFirstKeywordRank = 40; // keywords sit between ranks 40 and ~1,300

// A vocabulary ordered by frequency rank: function words first, keywords spread over the
// middle ranks, and made-up words (syllable strings) for everything else.
std::vector<std::string> vocabulary(const std::vector<std::string>& functionWords,
                                    const std::vector<std::string>& keywords, const std::vector<std::string>& syllables)
{
    std::vector<std::string> words = functionWords;
    std::size_t made = 0;
    std::size_t nextKeyword = 0;
    while (words.size() < kVocabularySize) {
        const std::size_t rank = words.size();
        if (nextKeyword < keywords.size() && rank >= kFirstKeywordRank + nextKeyword * nextKeyword) {
            words.push_back(keywords[nextKeyword++]);
            continue;
        }
        std::string word;
        for (std::size_t n = made++ + 1; n > 0; n /= syllables.size())
            word += syllables[n % syllables.size()];
        words.push_back(word);
    }
    return words;
}

class ZipfSampler {
public:
    explicit ZipfSampler(std::size_t size)
    {
        cumulative_.reserve(size);
        double sum = 0;
        for (std::size_t rank = 1; rank <= size; ++rank)
            cumulative_.push_back(sum += 1.0 / static_cast<double>(rank));
    }
    std::size_t operator()(std::mt19937& random) const
    {
        std::uniform_real_distribution<double> uniform(0, cumulative_.back());
        return static_cast<std::size_t>(std::lower_bound(cumulative_.begin(), cumulative_.end(), uniform(random)) -
                                        cumulative_.begin());
    }

private:
    std::vector<double> cumulative_;
};

std::string header(int n, bool spanish)
{
    const auto index = static_cast<std::size_t>(n);
    return "Group: " + kGroups[index % kGroups.size()] + "\nParticipant: P" + std::to_string(n) +
           "\nLanguage: " + (spanish ? "es" : "en") + "\nAge: " + std::to_string(14 + n % 5) +
           "\nState: " + kStates[index % kStates.size()] + "\n\n";
}

} // namespace

const std::vector<std::string>& englishKeywords()
{
    static const std::vector<std::string> words = {
        "phone", "message", "friend", "school", "mother", "afraid", "embarrassed", "told", "nobody", "teacher",
        "photo", "threat", "online", "account", "blocked", "night", "scared", "cousin", "believed", "report",
        "police", "shame", "blame", "embarrassment", "anonymous", "helpline", "chat", "video"};
    return words;
}

const std::vector<std::string>& spanishKeywords()
{
    static const std::vector<std::string> words = {
        "celular", "mensaje", "amiga", "escuela", "mamá", "miedo", "vergüenza", "niña", "nadie", "maestra",
        "foto", "amenaza", "cuenta", "bloqueé", "noche", "decía", "prima", "creyó", "denuncia", "policía",
        "culpa", "niñas", "anónimo", "línea", "ayuda", "grupo", "después", "estaba"};
    return words;
}

SyntheticCorpus writeCorpus(const CorpusShape& shape, const fs::path& folder)
{
    fs::create_directories(folder);
    const std::vector<std::string> english = vocabulary(kEnglishFunctionWords, englishKeywords(), kEnglishSyllables);
    const std::vector<std::string> spanish = vocabulary(kSpanishFunctionWords, spanishKeywords(), kSpanishSyllables);
    const ZipfSampler zipf(kVocabularySize);
    std::mt19937 random(shape.seed);
    std::bernoulli_distribution isSpanish(shape.spanishShare);
    std::uniform_int_distribution<int> turnLength(20, 100); // about 100 turns in 6,000 words

    SyntheticCorpus corpus;
    for (int n = 0; n < shape.transcripts; ++n) {
        const bool inSpanish = isSpanish(random);
        const std::vector<std::string>& words = inSpanish ? spanish : english;
        std::string text = header(n, inSpanish);
        int written = 0;
        bool interviewer = true;
        while (written < shape.wordsPerTranscript) {
            text += interviewer ? (inSpanish ? "Entrevistadora:" : "Interviewer:") : "Participant:";
            const int length = turnLength(random);
            for (int i = 0; i < length; ++i)
                text += " " + words[zipf(random)];
            text += ".\n\n";
            written += length;
            interviewer = !interviewer;
        }
        const fs::path file = folder / (kGroups[static_cast<std::size_t>(n) % kGroups.size()] + std::to_string(n) + "_synthetic.txt");
        std::ofstream(file, std::ios::binary) << text;
        corpus.bytes += text.size();
        corpus.files.push_back(file);
    }
    return corpus;
}

void addSyntheticCodings(Project& project, const CorpusShape& shape)
{
    CodebookStore codebook(project);
    std::vector<std::int64_t> codes;
    for (int theme = 1; theme <= 5; ++theme) {
        codebook.add("Theme " + std::to_string(theme));
        for (int child = 1; child <= 3; ++child)
            codes.push_back(codebook.add("Theme " + std::to_string(theme) + "/Code " + std::to_string(child)));
    }
    std::vector<std::int64_t> coders;
    for (int coder = 1; coder <= shape.coders; ++coder)
        coders.push_back(CoderStore(project).add("coder" + std::to_string(coder)));

    std::mt19937 random(shape.seed + 1);
    std::vector<NewCoding> codings;
    auto turns = project.db().prepare("SELECT source_id, speech_start, end FROM turns WHERE role = 'participant' "
                                      "AND end > speech_start ORDER BY source_id, ordinal");
    std::vector<std::array<std::int64_t, 3>> spans;
    while (turns.step())
        spans.push_back({turns.columnInt(0), turns.columnInt(1), turns.columnInt(2)});
    std::uniform_int_distribution<std::size_t> pickCode(0, codes.size() - 1);
    for (std::size_t first = 0; first < spans.size();) {
        std::size_t last = first;
        while (last < spans.size() && spans[last][0] == spans[first][0])
            ++last;
        std::uniform_int_distribution<std::size_t> pickTurn(first, last - 1);
        for (std::int64_t coder : coders)
            for (int n = 0; n < shape.codingsPerTranscript; ++n) {
                const auto& span = spans[pickTurn(random)];
                codings.push_back({span[0], codes[pickCode(random)], coder, span[1], span[2]});
            }
        first = last;
    }
    CodingStore(project).addMany(codings);
}

} // namespace hilo::bench
