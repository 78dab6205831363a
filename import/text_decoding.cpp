#include "text_decoding.h"

#include "import_error.h"
#include "text/unicode_text.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>

namespace hilo::import {
namespace {

bool startsWith(std::string_view bytes, std::string_view prefix)
{
    return bytes.substr(0, prefix.size()) == prefix;
}

std::string convertToUtf8(std::string_view bytes, const char* encoding, const std::string& fileName)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(ucnv_open(encoding, &status), &ucnv_close);
    if (U_FAILURE(status))
        throw ImportError(fileName, std::string("cannot decode ") + encoding + " on this system");
    // Stop at the first undecodable byte rather than substituting U+FFFD: that is damage.
    ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    const icu::UnicodeString text(bytes.data(), static_cast<int32_t>(bytes.size()), converter.get(), status);
    if (U_FAILURE(status))
        throw ImportError(fileName, std::string("cannot be decoded as ") + encoding + " (damaged or binary)");
    std::string utf8;
    text.toUTF8String(utf8);
    return utf8;
}

// A NUL byte or many control characters mean the file is not text (UTF-16 was handled before).
bool looksBinary(std::string_view bytes)
{
    std::size_t controls = 0;
    for (const char byte : bytes) {
        const auto c = static_cast<unsigned char>(byte);
        if (c == 0)
            return true;
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
            ++controls;
    }
    return controls * 100 > bytes.size(); // over 1% control characters
}

// ICU's detector, trusted only for the single-byte Western encodings transcripts arrive in.
std::string detectSingleByteEncoding(std::string_view bytes)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> detector(ucsdet_open(&status), &ucsdet_close);
    if (U_FAILURE(status))
        return "windows-1252";
    ucsdet_setText(detector.get(), bytes.data(), static_cast<int32_t>(bytes.size()), &status);
    const UCharsetMatch* match = ucsdet_detect(detector.get(), &status);
    const char* name = (U_SUCCESS(status) && match != nullptr) ? ucsdet_getName(match, &status) : nullptr;
    const std::string detected = (U_SUCCESS(status) && name != nullptr) ? name : "";
    // Bytes 0x80-0x9F are typographic quotes, dashes and the euro sign in Windows-1252 but
    // invisible C1 controls in Latin-1: a file with them is Windows-1252 whatever ICU guesses.
    const bool hasC1 = std::any_of(bytes.begin(), bytes.end(), [](char byte) {
        const auto c = static_cast<unsigned char>(byte);
        return c >= 0x80 && c <= 0x9F;
    });
    if (detected == "ISO-8859-1" && !hasC1)
        return "ISO-8859-1";
    return "windows-1252";
}

} // namespace

DecodedText decodeText(std::string_view bytes, const std::string& fileName)
{
    if (bytes.empty())
        throw ImportError(fileName, "is empty");

    if (startsWith(bytes, "\xEF\xBB\xBF")) {
        const std::string_view body = bytes.substr(3);
        if (!text::isValidUtf8(body))
            throw ImportError(fileName, "starts with a UTF-8 byte order mark but is not valid UTF-8");
        return {std::string(body), "UTF-8"};
    }
    if (startsWith(bytes, "\xFF\xFE"))
        return {convertToUtf8(bytes.substr(2), "UTF-16LE", fileName), "UTF-16LE"};
    if (startsWith(bytes, "\xFE\xFF"))
        return {convertToUtf8(bytes.substr(2), "UTF-16BE", fileName), "UTF-16BE"};

    if (looksBinary(bytes))
        throw ImportError(fileName, "looks like a binary file, not a text transcript");
    if (text::isValidUtf8(bytes))
        return {std::string(bytes), "UTF-8"};

    const std::string encoding = detectSingleByteEncoding(bytes);
    return {convertToUtf8(bytes, encoding.c_str(), fileName), encoding};
}

} // namespace hilo::import
