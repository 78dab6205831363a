#pragma once
// Coding, as `hilo code|uncode|autocode` and the window (the transcript's context menu, the
// quick-code box, pinned keys, Code All Hits) run it.
#include "index/unit_matching.h"
#include "operation_context.h"
#include "project/coding_store.h"
#include "project/project.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace hilo::ops {

// Applies one code to one span (validated by the coding store), then updates the index.
std::int64_t code(Project& project, const NewCoding& coding, const OperationContext& context = {});
// Removes one coding, then updates the index. UserError when there is no such coding.
void uncode(Project& project, std::int64_t codingId, const OperationContext& context = {});

struct AutocodeRequest {
    std::string query; // the search language, as in `hilo search` and the search pane
    std::string code;  // a code reference (path, unique name, GUID or id)
    std::string coder; // a coder's name
    enum class Unit { Turn, Sentence } unit = Unit::Turn;
    // Whose words: participants' by default (what a study codes; an interviewer's question that
    // uses the word is not evidence), unless the query filters on role: itself. nullopt: every
    // speaker, as Code All Hits codes what the search pane lists.
    std::optional<std::string> role = std::string("participant");
    std::optional<std::string> source{}; // one source (name or id); all when empty
};

struct AutocodeReport {
    std::int64_t matched = 0;            // units that match
    std::int64_t coded = 0;              // codings added (the rest the coder had already)
    std::vector<std::int64_t> codingIds; // the codings added
};

// The units autocode would code, in project order, without writing anything (for a preview).
// The index must be up to date; the window's is.
std::vector<MatchedUnit> findAutocodeUnits(Project& project, const AutocodeRequest& request);

// Brings the index up to date, finds the units, and (when there are any) backs the project up,
// codes them in one transaction and updates the index. UserError for a malformed query (with
// its position), an unknown code or coder, or a role that is not a speaker's role.
AutocodeReport autocode(Project& project, const AutocodeRequest& request, const OperationContext& context = {});

} // namespace hilo::ops
