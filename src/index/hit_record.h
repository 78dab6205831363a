#pragma once
// What each index document carries to place, describe and quote a hit without asking SQLite:
// its kind and id, source, span, speaker and role, coder, the codes of the codings that overlap
// it, and its text (the snippet's source). Stored as the document's data.
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
    std::string text;                  // the span's text, NFC
};

std::string encodeHitRecord(const HitRecord& record);
HitRecord decodeHitRecord(const std::string& data);

} // namespace hilo::index
