#include "word_count.h"

#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <memory>
#include <stdexcept>

namespace hilo::analysis {

WordCounter::WordCounter()
{
    UErrorCode status = U_ZERO_ERROR;
    // The root locale's rules: the same count for English and Spanish transcripts.
    words_.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status))
        throw std::runtime_error(std::string("ICU word break iterator: ") + u_errorName(status));
}

WordCounter::~WordCounter() = default;

long WordCounter::count(std::u32string_view text)
{
    if (text.empty())
        return 0;
    const icu::UnicodeString unicode =
        icu::UnicodeString::fromUTF32(reinterpret_cast<const UChar32*>(text.data()), static_cast<int32_t>(text.size()));
    words_->setText(unicode);
    long count = 0;
    for (int32_t end = words_->next(); end != icu::BreakIterator::DONE; end = words_->next())
        if (words_->getRuleStatus() >= UBRK_WORD_NONE_LIMIT)
            ++count;
    return count;
}

long countWords(std::u32string_view text)
{
    return WordCounter().count(text);
}

} // namespace hilo::analysis
