#pragma once
// Autocoding: apply a code to every unit of text (a speaker turn, or a sentence within one)
// that matches a query, in one step. The query is words that must all appear, compared
// without case or accents, where "quoted phrases" must appear as written and a trailing *
// matches any ending (vergüenz* finds vergüenza and verguenzas).
#include "project.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace hilo {

struct AutocodeRequest {
    std::string query;
    std::string code;  // reference
    std::string coder; // name
    enum class Unit { Turn, Sentence } unit = Unit::Turn;
    std::optional<std::string> role{};   // interviewer or participant; all roles when empty
    std::optional<std::string> source{}; // one source; all when empty
};

struct AutocodeReport {
    std::int64_t matched = 0;             // units that match
    std::int64_t coded = 0;               // codings added
    std::vector<std::int64_t> codingIds;  // the codings added
};

// Throws UserError for an empty or malformed query (naming the position of an unclosed quote).
AutocodeReport autocode(Project& project, const AutocodeRequest& request);

} // namespace hilo
