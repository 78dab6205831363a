#pragma once
// A seeded generator of synthetic interview corpora for the benchmarks: transcripts with a
// header block, alternating interviewer/participant turns, English and Spanish words drawn
// from a Zipf distribution (as real vocabulary is), and codings by several coders. The same
// seed gives the same corpus, so runs are comparable.
#include "project/project.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace hilo::bench {

struct CorpusShape {
    int transcripts = 200;
    int wordsPerTranscript = 3000;
    double spanishShare = 0.5;
    int codingsPerTranscript = 20;
    int coders = 2;
    unsigned seed = 42;
};

struct SyntheticCorpus {
    std::vector<std::filesystem::path> files;
    std::uintmax_t bytes = 0;
};

// Writes the transcripts as UTF-8 text files into `folder`.
SyntheticCorpus writeCorpus(const CorpusShape& shape, const std::filesystem::path& folder);

// Adds a two-level codebook of 15 codes, `coders` coders and, per transcript and coder,
// `codingsPerTranscript` codings of whole participant turns, through the coding store.
void addSyntheticCodings(Project& project, const CorpusShape& shape);

// Vocabulary with meaning: the benchmark's queries use these words, placed at ranks that make
// them about as frequent as such words are in interviews.
const std::vector<std::string>& englishKeywords();
const std::vector<std::string>& spanishKeywords();

} // namespace hilo::bench
