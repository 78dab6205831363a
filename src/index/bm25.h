#pragma once
// Hilo ranks with BM25 (Xapian's default parameters) in two steps. Xapian weighs each match with
// b = 0, which needs no document lengths (reading them was most of a search's time); the match
// collector then multiplies by the length factor below, computed once per document when the
// passage columns are read. The product is BM25 exactly for words that occur once in a passage,
// the usual case in a turn, and close to it otherwise. Internal to src/index.
#include <xapian.h>

#include <algorithm>

namespace hilo::index::bm25 {

inline constexpr double kK1 = 1.0;
inline constexpr double kB = 0.5;
inline constexpr double kMinNormalisedLength = 0.5;

// The weighting scheme Xapian is given: BM25 without the length normalisation.
inline Xapian::BM25Weight weightWithoutLengths()
{
    return Xapian::BM25Weight(kK1, 0, 1, 0, kMinNormalisedLength);
}

// A word occurring once weighs idf * (k1 + 1) / (k1 * K + 1) in BM25, and idf with b = 0; this
// is the ratio of the two for a passage of `words` words.
inline double lengthFactor(double words, double averageWords)
{
    const double length = std::max(kMinNormalisedLength, words / averageWords);
    const double k = 1 - kB + kB * length;
    return (kK1 + 1) / (kK1 * k + 1);
}

} // namespace hilo::index::bm25
