#pragma once
// Plain-text bytes to UTF-8: byte order marks first (UTF-8, UTF-16LE/BE), then strict UTF-8,
// then ICU's charset detector limited to the single-byte encodings transcripts arrive in
// (Windows-1252, Latin-1). Empty and binary files are refused.
#include <string>
#include <string_view>

namespace hilo::import {

struct DecodedText {
    std::string utf8;
    std::string encoding;
};

// `fileName` only names the file in errors.
DecodedText decodeText(std::string_view bytes, const std::string& fileName);

} // namespace hilo::import
