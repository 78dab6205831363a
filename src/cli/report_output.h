#pragma once
// Where a report verb's document goes: an .odt file (ODT needs a file), another file, or
// standard output; a written file is named on stderr so scripts keep stdout clean.
#include <optional>
#include <string>

namespace hilo::cli {

void emitReport(const std::string& document, const std::string& format, const std::optional<std::string>& output);

} // namespace hilo::cli
