#pragma once
// WebVTT (.vtt) and SubRip (.srt) captions from recorded interviews. Each cue's text becomes a
// line "Speaker: words" of the transcript (speaker from <v Name> or a leading "Name:"); cues in
// a row from one speaker form one turn whose timestamps are the first cue's start and the last
// cue's end. A WebVTT NOTE block's "Key: value" lines become the header.
#include "raw_document.h"

#include <string>
#include <string_view>

namespace hilo::import {

// `utf8` is the decoded file; `fileName` names it in errors (with line numbers).
RawDocument readWebVtt(std::string_view utf8, const std::string& fileName);
RawDocument readSubRip(std::string_view utf8, const std::string& fileName);

} // namespace hilo::import
// Turns come back with Role::Unknown: the project's speaker patterns decide roles later.
// Text is NFC-normalized line by line here so that the turns' code point offsets stay valid.
