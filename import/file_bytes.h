#pragma once
// Whole files in and out, for importers and the CLI alike.
#include <filesystem>
#include <string>

namespace hilo::import {

// The file's bytes; ImportError naming the file when it cannot be read.
std::string readFileBytes(const std::filesystem::path& file);
// Writes through a temporary file that replaces the target only when complete, so an
// interrupted export never leaves half a file. UserError naming the file on failure.
void writeFileBytes(const std::filesystem::path& file, const std::string& bytes);
// The extension in lower case, without the dot ("DOCX" -> "docx").
std::string lowerExtension(const std::filesystem::path& file);

} // namespace hilo::import
