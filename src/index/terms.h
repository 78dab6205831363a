#pragma once
// How words become index terms, shared by the indexer, the query parser and the snippet
// maker so that the three always agree. Xapian-free: callers see strings.
//
// A word is a run of letters, digits and combining marks (Unicode properties, so accented and
// non-Latin words stay whole). Each word gives two terms:
//  - the positional term fold(word), for phrases, NEAR and wildcards;
//  - the stemmed term "Z" + fold(stem(lower-case NFC word)). Stemming comes before folding
//    because the Spanish Snowball stemmer needs the accents to recognise suffixes.
#include <cstdint>
#include <string>
#include <string_view>
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

// Xapian refuses terms over 245 bytes; longer "words" are noise (URLs, hashes) and are skipped.
constexpr std::size_t kMaxTermBytes = 120;

} // namespace hilo::index
