#pragma once
// A hit's snippet: its text with the matched words between « and », trimmed to about `width`
// characters around the first match with … at the cut ends. Computed from the stored text and
// the query's own terms, so it highlights exactly what the index matched: the same words, the
// same stems (in the source's language), the same accent- and case-folding.
#include "terms.h"

#include <set>
#include <string>
#include <vector>

namespace hilo::index {

struct Highlight {
    std::set<std::string> positionalTerms;
    std::set<std::string> stemmedTerms;
    std::vector<std::string> wildcardPrefixes;
};

inline constexpr const char* kMarkOpen = "\u00AB";  // «
inline constexpr const char* kMarkClose = "\u00BB"; // »

std::string makeSnippet(const std::string& text, const std::string& language, const Highlight& highlight,
                        std::size_t width = 200);
// The same, reusing the terms of words seen before (a search makes many snippets).
std::string makeSnippet(const std::string& text, const std::string& language, const Highlight& highlight,
                        TermCache& cache, std::size_t width = 200);

} // namespace hilo::index
