#pragma once
// Imports transcript files into a project as one all-or-nothing step: every file is read,
// checked and interpreted first (prepareImport); only when all succeed are they written, in
// one transaction (writeImport). Callers go through ops::importTranscripts
// (operations/source_operations.h), which takes the backup between the two steps.
#include "import/transcript_builder.h"
#include "project.h"
#include "text/progress.h"

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
    bool replaceInvalidBytes = false; // stray bytes in UTF-8 text become U+FFFD, with a warning
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
    std::vector<std::string> warnings; // what reading changed in the files imported, naming each
};

// Every file read and checked, ready to be written.
struct PreparedImport {
    struct Transcript {
        import::BuiltTranscript built;
        std::string hash;
    };
    std::vector<Transcript> transcripts; // to be written
    std::vector<SkippedFile> skipped;    // already in the project, or twice in this import
};

// Reads and checks every file; writes nothing. Progress counts files read; a cancel throws
// Cancelled. Throws UserError for the first bad file.
PreparedImport prepareImport(Project& project, const ImportRequest& request, const Progress& progress = {});

// Writes what prepareImport read, in one transaction.
ImportReport writeImport(Project& project, const PreparedImport& prepared);

} // namespace hilo
