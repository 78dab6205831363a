#pragma once
// Codebooks that ship with Hilo, as data (codebook/bundled/*.csv), for `hilo init --codebook`.
#include "codebook.h"

#include <string>
#include <vector>

namespace hilo::codebook {

struct BundledCodebook {
    std::string name;        // what --codebook takes, e.g. "tfcsea"
    std::string description; // one line
};

std::vector<BundledCodebook> bundledCodebooks();
// Throws UserError listing the available names when `name` is not one.
Codebook loadBundledCodebook(const std::string& name);

} // namespace hilo::codebook
