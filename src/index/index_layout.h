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
inline constexpr unsigned kGroupSlot = 2;  // decimal group id
// What a search reads of every document into memory: its place, length, group and codes with
// their ancestors, packed (passage_columns.h).
inline constexpr unsigned kPassageSlot = 3;
// Number attributes: sortable_serialise(value) in slot kAttributeSlotBase + attribute id.
inline constexpr unsigned kAttributeSlotBase = 100;

inline constexpr const char* kCounterKey = "hilo_change_counter";
// Bumped whenever the documents' shape changes; an index of another layout is rebuilt on sync.
inline constexpr const char* kLayoutKey = "hilo_index_layout";
inline constexpr const char* kLayoutVersion = "4";

// A fresh index is written as shards in parallel (one per core of a typical laptop), then
// compacted into the one Glass database that is searched and updated.
inline constexpr int kShardCount = 2;
inline constexpr const char* kGlassMarker = "iamglass"; // the file every Glass database has

inline std::filesystem::path indexFolder(const std::filesystem::path& projectFolder)
{
    return projectFolder / "index";
}

inline bool indexExists(const std::filesystem::path& folder)
{
    std::error_code ignored;
    return std::filesystem::exists(folder / kGlassMarker, ignored);
}

} // namespace hilo::index
