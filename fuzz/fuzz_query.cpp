// The search query language, parsed against a small project with codes, groups and coders.
#include "fuzz_target.h"

#include "index/query_parser.h"
#include "project/codebook_store.h"
#include "project/coder_store.h"

#include <unistd.h>

namespace {

hilo::Project& queryProject()
{
    static hilo::Project project = [] {
        const auto folder = std::filesystem::temp_directory_path() / ("hilo-fuzz-query-" + std::to_string(::getpid()));
        std::filesystem::remove_all(folder);
        hilo::Project created = hilo::Project::create(folder);
        hilo::CodebookStore codebook(created);
        for (const char* path : {"Disclosure", "Disclosure/Barriers", "Disclosure/Barriers/Embarrassment"})
            codebook.add(path); // parents first: a failure here would be retried on every input
        hilo::CoderStore(created).add("Ana");
        return created;
    }();
    return project;
}

} // namespace

HILO_FUZZ_TARGET(query) { hilo::index::parseQuery(queryProject(), std::string(bytes)); }
