#pragma once
// The whole path from one file on disk to a Transcript ready to store: read, normalize, guard
// against missed identifiers, take the header block, settle group, participant, language and
// attributes, and split speaker turns. Nothing is written: the caller stores the result.
#include "attribute_table.h"
#include "deid_guard.h"
#include "text_decoding.h"
#include "transcript.h"
#include "turn_splitter.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace hilo::import {

struct BuildOptions {
    std::optional<std::string> group;    // --group: must agree with file name and header
    std::string language = "auto";       // en, es or auto
    std::vector<std::string> knownGroups; // the project's group tags
    const AttributeTable* attributes = nullptr;
    std::vector<SpeakerRule> speakerRules = defaultSpeakerRules();
    GuardOptions guard;
    bool acceptFlags = false;            // import despite the guard's flags, recording them
    DecodeOptions decoding;              // --replace-invalid-bytes
};

struct BuiltTranscript {
    Transcript transcript;
    std::vector<GuardFlag> acceptedFlags; // non-empty only with acceptFlags
    std::vector<std::string> warnings;    // what reading changed (stray bytes replaced), naming the file
};

// Throws ImportError naming the file for unreadable or empty files, files past a bound of
// read_limits.h (size, text, speaker turns), missing, unknown or contradicting group tags,
// conflicting attributes, and (without acceptFlags) flagged text.
BuiltTranscript buildTranscript(const std::filesystem::path& file, const BuildOptions& options);

} // namespace hilo::import
