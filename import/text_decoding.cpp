#include "text_decoding.h"

#include "import_error.h"
#include "text/unicode_text.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unistr.h>

#include <unicode/utf8.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <string_view>
#include <vector>

namespace hilo::import {
namespace {

// The stray bytes listed by offset in an error or warning; the rest are counted.
constexpr std::size_t kListedStrays = 5;

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

// Where bytes stop being UTF-8: each ill-formed subsequence as ICU's U8_NEXT delimits it (one
// stray byte, or the start of a cut-short sequence), and the well-formed multi-byte sequences
// around them, which tell a UTF-8 file with a few stray bytes from a Latin-1 file.
struct Utf8Scan {
    std::size_t multiByte = 0;
    std::size_t strays = 0;
    std::vector<std::size_t> listed; // offsets of the first kListedStrays
};

Utf8Scan scanUtf8(std::string_view bytes)
{
    Utf8Scan scan;
    const auto* data = reinterpret_cast<const uint8_t*>(bytes.data());
    const auto length = static_cast<int64_t>(bytes.size());
    int64_t i = 0;
    while (i < length) {
        const int64_t start = i;
        UChar32 c;
        U8_NEXT(data, i, length, c);
        if (c < 0) {
            if (scan.listed.size() < kListedStrays)
                scan.listed.push_back(static_cast<std::size_t>(start));
            ++scan.strays;
        } else if (i - start > 1) {
            ++scan.multiByte;
        }
    }
    return scan;
}

// UTF-8 with strays, not a legacy encoding: it has well-formed multi-byte sequences and at most
// four stray bytes for each. A Latin-1 or Windows-1252 file has almost none (only an accented
// capital followed by a symbol, such as "É»", happens to form one) and a stray byte for nearly
// every accented letter.
bool isUtf8WithStrays(const Utf8Scan& scan)
{
    return scan.multiByte > 0 && scan.strays <= 4 * scan.multiByte;
}

// 1-based line, and column in code points, of a byte offset, for the error's "file:line:column".
std::pair<long, long> lineAndColumn(std::string_view bytes, std::size_t offset)
{
    long line = 1;
    long column = 1;
    for (std::size_t i = 0; i < offset && i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++column;
        }
    }
    return {line, column};
}

// "2 stray bytes that are not UTF-8, at byte offsets 14 (0xF1) and 90 (0xE9)": offsets count
// from 0, as hex editors show them, and are shifted past a byte order mark the caller removed.
std::string describeStrays(std::string_view bytes, const Utf8Scan& scan, std::size_t shift)
{
    std::string text = std::to_string(scan.strays) + (scan.strays == 1 ? " stray byte" : " stray bytes") +
                       " that " + (scan.strays == 1 ? "is" : "are") + " not UTF-8, at byte offset" +
                       (scan.strays == 1 ? " " : "s ");
    for (std::size_t k = 0; k < scan.listed.size(); ++k) {
        if (k > 0)
            text += (k + 1 == scan.listed.size() && scan.strays == scan.listed.size()) ? " and " : ", ";
        char hex[8];
        std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(bytes[scan.listed[k]]));
        text += std::to_string(scan.listed[k] + shift) + " (" + hex + ")";
    }
    if (scan.strays > scan.listed.size())
        text += " and " + std::to_string(scan.strays - scan.listed.size()) + " more";
    return text;
}

[[noreturn]] void refuseStrays(std::string_view bytes, const Utf8Scan& scan, std::size_t shift,
                               const std::string& fileName)
{
    const auto [line, column] = lineAndColumn(bytes, scan.listed.front());
    throw ImportError(fileName, line, column,
                      "the file is UTF-8 except for " + describeStrays(bytes, scan, shift) +
                          "; fix them, or import with --replace-invalid-bytes to replace them with U+FFFD");
}

// Every ill-formed subsequence becomes one U+FFFD, as the Unicode standard recommends.
DecodedText replaceStrays(std::string_view bytes, const Utf8Scan& scan, std::size_t shift, const std::string& fileName)
{
    DecodedText decoded;
    decoded.encoding = "UTF-8";
    decoded.utf8.reserve(bytes.size() + 2 * scan.strays);
    const auto* data = reinterpret_cast<const uint8_t*>(bytes.data());
    const auto length = static_cast<int64_t>(bytes.size());
    int64_t i = 0;
    while (i < length) {
        const int64_t start = i;
        UChar32 c;
        U8_NEXT(data, i, length, c);
        if (c < 0)
            decoded.utf8 += "\xEF\xBF\xBD";
        else
            decoded.utf8.append(bytes.data() + start, static_cast<std::size_t>(i - start));
    }
    const long line = lineAndColumn(bytes, scan.listed.front()).first;
    decoded.warning = fileName + ": replaced " + describeStrays(bytes, scan, shift) + " with U+FFFD (the first on line " +
                      std::to_string(line) + ")";
    return decoded;
}

} // namespace

DecodedText decodeText(std::string bytes, const std::string& fileName, const DecodeOptions& options)
{
    if (bytes.empty())
        throw ImportError(fileName, "is empty");

    if (startsWith(bytes, "\xEF\xBB\xBF")) {
        bytes.erase(0, 3);
        // The mark says the file is UTF-8, so any byte that is not is a stray, however many.
        const Utf8Scan scan = scanUtf8(bytes);
        if (scan.strays == 0)
            return {std::move(bytes), "UTF-8", {}};
        if (options.replaceInvalidBytes)
            return replaceStrays(bytes, scan, 3, fileName);
        refuseStrays(bytes, scan, 3, fileName);
    }
    if (startsWith(bytes, "\xFF\xFE"))
        return {convertToUtf8(std::string_view(bytes).substr(2), "UTF-16LE", fileName), "UTF-16LE", {}};
    if (startsWith(bytes, "\xFE\xFF"))
        return {convertToUtf8(std::string_view(bytes).substr(2), "UTF-16BE", fileName), "UTF-16BE", {}};

    if (looksBinary(bytes))
        throw ImportError(fileName, "looks like a binary file, not a text transcript");
    if (text::isValidUtf8(bytes))
        return {std::move(bytes), "UTF-8", {}}; // handed on, not copied

    const Utf8Scan scan = scanUtf8(bytes);
    if (isUtf8WithStrays(scan)) {
        if (options.replaceInvalidBytes)
            return replaceStrays(bytes, scan, 0, fileName);
        refuseStrays(bytes, scan, 0, fileName);
    }
    const std::string encoding = detectSingleByteEncoding(bytes);
    return {convertToUtf8(bytes, encoding.c_str(), fileName), encoding, {}};
}

} // namespace hilo::import
