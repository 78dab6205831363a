#pragma once
// Hilo's query language, parsed by hand so every error can name its position (1-based, in
// characters of the query):
//   words (AND by default)   "exact phrases"   a NEAR b   AND  OR  NOT  ( )   prefix*
//   code:PATH-or-name (with descendants)  group:TAG  coder:NAME  source:NAME
//   role:interviewer|participant|unknown  kind:turn|coding
//   ATTRIBUTE:value  ATTRIBUTE:"two words"  NUMBER-ATTRIBUTE:16..17 (either end may be open)
// A free word matches its stem in English or Spanish, accent- and case-blind; a phrase, the
// words around NEAR and the word before a * match the words as written, accent- and case-blind
// (only those terms carry positions, as with Xapian's own query parser). Filters are boolean:
// they narrow the results without changing their order. `role:` is the speaker's role in the
// interview when its value is interviewer, participant or unknown, and otherwise a filter on an
// attribute called "role" (role:"social worker").
// Internal to src/index.
#include "passage_columns.h"
#include "project/project.h"

#include <xapian.h>

#include <map>
#include <set>
#include <string>
#include <vector>

namespace hilo::index {

struct ParsedQuery {
    Xapian::Query query;
    // What a snippet highlights: the terms of words and phrases outside NOT.
    std::set<std::string> positionalTerms;
    std::set<std::string> stemmedTerms;
    std::vector<std::string> wildcardPrefixes;
    // The filters the query names, folded ("role", "group", an attribute's name): a caller that
    // adds a default filter leaves it out when the query gives its own. `role` counts only for
    // the speaker's role (interviewer, participant, unknown), not an attribute called role.
    std::set<std::string> filterNames;
};

// What filters resolved to, by "name:value", kept by a caller that parses many queries while
// the project's names stay the same (a search session). Only filters that resolved are kept.
using FilterCache = std::map<std::string, Xapian::Query>;

// Throws UserError("query: ... at position N") for a malformed query or an unknown filter,
// code, group, coder or source. With the index's passage columns, phrases carry a PhraseFilter
// (phrase_filter.h) that reads them.
ParsedQuery parseQuery(Project& project, const std::string& query, FilterCache* filters = nullptr,
                       const PassageColumns* columns = nullptr);

} // namespace hilo::index
