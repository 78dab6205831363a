#include "pair_signature.h"

namespace hilo::index {
namespace {

// FNV-1a, 64 bits: fixed by definition, unlike std::hash.
constexpr std::uint64_t kOffsetBasis = 14695981039346656037ULL;
constexpr std::uint64_t kPrime = 1099511628211ULL;

std::uint64_t mix(std::uint64_t hash, std::string_view bytes)
{
    for (const char c : bytes) {
        hash ^= static_cast<unsigned char>(c);
        hash *= kPrime;
    }
    return hash;
}

} // namespace

void PairSignature::add(std::string_view first, std::string_view second)
{
    const std::uint64_t hash = mix(mix(mix(kOffsetBasis, first), "\x1f"), second);
    const unsigned bit = static_cast<unsigned>(hash >> 56); // the best-mixed byte
    bits[bit / 64] |= std::uint64_t{1} << (bit % 64);
}

} // namespace hilo::index
