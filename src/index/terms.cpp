#include "terms.h"

#include "text/unicode_text.h"

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <unicode/unistr.h>
#include <xapian.h>

namespace hilo::index {
namespace {

bool isWordCodePoint(char32_t c)
{
    if (c < 0x80) // most of any transcript: answered without asking ICU
        return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= U'0' && c <= U'9');
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
    // One pass over the UTF-8 bytes, counting code points: no UTF-32 copy of the text.
    std::vector<Word> words;
    const auto length = static_cast<int32_t>(utf8.size());
    int32_t offset = 0;
    std::int64_t codePoint = 0;
    int32_t wordByte = -1;
    std::int64_t wordStart = 0;
    while (offset < length) {
        const int32_t byte = offset;
        UChar32 c = 0;
        U8_NEXT(utf8.data(), offset, length, c);
        const bool inWord = c >= 0 && isWordCodePoint(static_cast<char32_t>(c));
        if (inWord && wordByte < 0) {
            wordByte = byte;
            wordStart = codePoint;
        } else if (!inWord && wordByte >= 0) {
            words.push_back({std::string(utf8.substr(static_cast<std::size_t>(wordByte), static_cast<std::size_t>(byte - wordByte))),
                             wordStart, codePoint});
            wordByte = -1;
        }
        ++codePoint;
    }
    if (wordByte >= 0)
        words.push_back({std::string(utf8.substr(static_cast<std::size_t>(wordByte))), wordStart, codePoint});
    return words;
}

const WordTerms& TermCache::terms(const std::string& word, const std::string& language)
{
    auto& known = language == "es" ? spanish_ : english_;
    auto found = known.find(word);
    if (found == known.end())
        found = known.emplace(word, WordTerms{positionalTerm(word), stemmedTerm(word, language)}).first;
    return found->second;
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
