#pragma once
// Proposing quotes for a code: excerpts that are representative (ranked by the retrieval
// weight of the code's own words, its name, Spanish label and example, among the codings of
// the code in the Xapian index, and of a length between bounds once trimmed to sentences) and
// diverse (one quote per participant, up to N per participant group, every group that has
// codings represented, participants the basket does not quote yet first).
#include "project/project.h"
#include "quote_span.h"

#include <cstdint>
#include <string>
#include <vector>

namespace hilo::quotes {

struct SuggestOptions {
    std::string code;          // reference: path, unique name, GUID or id
    int perGroup = 2;
    std::int64_t minLength = 40;  // code points of the trimmed quote
    std::int64_t maxLength = 400;
    bool skipBasket = true;    // leave out excerpts already in the basket
};

struct Suggestion {
    std::int64_t codingId = 0;
    std::int64_t sourceId = 0;
    std::string sourceName;
    std::string groupTag;
    std::string participant;
    std::string coder;
    QuoteSpan span;       // trimmed to sentences inside the speaker's turn
    std::string text;     // rendered
    double weight = 0;    // Xapian weight of the code's words; 0 when none occur
    bool withinBounds = true;
};

// The index must be up to date (syncIndex) first. Ordered by group, then rank.
std::vector<Suggestion> suggestQuotes(Project& project, const SuggestOptions& options);

} // namespace hilo::quotes
