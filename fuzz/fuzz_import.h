#pragma once
// Runs bytes through the whole import pipeline as a file with the given extension, as
// `hilo import` does: charset detection, NFC, header block, guard, turn splitting.
#include "fuzz_target.h"

#include "import/transcript_builder.h"

namespace hilo::fuzz {

inline void buildTranscriptFrom(std::string_view bytes, const std::string& extension)
{
    import::BuildOptions options;
    options.group = "YP";
    options.knownGroups = {"YP", "FW", "JP"};
    options.acceptFlags = true;
    import::buildTranscript(scratchFile(bytes, extension), options);
}

} // namespace hilo::fuzz
