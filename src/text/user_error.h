#pragma once
// An error a researcher can act on: bad input, a missing file, a project that is not one.
// The message names what is wrong and where (file, line, column or offset). Every layer throws
// this (or a subclass) for such errors; anything else reaching the CLI is a bug in Hilo.
#include <stdexcept>
#include <string>

namespace hilo {

class UserError : public std::runtime_error {
public:
    explicit UserError(const std::string& message) : std::runtime_error(message) {}
};

} // namespace hilo
