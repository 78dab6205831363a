#pragma once
// Sentences in a source's language, found by ICU's sentence break iterator with the locale's
// standard abbreviation suppressions (the `ss=standard` keyword) plus Hilo's own for titles and
// abbreviations ICU's lists lack ("Dr.", "Dra.", "p. ej.", "Lic."), so that "Sr. García" or
// "p. ej. Juan" do not end a sentence.
#include <unicode/brkiter.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace hilo::quotes {

struct Sentence {
    std::int64_t start = 0; // code points in the whole text
    std::int64_t end = 0;   // exclusive, trailing white space left out
};

class SentenceBreaker {
public:
    // language: "en" or "es" (anything else gets ICU's root rules and Hilo's English list).
    explicit SentenceBreaker(const std::string& language);
    ~SentenceBreaker();
    SentenceBreaker(const SentenceBreaker&) = delete;
    SentenceBreaker& operator=(const SentenceBreaker&) = delete;

    // The sentences of utf8's code points [from, to), in order; sentences with no words (white
    // space only) are left out.
    std::vector<Sentence> sentences(std::string_view utf8, std::int64_t from, std::int64_t to);

    // Hilo's additions to ICU's suppressions for a language.
    static const std::vector<std::string>& extraSuppressions(const std::string& language);

private:
    std::unique_ptr<icu::BreakIterator> iterator_;
};

} // namespace hilo::quotes
