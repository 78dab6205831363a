#pragma once
// What a search needs to know of every matching document, read once into memory by document
// id: its place (source, start, kind, id) to order hits of equal weight, its BM25 length factor
// (bm25.h) to rank it, its pair signature (pair_signature.h) to skip passages a phrase cannot
// match, and its group and codes for the facets. Exact facets visit every match; looking each
// one up here instead of reading it from the index is what keeps a search within a keystroke.
// Each document carries these facts packed in one value (kPassageSlot). Internal to src/index.
#include "pair_signature.h"

#include <xapian.h>

#include <cstdint>
#include <string>
#include <vector>

namespace hilo::index {

struct PassageFacts {
    std::int64_t sourceId = 0;
    std::int64_t start = 0;
    bool isCoding = false;
    std::int64_t id = 0; // of the turn or coding
    std::int64_t groupId = 0;
    std::int64_t words = 0;
    PairSignature pairs;
    std::vector<std::int64_t> codeIds; // the codes of its codings, each with its ancestors
};

// Fixed-size little-endian fields, then one per code id.
std::string packPassage(const PassageFacts& facts);

class PassageColumns {
public:
    // One pass over the value stream of kPassageSlot.
    static PassageColumns read(const Xapian::Database& database);

    struct Place {
        std::uint32_t sourceId = 0;
        std::uint32_t start = 0;
        std::uint32_t kind = 0; // 0 turn, 1 coding
        std::uint32_t id = 0;
        auto operator<=>(const Place&) const = default;
    };
    // Facet values get dense numbers, so that counting is indexing a vector.
    static constexpr std::uint32_t kNoGroup = UINT32_MAX;

    // One document's facts side by side: a match costs one cache line, not one per column.
    struct Row {
        Place place;
        float lengthFactor = 1; // from its length in words, ready to multiply a match's weight
        std::uint32_t group = kNoGroup; // dense number
        std::uint32_t codesFrom = 0;    // first entry in codesOf_
        std::uint32_t codesTo = 0;      // one past the last
    };
    bool has(Xapian::docid document) const { return document < rows_.size(); }
    const Row& row(Xapian::docid document) const { return rows_[document]; }
    // Hints that row(document), or the codes of a row already fetched, are wanted soon.
    void prefetchRow(Xapian::docid document) const
    {
        if (has(document))
            __builtin_prefetch(&rows_[document]);
    }
    void prefetchCodes(Xapian::docid document) const
    {
        if (has(document))
            __builtin_prefetch(codesOf_.data() + rows_[document].codesFrom);
    }
    const Place& place(Xapian::docid document) const { return rows_[document].place; }
    // Kept apart from the rows: only phrases read them.
    const PairSignature& pairs(Xapian::docid document) const { return pairs_[document]; }
    template <typename Visit>
    void forEachCode(const Row& row, Visit&& visit) const
    {
        for (std::uint32_t entry = row.codesFrom; entry < row.codesTo; ++entry)
            visit(codesOf_[entry]);
    }
    const std::vector<std::int64_t>& groupIds() const { return groupIds_; }
    const std::vector<std::int64_t>& codeIds() const { return codeIds_; }

private:
    std::vector<Row> rows_;              // by document id
    std::vector<PairSignature> pairs_;   // likewise
    std::vector<std::uint32_t> codesOf_; // dense code numbers, document after document
    std::vector<std::int64_t> groupIds_;
    std::vector<std::int64_t> codeIds_;
};

} // namespace hilo::index
