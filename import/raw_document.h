#pragma once
// A document as read from disk, before Hilo interprets it: its text in UTF-8 (not yet
// normalized), the format and original encoding, and, for subtitle formats whose cues already
// say who speaks when, the turns.
#include "text_decoding.h"
#include "transcript.h"

#include <filesystem>
#include <string>
#include <vector>

namespace hilo::import {

struct RawDocument {
    std::string text;
    std::string format;    // txt, md, docx, odt, vtt, srt
    std::string encoding;  // of the original bytes
    // Header lines that do not sit at the top of `text` (a WebVTT NOTE block), in the same
    // "Key: value" form as a text header block.
    std::string headerText;
    // Subtitle formats fill these (speakers from <v Name> or "Name:", cue times); other formats
    // leave them empty and turns are split from speaker labels in the text.
    std::vector<Turn> turns;
    bool turnsFromCues = false;
    // What the reader changed to be able to read the file (bytes replaced with U+FFFD), one
    // line each, naming the file; never any of its text.
    std::vector<std::string> warnings;
};

// Reads any supported file, choosing the reader by extension (case-insensitive), within the
// bounds of read_limits.h. Throws ImportError naming the file for missing, unsupported, empty,
// binary, damaged or oversized files and for anything but a regular file.
RawDocument readDocument(const std::filesystem::path& file, const DecodeOptions& decoding = {});

// Extensions readDocument accepts, lower case, without the dot.
const std::vector<std::string>& supportedExtensions();

} // namespace hilo::import
