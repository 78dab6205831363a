#pragma once
// Writes a snapshot as a REFI-QDA project (.qdpx): project.qde, valid against the REFI-QDA
// project schema, and sources/<guid>.txt holding each transcript as UTF-8. Users are the
// coders; every coding is a PlainTextSelection (positions in code points) with one Coding and,
// for a memo, a Note; cases stand for participants, with the group, language and attributes
// as variables (a source without a participant carries them itself); sets stand for groups.
// GUIDs that Hilo does not store (cases, sets, variables, codings' inner elements) are
// derived from stable names, so exporting the same project twice gives the same GUIDs.
#include "project_snapshot.h"
#include "text/progress.h"

#include <filesystem>
#include <string>

namespace hilo::import {

// The project.qde document alone.
std::string writeQde(const ProjectSnapshot& snapshot);

// Written to a temporary file beside `file` and renamed over it when complete. Progress counts
// the sources gathered, then thousandths of the writing; a cancel throws Cancelled and leaves
// `file` as it was (absent, or what was there before) with no temporary file beside it.
void writeQdpx(const ProjectSnapshot& snapshot, const std::filesystem::path& file, const Progress& progress = {});

} // namespace hilo::import
