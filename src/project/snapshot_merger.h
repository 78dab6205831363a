#pragma once
// Brings a snapshot (another coder's copy of the project, or a REFI-QDA project from another
// tool) into an open project, in one transaction, so that it is one undo step in the window:
//  - sources are matched by content hash (the SHA-256 of their NFC text); new ones are added,
//    with their turns (or turns found by this project's speaker rules) and attributes;
//  - codes by GUID, then by path; new ones are added with their GUID, matched ones keep this
//    project's names and fields;
//  - coders by GUID, then by name; new ones are added;
//  - codings are never doubled: one that this project already has (same source, code, coder
//    and span) is counted as present.
// Whatever cannot be placed is reported as unmatched, with the reason.
#include "import/project_snapshot.h"
#include "project.h"
#include "text/progress.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace hilo {

struct MergeOptions {
    // The group for sources the snapshot gives none (and whose names start with no known tag).
    std::optional<std::string> defaultGroup{};
    // Run the de-identification guard over sources this merge adds (as importing a transcript
    // does): on for files from other tools, off for another copy of a Hilo project, whose
    // sources were checked when they were first imported. Flags refuse the merge unless
    // acceptFlags, which records them as an import with --accept-flags does.
    bool guardNewSources = false;
    bool acceptFlags = false;
};

struct MergeReport {
    std::vector<std::string> sourcesMatched; // this project's names
    std::vector<std::string> sourcesAdded;
    std::vector<std::string> codesMatched;   // paths in this project
    std::vector<std::string> codesAdded;
    std::vector<std::string> codersMatched;
    std::vector<std::string> codersAdded;
    std::vector<std::string> groupsAdded;
    std::int64_t codingsAdded = 0;
    std::int64_t codingsPresent = 0; // already in this project
    std::vector<std::string> unmatched; // one line per coding or item that could not be placed
    std::vector<import::SkippedSource> skippedSources;
    std::vector<std::string> warnings;
    std::string offsetReading;
};

// The tables a merge writes: an undo journal must cover all of them for a merge to be one
// undo step (the window's does).
const std::vector<std::string>& tablesWrittenByMerge();

// Throws UserError (leaving the project unchanged) when the project is read-only or a value
// cannot be stored. Progress counts the snapshot's sources, then its codings; a cancel throws
// Cancelled between two of them and the transaction is rolled back, leaving the project as it was.
MergeReport mergeSnapshot(Project& project, const import::ProjectSnapshot& snapshot, const MergeOptions& options = {},
                          const Progress& progress = {});

} // namespace hilo
