#pragma once
// Builds the Xapian documents of one source: one per speaker turn (its speech) and one per
// coding (its coded words). Internal to src/index.
#include "project/project.h"

#include <xapian.h>

#include <cstdint>
#include <optional>
#include <unordered_map>

namespace hilo::index {

// What every source's documents need from the whole project, read once per sync.
struct CodeTree {
    std::unordered_map<std::int64_t, std::optional<std::int64_t>> parents;
    static CodeTree load(Project& project);
    // The code and its ancestors, nearest first.
    std::vector<std::int64_t> lineage(std::int64_t codeId) const;
};

// Removes the source's documents and, if the source still exists, writes them afresh.
// Returns the number of documents written.
std::size_t reindexSource(Project& project, Xapian::WritableDatabase& database, const CodeTree& codes,
                          std::int64_t sourceId);

} // namespace hilo::index
