#pragma once
// The header block at the top of a transcript: "Key: value" lines, then a blank line.
//   Group: YP
//   Participant: YP03
//   Age: 17
//   State: Morelos
// It says who the participant is; it is metadata, not interview, so it is not stored as text.
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace hilo::import {

struct HeaderField {
    std::string key;   // as written, trimmed
    std::string value; // trimmed
    long line = 0;     // 1-based line in the text it came from
};

struct HeaderBlock {
    std::vector<HeaderField> fields;
    std::size_t bodyByteOffset = 0; // where the interview starts (0 when there is no header)
    long bodyLine = 1;              // 1-based line where the interview starts
};

// The meaning of a header key, in English or Spanish ("Grupo", "Participante", "Idioma", "Nota").
enum class HeaderKey { Group, Participant, Language, Note, Attribute };
HeaderKey classifyHeaderKey(std::string_view key);

// A header block is the first paragraph when every line is "Key: value", at least one key is
// Group, Participant or Language with a value of that shape (an ID, not a sentence), no other
// key is a speaker label, and a blank line follows. Otherwise there is no header and the whole
// text is interview.
HeaderBlock parseHeaderBlock(std::string_view text,
                             const std::function<bool(std::string_view)>& isSpeakerLabel);

// Every "Key: value" line of a text that is all header (a WebVTT NOTE block).
std::vector<HeaderField> parseHeaderLines(std::string_view text);

} // namespace hilo::import
