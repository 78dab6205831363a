#pragma once
// Codes are named by their path in the codebook tree, "Disclosure/Barriers/Embarrassment",
// as researchers write them in spreadsheets and on the command line. A "/" inside a name is
// written "\/" and a backslash "\\".
#include <string>
#include <string_view>
#include <vector>

namespace hilo::codebook {

// The names along a path, outermost first. Throws UserError for an empty path or segment, or
// a dangling backslash, naming the position (1-based, in code points).
std::vector<std::string> splitCodePath(std::string_view path);

std::string joinCodePath(const std::vector<std::string>& names);

// Sibling codes may not share a name; "Vergüenza", "verguenza" and "VERGÜENZA" are the same name.
bool sameCodeName(std::string_view a, std::string_view b);

} // namespace hilo::codebook
