#pragma once
// A table printed for a person: columns padded to their widest cell (counted in code points,
// so "Niñas" lines up with "Ninas"), two spaces apart.
#include <string>
#include <vector>

namespace hilo::cli {

void printTable(const std::vector<std::vector<std::string>>& rows);

} // namespace hilo::cli
