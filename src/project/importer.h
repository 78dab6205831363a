#pragma once
// Imports transcript files into a project as one all-or-nothing step: every file is read,
// checked and interpreted first; only when all succeed are they written, in one transaction.
#include "project.h"

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace hilo {

struct ImportRequest {
    std::vector<std::filesystem::path> files;
    std::optional<std::string> group;
    std::optional<std::filesystem::path> attributesCsv;
    std::string language = "auto";
    bool acceptFlags = false;
};

struct ImportedSource {
    std::int64_t id = 0;
    std::string name;
    std::string groupTag;
    std::string language;
    std::int64_t turnCount = 0;
    std::int64_t acceptedFlags = 0;
};

struct SkippedFile {
    std::string file;
    std::string reason; // e.g. "same text as source YP01_interview"
};

struct ImportReport {
    std::vector<ImportedSource> imported;
    std::vector<SkippedFile> skipped;
};

// Progress: (files done, files in all). Throws UserError for the first bad file; the project
// is then exactly as it was.
ImportReport importTranscripts(Project& project, const ImportRequest& request,
                               const std::function<void(std::size_t, std::size_t)>& progress = {});

} // namespace hilo
