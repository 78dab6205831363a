#pragma once
// Attribution templates: how a report shows a quote and who said it, e.g.
//   “TEXT” (GROUP)                                  ->  “...” (YP)
//   “TEXT” (GROUP{, AGE years old}{, STATE})        ->  “...” (YP, 17 years old, Morelos)
// Fields are words in capitals: TEXT, GROUP, PARTICIPANT, SPEAKER, SOURCE, CODES, NOTE, and any
// attribute of the source by its name in capitals with spaces as underscores (AGE, STATE, ROLE,
// GENDER, YEARS_EXPERIENCE). Capital words that are no field are kept as written. A part in
// braces is left out when a field inside it is empty, so a participant without a state gets
// “...” (YP, 16 years old) rather than a dangling comma.
#include <map>
#include <string>

namespace hilo::quotes {

inline constexpr const char* kDefaultTemplate = "\u201CTEXT\u201D (GROUP)";

// Field name (capitals) -> value. Names not present are not fields.
using AttributionFields = std::map<std::string, std::string>;

// Throws UserError for unbalanced braces or a template without TEXT.
void validateTemplate(const std::string& templateText);

std::string attribute(const std::string& templateText, const AttributionFields& fields);

// "years_experience" -> "YEARS_EXPERIENCE", "home state" -> "HOME_STATE".
std::string fieldName(const std::string& attributeName);

} // namespace hilo::quotes
