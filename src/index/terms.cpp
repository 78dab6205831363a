#include "terms.h"

#include "text/unicode_text.h"

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <xapian.h>

namespace hilo::index {
namespace {

bool isWordCodePoint(char32_t c)
{
    if (u_isalnum(static_cast<UChar32>(c)))
        return true;
    const auto type = u_charType(static_cast<UChar32>(c));
    return type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK || type == U_ENCLOSING_MARK;
}

std::string lowerCase(std::string_view word)
{
    std::string out;
    icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size())))
        .toLower(icu::Locale::getRoot())
        .toUTF8String(out);
    return out;
}

} // namespace

std::vector<Word> splitWords(std::string_view utf8)
{
    std::vector<Word> words;
    const std::u32string codePoints = text::toUtf32(utf8);
    std::size_t i = 0;
    while (i < codePoints.size()) {
        if (!isWordCodePoint(codePoints[i])) {
            ++i;
            continue;
        }
        const std::size_t begin = i;
        while (i < codePoints.size() && isWordCodePoint(codePoints[i]))
            ++i;
        words.push_back({text::toUtf8(std::u32string_view(codePoints).substr(begin, i - begin)),
                         static_cast<std::int64_t>(begin), static_cast<std::int64_t>(i)});
    }
    return words;
}

std::string positionalTerm(std::string_view word)
{
    std::string term = text::fold(word);
    return term.size() > kMaxTermBytes ? std::string() : term;
}

std::string stemmedTerm(std::string_view word, const std::string& language)
{
    // One stemmer per language per thread: constructing a Snowball stemmer is not free.
    thread_local const Xapian::Stem english("english");
    thread_local const Xapian::Stem spanish("spanish");
    const Xapian::Stem& stemmer = language == "es" ? spanish : english;
    std::string term = "Z" + text::fold(stemmer(lowerCase(word)));
    return term.size() > kMaxTermBytes || term.size() == 1 ? std::string() : term;
}

} // namespace hilo::index
