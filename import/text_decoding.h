#pragma once
// Plain-text bytes to UTF-8: byte order marks first (UTF-8, UTF-16LE/BE), then strict UTF-8,
// then ICU's charset detector limited to the single-byte encodings transcripts arrive in
// (Windows-1252, Latin-1). Empty and binary files are refused.
//
// A file that is UTF-8 except for a few stray bytes (a bad copy, one character pasted from an
// old document) is never read as Latin-1: that would turn every "ñ" of the file into "Ã±"
// without a word, and "niña" would never be found again. It is refused with the byte offsets
// of the stray bytes, unless the caller asks for them to be replaced with U+FFFD, which is then
// reported as a warning.
#include <string>

namespace hilo::import {

struct DecodeOptions {
    // Replace stray bytes in otherwise UTF-8 text with U+FFFD instead of refusing the file.
    bool replaceInvalidBytes = false;
};

struct DecodedText {
    std::string utf8;
    std::string encoding;
    // Non-empty when stray bytes were replaced: one line naming the file, how many and where.
    std::string warning;
};

// `fileName` only names the file in errors. Takes the bytes by value so that a caller handing
// them over (std::move) does not pay for a second copy of a large file.
DecodedText decodeText(std::string bytes, const std::string& fileName, const DecodeOptions& options = {});

} // namespace hilo::import
