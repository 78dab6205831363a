#pragma once
// What each index document carries to place and describe a hit without asking SQLite: its
// kind and id, source, span, speaker and role, coder, and the codes of the codings that
// overlap it. Stored as the document's data; also the packed code ids of the code facet slot.
// Internal to src/index.
#include <cstdint>
#include <string>
#include <vector>

namespace hilo::index {

struct HitRecord {
    std::string kind; // "turn" | "coding"
    std::int64_t id = 0;
    std::int64_t sourceId = 0;
    std::int64_t start = 0; // code points, [start, end)
    std::int64_t end = 0;
    std::int64_t coderId = 0; // codings only
    std::string speaker;      // of the turn (a coding: of the turn it starts in)
    std::string role;
    std::vector<std::int64_t> codeIds; // of overlapping codings, ascending, without ancestors
};

std::string encodeHitRecord(const HitRecord& record);
HitRecord decodeHitRecord(const std::string& data);

// Code ids as 4 little-endian bytes each, for kCodesSlot.
std::string packCodeIds(const std::vector<std::int64_t>& ids);
template <typename Visit>
void forEachPackedCodeId(const std::string& packed, Visit&& visit)
{
    for (std::size_t i = 0; i + 4 <= packed.size(); i += 4)
        visit(static_cast<std::int64_t>(static_cast<std::uint32_t>(static_cast<unsigned char>(packed[i])) |
                                        static_cast<std::uint32_t>(static_cast<unsigned char>(packed[i + 1])) << 8 |
                                        static_cast<std::uint32_t>(static_cast<unsigned char>(packed[i + 2])) << 16 |
                                        static_cast<std::uint32_t>(static_cast<unsigned char>(packed[i + 3])) << 24));
}

} // namespace hilo::index
