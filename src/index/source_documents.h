#pragma once
// Builds the Xapian documents of one source: one per speaker turn (its speech) and one per
// coding (its coded words). Building (reading SQLite, splitting, folding, stemming) and
// writing are separate so that a sync can build on one thread while another writes.
// Internal to src/index.
#include "project/project.h"
#include "terms.h"

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

struct BuiltDocument {
    std::string idTerm; // unique per document: Qturn:ID or Qcoding:ID
    Xapian::Document document;
};

struct SourceDocuments {
    std::int64_t sourceId = 0;
    std::vector<BuiltDocument> documents; // empty when the source no longer exists
};

SourceDocuments buildSourceDocuments(Project& project, const CodeTree& codes, TermCache& terms, std::int64_t sourceId);

// Replaces the source's documents in the index (an index being built from nothing has none to
// remove). Returns the number of documents written.
std::size_t writeSourceDocuments(Xapian::WritableDatabase& database, SourceDocuments& source, bool emptyIndex);

} // namespace hilo::index
