#pragma once
// Writing the index: from nothing, in parallel shards, or by replacing the documents of some
// sources. Both build documents on a thread of their own while Xapian writes, and both write
// the project's change counter and the layout version in the same Xapian commit as the
// documents. Internal to src/index; index_sync.h decides which to run.
#include "index_sync.h"

#include <filesystem>
#include <set>

namespace hilo::index {

// Builds a new index of `sources` beside `folder` and then puts it in its place: a reader sees
// the old index or the new one. Returns the number of documents written.
std::size_t writeFreshIndex(Project& project, const std::set<std::int64_t>& sources, const std::filesystem::path& folder,
                            std::int64_t changeCounter, const IndexProgress& progress);

// Replaces the documents of `sources` in the existing index at `folder`, in one transaction.
std::size_t updateIndex(Project& project, const std::set<std::int64_t>& sources, const std::filesystem::path& folder,
                        std::int64_t changeCounter, const IndexProgress& progress);

} // namespace hilo::index
