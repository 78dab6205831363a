#pragma once
// A passage's pair signature: one bit in 256 for each pair of neighbouring words (their
// positional terms), set by a fixed hash. A phrase can only match a passage whose signature has
// the bits of all the phrase's pairs, so a search checks the signature, held in memory, before
// Xapian reads word positions from disk; for a phrase with a common word ("the phone") that
// skips most of the passages that have both words but not side by side. A set bit may come from
// another pair, so the positions still decide. The hash is stored in the index through the
// signatures: changing it needs a new index layout. Internal to src/index.
#include <array>
#include <cstdint>
#include <string_view>

namespace hilo::index {

struct PairSignature {
    std::array<std::uint64_t, 4> bits{};

    void add(std::string_view first, std::string_view second);
    bool contains(const PairSignature& required) const
    {
        for (std::size_t i = 0; i < bits.size(); ++i)
            if ((bits[i] & required.bits[i]) != required.bits[i])
                return false;
        return true;
    }
    bool empty() const { return bits == std::array<std::uint64_t, 4>{}; }
};

} // namespace hilo::index
