#include "unicode_text.h"

#include "user_error.h"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <memory>
#include <stdexcept>

namespace hilo::text {
namespace {

const icu::Normalizer2& nfc()
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* normalizer = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status) || normalizer == nullptr)
        throw std::runtime_error("ICU NFC normalizer unavailable");
    return *normalizer;
}

icu::UnicodeString fromUtf8Checked(std::string_view utf8)
{
    if (!isValidUtf8(utf8))
        throw UserError("text is not valid UTF-8");
    return icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
}

std::string toStdString(const icu::UnicodeString& text)
{
    std::string out;
    text.toUTF8String(out);
    return out;
}

} // namespace

bool isValidUtf8(std::string_view bytes)
{
    const auto* data = reinterpret_cast<const uint8_t*>(bytes.data());
    const auto length = static_cast<int64_t>(bytes.size());
    int64_t i = 0;
    while (i < length) {
        UChar32 c;
        U8_NEXT(data, i, length, c);
        if (c < 0)
            return false;
    }
    return true;
}

std::string toNfc(std::string_view utf8)
{
    const icu::UnicodeString input = fromUtf8Checked(utf8);
    UErrorCode status = U_ZERO_ERROR;
    if (nfc().isNormalized(input, status) && U_SUCCESS(status))
        return std::string(utf8);
    status = U_ZERO_ERROR;
    const icu::UnicodeString normalized = nfc().normalize(input, status);
    if (U_FAILURE(status))
        throw std::runtime_error("NFC normalization failed");
    return toStdString(normalized);
}

std::string fold(std::string_view utf8)
{
    // One transliterator per thread: creating one parses its rules, which is slow.
    thread_local std::unique_ptr<icu::Transliterator> stripMarks = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
            "NFD; [:Nonspacing Mark:] Remove; NFC", UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            throw std::runtime_error("ICU accent-stripping transliterator unavailable");
        return t;
    }();
    icu::UnicodeString text = fromUtf8Checked(utf8);
    text.foldCase();
    stripMarks->transliterate(text);
    return toStdString(text);
}

std::int64_t codePointLength(std::string_view utf8)
{
    std::int64_t count = 0;
    for (const char byte : utf8)
        if ((static_cast<unsigned char>(byte) & 0xC0U) != 0x80U)
            ++count;
    return count;
}

std::size_t byteOffsetOfCodePoint(std::string_view utf8, std::int64_t codePoint)
{
    if (codePoint < 0)
        throw std::out_of_range("negative code point offset");
    std::int64_t seen = 0;
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        if ((static_cast<unsigned char>(utf8[i]) & 0xC0U) != 0x80U) {
            if (seen == codePoint)
                return i;
            ++seen;
        }
    }
    if (seen == codePoint)
        return utf8.size();
    throw std::out_of_range("code point offset past the end of the text");
}

std::vector<std::size_t> codePointByteOffsets(std::string_view utf8)
{
    std::vector<std::size_t> offsets;
    offsets.reserve(utf8.size() + 1);
    for (std::size_t i = 0; i < utf8.size(); ++i)
        if ((static_cast<unsigned char>(utf8[i]) & 0xC0U) != 0x80U) // not a continuation byte
            offsets.push_back(i);
    offsets.push_back(utf8.size());
    return offsets;
}

std::string slice(std::string_view utf8, std::int64_t start, std::int64_t end)
{
    if (end < start)
        throw std::out_of_range("slice end before start");
    const std::size_t from = byteOffsetOfCodePoint(utf8, start);
    const std::size_t to = from + byteOffsetOfCodePoint(utf8.substr(from), end - start);
    return std::string(utf8.substr(from, to - from));
}

std::u32string toUtf32(std::string_view utf8)
{
    std::u32string out;
    out.reserve(utf8.size());
    const auto* data = reinterpret_cast<const uint8_t*>(utf8.data());
    const auto length = static_cast<int64_t>(utf8.size());
    int64_t i = 0;
    while (i < length) {
        UChar32 c;
        U8_NEXT(data, i, length, c);
        if (c < 0)
            throw UserError("text is not valid UTF-8");
        out.push_back(static_cast<char32_t>(c));
    }
    return out;
}

std::string toUtf8(std::u32string_view codePoints)
{
    std::string out;
    out.reserve(codePoints.size());
    for (const char32_t c : codePoints) {
        uint8_t buffer[U8_MAX_LENGTH];
        int32_t length = 0;
        UBool error = false;
        U8_APPEND(buffer, length, U8_MAX_LENGTH, static_cast<UChar32>(c), error);
        if (error)
            throw std::invalid_argument("not a Unicode scalar value");
        out.append(reinterpret_cast<const char*>(buffer), static_cast<std::size_t>(length));
    }
    return out;
}

std::string singleLineName(std::string_view bytes)
{
    // fromUTF8 replaces each ill-formed sequence with U+FFFD.
    icu::UnicodeString name = icu::UnicodeString::fromUTF8(icu::StringPiece(bytes.data(), static_cast<int32_t>(bytes.size())));
    for (int32_t i = 0; i < name.length(); ++i)
        if (u_iscntrl(name.charAt(i)) || name.charAt(i) == 0x2028 || name.charAt(i) == 0x2029)
            name.setCharAt(i, u' ');
    std::string utf8;
    name.toUTF8String(utf8);
    return toNfc(utf8);
}

} // namespace hilo::text
