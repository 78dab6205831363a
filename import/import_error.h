#pragma once
// A problem with one input file, reported with the file and, where known, the line and column
// (1-based, columns in code points) so a researcher can find it: "FW-12.txt:14:3: ...".
#include "text/user_error.h"

#include <string>

namespace hilo::import {

class ImportError : public UserError {
public:
    ImportError(const std::string& file, const std::string& message)
        : UserError(file + ": " + message) {}
    ImportError(const std::string& file, long line, long column, const std::string& message)
        : UserError(file + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " + message) {}
};

} // namespace hilo::import
