#pragma once
// Bringing whole projects in and out: a REFI-QDA .qdpx from another tool, a coder's copy of this
// project, and the export of this one, as `hilo import|merge|export` and File ▸ Import/Export
// REFI-QDA Project and Merge Coder's Copy run them.
#include "import/project_snapshot.h"
#include "operation_context.h"
#include "project/project.h"
#include "project/snapshot_merger.h"

#include <filesystem>

namespace hilo::ops {

// Reads and checks the whole .qdpx, then backs the project up and merges it in (one
// transaction), then updates the index. Sources from another tool pass the de-identification
// guard (options.acceptFlags records what it flags instead of refusing). Progress: reading is
// the first half, merging the second.
MergeReport importQdpx(Project& project, const std::filesystem::path& file, MergeOptions options,
                       const OperationContext& context = {});

// Merges another copy of this project (a folder, opened read-only) or a .qdpx (as importQdpx)
// into this one, with the same policy.
MergeReport mergeFrom(Project& project, const std::filesystem::path& other, MergeOptions options,
                      const OperationContext& context = {});

// Whether a path names a REFI-QDA project archive (by its extension).
bool isQdpxFile(const std::filesystem::path& path);

struct ExportSummary {
    std::size_t sources = 0;
    std::size_t codes = 0;
    std::size_t coders = 0;
    std::size_t codings = 0;
};

// Writes the whole project as a .qdpx; the archive appears at `file` only when complete.
// Progress: reading the project is the first half, writing the archive the second.
ExportSummary exportQdpx(Project& project, const std::filesystem::path& file, const OperationContext& context = {});

} // namespace hilo::ops
