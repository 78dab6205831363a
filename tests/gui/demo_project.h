#pragma once
// A new project at `path` holding the demo corpus (fictional transcripts) with its participant
// attributes, as the GUI tests start from; each test adds the codes it needs.
#include "project/operations/source_operations.h"
#include "project/project.h"

#include <filesystem>

namespace hilo::test {

inline Project createDemoProject(const std::filesystem::path& path)
{
    Project project = Project::create(path);
    ImportRequest request;
    for (const auto& entry : std::filesystem::directory_iterator(std::filesystem::path(HILO_DEMO_DIR) / "corpus"))
        request.files.push_back(entry.path());
    request.attributesCsv = std::filesystem::path(HILO_DEMO_DIR) / "participants.csv";
    ops::importTranscripts(project, request);
    return project;
}

} // namespace hilo::test
