#pragma once
// How words become index terms, shared by the indexer, the query parser and the snippet
// maker so that the three always agree. Xapian-free: callers see strings.
//
// A word is a run of letters, digits and combining marks (Unicode properties, so accented and
// non-Latin words stay whole). Each word gives two terms:
//  - the positional term fold(word), for phrases, NEAR and wildcards;
//  - the stemmed term "Z" + fold(stem(lower-case NFC word)), without positions. Stemming comes before folding
//    because the Spanish Snowball stemmer needs the accents to recognise suffixes.
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace hilo::index {

struct Word {
    std::string text;        // the word as written (NFC UTF-8)
    std::int64_t start = 0;  // code points, relative to the tokenized text
    std::int64_t end = 0;    // exclusive
};

// The words of NFC UTF-8 text, in order.
std::vector<Word> splitWords(std::string_view utf8);

// fold(word): case-folded, accents removed.
std::string positionalTerm(std::string_view word);
// "Z" + fold(stem(lower(word))) for language "en" or "es"; "" for a word too long to index.
std::string stemmedTerm(std::string_view word, const std::string& language);

struct WordTerms {
    std::string positional; // "" when too long to index
    std::string stemmed;    // "" when too long to index
};

// Remembers each distinct word's terms: words repeat (Zipf), and folding and stemming each
// distinct word once is most of the cost of turning text into terms.
class TermCache {
public:
    const WordTerms& terms(const std::string& word, const std::string& language);

private:
    std::unordered_map<std::string, WordTerms> english_;
    std::unordered_map<std::string, WordTerms> spanish_;
};

// Xapian refuses terms over 245 bytes; longer "words" are noise (URLs, hashes) and are skipped.
constexpr std::size_t kMaxTermBytes = 120;

} // namespace hilo::index
