#pragma once
// The shape of Hilo's Xapian index (docs/ARCHITECTURE.md, "Index layout"): term prefixes,
// value slots and metadata keys, in one place for the indexer and the searcher.
// Filter terms carry database ids, not names, so renaming a code, group or coder changes
// nothing in the index; names are resolved to ids when a query is parsed.
#include <filesystem>
#include <string>

namespace hilo::index {

inline constexpr const char* kCodePrefix = "XC";      // code id, and every ancestor's id
inline constexpr const char* kGroupPrefix = "XG";     // group id
inline constexpr const char* kCoderPrefix = "XU";     // coder id
inline constexpr const char* kSourcePrefix = "XS";    // source id
inline constexpr const char* kRolePrefix = "XR";      // interviewer | participant | unknown
inline constexpr const char* kAttributePrefix = "XA"; // fold(name)=fold(value)
inline constexpr const char* kKindPrefix = "XK";      // turn | coding
inline constexpr const char* kIdPrefix = "Q";         // Qturn:ID, Qcoding:ID: one per document

inline constexpr unsigned kSourceSlot = 0; // sortable_serialise(source id)
inline constexpr unsigned kStartSlot = 1;  // sortable_serialise(start)
inline constexpr unsigned kGroupSlot = 2;  // decimal group id, for ValueCountMatchSpy
// The ids of the document's codes and their ancestors, 4 bytes each (little-endian): codes are
// multi-valued, and reading one value per match is far cheaper for the code facet than
// reading each match's term list.
inline constexpr unsigned kCodesSlot = 3;
// Number attributes: sortable_serialise(value) in slot kAttributeSlotBase + attribute id.
inline constexpr unsigned kAttributeSlotBase = 100;

inline constexpr const char* kCounterKey = "hilo_change_counter";
// Bumped whenever the documents' shape changes; an index of another layout is rebuilt on sync.
inline constexpr const char* kLayoutKey = "hilo_index_layout";
inline constexpr const char* kLayoutVersion = "2";

// The index is a stub file listing shards that are built in parallel (one per core of a
// typical laptop) and searched as one database.
inline constexpr int kShardCount = 2;
inline constexpr const char* kStubFile = "XAPIANDB";

inline std::filesystem::path indexFolder(const std::filesystem::path& projectFolder)
{
    return projectFolder / "index";
}

inline bool indexExists(const std::filesystem::path& folder)
{
    std::error_code ignored;
    return std::filesystem::exists(folder / kStubFile, ignored);
}

} // namespace hilo::index
