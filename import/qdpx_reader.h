#pragma once
// Reads a REFI-QDA project (.qdpx: a zip holding project.qde and the sources) into a
// snapshot, checking all of it before anything is written anywhere: entry names that would
// escape a folder (".." or absolute), entries that expand beyond Hilo's limits or far beyond
// their compressed size (zip bombs), XML with a document type declaration (entity expansion,
// external entities), and selections outside their text are refused with a UserError naming
// the file and what is wrong. Sources that are not text are listed in `skipped`; elements
// Hilo does not model become warnings.
#include "project_snapshot.h"
#include "text/progress.h"

#include <cstdint>
#include <filesystem>

namespace hilo::import {

struct QdpxLimits {
    std::uint64_t maxEntryBytes = 64ULL * 1024 * 1024;  // project.qde or one source
    std::uint64_t maxTotalBytes = 512ULL * 1024 * 1024; // all entries together, uncompressed
    std::uint64_t maxEntries = 20000;
    // An entry larger than ratioFloorBytes may expand at most this many times its compressed
    // size; text compresses about 3 to 10 times, a zip bomb thousands of times.
    std::uint64_t maxCompressionRatio = 200;
    std::uint64_t ratioFloorBytes = 1024 * 1024;
};

// Progress counts the text sources read; a cancel throws Cancelled between two of them.
ProjectSnapshot readQdpx(const std::filesystem::path& file, const QdpxLimits& limits = {}, const Progress& progress = {});

} // namespace hilo::import
