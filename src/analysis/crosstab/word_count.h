#pragma once
// Words in a stretch of text, as ICU's word break rules see them in any language: runs of
// letters, digits, kana or ideographs; punctuation, spaces and emoji are not words.
#include <unicode/brkiter.h>

#include <memory>
#include <string_view>

namespace hilo::analysis {

// Keeps one ICU word break iterator for many counts: creating one costs far more than a count.
class WordCounter {
public:
    WordCounter();
    ~WordCounter();
    WordCounter(const WordCounter&) = delete;
    WordCounter& operator=(const WordCounter&) = delete;

    long count(std::u32string_view text);

private:
    std::unique_ptr<icu::BreakIterator> words_;
};

// One count with an iterator of its own.
long countWords(std::u32string_view text);

} // namespace hilo::analysis
