#pragma once
// Text as Hilo stores it: UTF-8, NFC-normalized, with positions counted in Unicode code points
// (as REFI-QDA counts them). These helpers are the only place that knows how.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace hilo::text {

// NFC-normalizes valid UTF-8. Throws UserError on invalid UTF-8.
std::string toNfc(std::string_view utf8);

// True when the bytes are well-formed UTF-8 (no overlongs, no surrogates).
bool isValidUtf8(std::string_view bytes);

// Lower-cases with Unicode case folding and removes accents and other combining marks, so that
// "Niña", "NIÑA" and "nina" compare equal. For comparison and search keys, never for storage.
std::string fold(std::string_view utf8);

// Number of code points in valid UTF-8.
std::int64_t codePointLength(std::string_view utf8);

// Byte offset of the code point at `codePoint` (the byte length when codePoint == length).
// Throws std::out_of_range past the end.
std::size_t byteOffsetOfCodePoint(std::string_view utf8, std::int64_t codePoint);

// The byte offset of every code point of valid UTF-8, then the byte length: for slicing one
// text many times, each in constant time.
std::vector<std::size_t> codePointByteOffsets(std::string_view utf8);

// The code points [start, end) of valid UTF-8.
std::string slice(std::string_view utf8, std::int64_t start, std::int64_t end);

// A name fit for one row of a table (a source named after its file, or by another tool):
// NFC UTF-8 with invalid bytes as U+FFFD and control characters (tabs, line breaks) as spaces,
// so a file name cannot forge rows or columns in what Hilo prints.
std::string singleLineName(std::string_view bytes);

std::u32string toUtf32(std::string_view utf8);
std::string toUtf8(std::u32string_view codePoints);

} // namespace hilo::text
