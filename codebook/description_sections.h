#pragma once
// REFI-QDA gives a code one free-text Description. Hilo keeps the definition first and its
// other fields after it as labelled paragraphs:
//   Definition text...
//
//   Inclusion: ...
//   Exclusion: ...
//   Example: ...
//   Spanish label: ...
//   Memo: ...
// Empty fields are left out; a definition alone (with no line that reads like a label) is
// the whole Description, as other tools expect. A line inside a value that would read as a
// label ("Inclusion: ...", or backslashes before one) gets one more leading backslash, and a
// definition alone that contains such a line is written as "Definition: ..."; the details are
// at the top of description_sections.cpp.
// composeDescription and parseDescription are inverses for any field values.
#include "codebook.h"

#include <string>

namespace hilo::codebook {

std::string composeDescription(const Code& code);
// Fills definition, inclusion, exclusion, example, labelEs and memo of `code`. Text without
// sections (from another tool) becomes the definition.
void parseDescription(const std::string& description, Code& code);

} // namespace hilo::codebook
