#pragma once
// Writing CSV that csv_reader.h (libcsv) and spreadsheets read back unchanged.
#include <string>

namespace hilo::text {

// One field, quoted as RFC 4180 requires (commas, quotes, line ends) and also when it starts or
// ends with a space or tab, which libcsv would otherwise trim.
std::string csvField(const std::string& value);

} // namespace hilo::text
