#pragma once
// "Passages that match": the speaker turns (or the sentences within them) that a query in the
// search language matches, found by the same index, parser and filters as `hilo search` and the
// search pane. Autocoding and the window's Code All Hits code what this returns, so a query
// means one thing everywhere: stems, accents, phrases, NEAR, wildcards, OR/NOT and filters.
#include "project/project.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace hilo {

struct TextSpan {
    std::int64_t start = 0; // code points, [start, end)
    std::int64_t end = 0;
};

// Splits a turn's speech (NFC text in the source's language) into the units to match, as spans
// relative to that text.
using UnitSplitter = std::function<std::vector<TextSpan>(const std::string& speech, const std::string& language)>;

struct UnitQuery {
    std::string query; // the search language (index/query_parser.h)
    // Only turns of this speaker role, unless the query itself filters on role:; nullopt: every role.
    std::optional<std::string> role{};
    std::optional<std::int64_t> sourceId{}; // only this source
    // Empty: each matching turn is a unit. Otherwise each part of a matching turn that matches
    // the query on its own, with the turn's filters (a sentence that has the words itself).
    UnitSplitter split{};
};

struct MatchedUnit {
    std::int64_t sourceId = 0;
    std::int64_t turnId = 0;
    std::int64_t start = 0; // code points in the source
    std::int64_t end = 0;
};

// In project order (source, then place). The index must be up to date (syncIndex). Throws
// UserError for a malformed query (with its position) or a missing index.
std::vector<MatchedUnit> matchUnits(Project& project, const UnitQuery& request);

} // namespace hilo
