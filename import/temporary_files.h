#pragma once
// Temporary files beside the file being written, named after the writing process so that
// what a killed writer left behind can be found and removed by the next one: a half-written
// export may hold transcript text.
#include <filesystem>

namespace hilo::import {

// "<target>.part-<pid>": the name this process writes `target` under before renaming it.
std::filesystem::path temporaryBeside(const std::filesystem::path& target);

// Removes "<target>.part-<pid>..." files (libzip adds its own suffix) whose process is gone.
// A writer still alive, even of the same target, keeps its temporary.
void removeLeftoverTemporaries(const std::filesystem::path& target);

} // namespace hilo::import
