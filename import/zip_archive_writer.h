#pragma once
// Writes a zip archive through libzip: entries are collected in memory and written at
// commit(), to a temporary file beside the target that is then renamed over it, so a failed
// export never leaves half an archive. The archive is owner-only (0600): it holds transcripts.
#include "text/progress.h"

#include <deque>
#include <filesystem>
#include <string>

namespace hilo::import {

class ZipArchiveWriter {
public:
    explicit ZipArchiveWriter(std::filesystem::path target);

    void add(const std::string& entry, std::string bytes);
    // Throws UserError naming the target when it cannot be written. Progress counts thousandths
    // of the writing; a cancel stops libzip, removes the temporary file and throws Cancelled, so
    // the target is as it was (absent, or the file that was there before).
    void commit(const Progress& progress = {});

    static constexpr std::size_t kCommitSteps = 1000;

private:
    std::filesystem::path target_;
    std::deque<std::pair<std::string, std::string>> entries_; // deque: stable addresses for libzip
};

} // namespace hilo::import
