#include "sentence_breaker.h"

#include "text/unicode_text.h"

#include <unicode/filteredbrk.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <stdexcept>

namespace hilo::quotes {
namespace {

bool isSpace(UChar32 c)
{
    return u_isUWhiteSpace(c) != 0;
}

} // namespace

const std::vector<std::string>& SentenceBreaker::extraSuppressions(const std::string& language)
{
    // ICU 72's English list has "Mr." but not "Dr." or "Mrs."; its Spanish list lacks the titles
    // used in Mexican interviews ("Lic.", "Mtra.") and some of the abbreviations in speech.
    static const std::vector<std::string> english = {"Dr.", "Drs.", "Mrs.", "Ms.", "Prof.", "St.", "vs.",
                                                     "e.g.", "i.e.", "approx.", "No.", "Jr.", "Sr."};
    static const std::vector<std::string> spanish = {"Sr.", "Sra.", "Srta.", "Sres.", "Dr.", "Dra.", "Lic.",
                                                     "Ing.", "Mtro.", "Mtra.", "Prof.", "Profa.", "Ud.", "Uds.",
                                                     "p. ej.", "ej.", "aprox.", "núm.", "Núm.", "Av.", "Col.",
                                                     "Edo.", "Dpto.", "pág."};
    return language == "es" ? spanish : english;
}

SentenceBreaker::SentenceBreaker(const std::string& language)
{
    const std::string base = language == "es" ? "es" : "en";
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::FilteredBreakIteratorBuilder> builder(
        icu::FilteredBreakIteratorBuilder::createInstance(icu::Locale((base + "@ss=standard").c_str()), status));
    if (U_FAILURE(status))
        throw std::runtime_error(std::string("ICU sentence suppressions: ") + u_errorName(status));
    for (const std::string& abbreviation : extraSuppressions(base))
        builder->suppressBreakAfter(icu::UnicodeString::fromUTF8(text::toNfc(abbreviation)), status);
    icu::BreakIterator* plain = icu::BreakIterator::createSentenceInstance(icu::Locale(base.c_str()), status);
    iterator_.reset(builder->wrapIteratorWithFilter(plain, status));
    if (U_FAILURE(status) || !iterator_)
        throw std::runtime_error(std::string("ICU sentence break iterator: ") + u_errorName(status));
}

SentenceBreaker::~SentenceBreaker() = default;

std::vector<Sentence> SentenceBreaker::sentences(std::string_view utf8, std::int64_t from, std::int64_t to)
{
    const icu::UnicodeString window = icu::UnicodeString::fromUTF8(text::slice(utf8, from, to));
    iterator_->setText(window);
    std::vector<Sentence> result;
    std::int32_t start = iterator_->first();
    for (std::int32_t end = iterator_->next(); end != icu::BreakIterator::DONE; start = end, end = iterator_->next()) {
        std::int32_t first = start;
        std::int32_t last = end;
        while (first < last && isSpace(window.char32At(first)))
            first = window.moveIndex32(first, 1);
        while (last > first && isSpace(window.char32At(window.moveIndex32(last, -1))))
            last = window.moveIndex32(last, -1);
        if (first == last)
            continue;
        result.push_back({from + window.countChar32(0, first), from + window.countChar32(0, last)});
    }
    return result;
}

} // namespace hilo::quotes
