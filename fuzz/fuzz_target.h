#pragma once
// One fuzz target per reader. A target is written once with HILO_FUZZ_TARGET and built two ways:
// with HILO_LIBFUZZER as a libFuzzer entry point (scripts/fuzz, clang, ASan + UBSan), and in
// the normal build into `fuzz_replay`, which CTest runs over the seed corpus and every crasher
// kept in fuzz/regressions/, so a fixed finding stays fixed.
//
// Targets let Hilo's own error types through (a refused file is the right answer to a broken
// one); anything else (a crash, a sanitizer report, another exception) is a finding.
#include "text/user_error.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace hilo::fuzz {

using TargetFunction = void (*)(std::string_view bytes);
bool registerTarget(const char* name, TargetFunction function);

// Writes the input to a private scratch file with the given extension, for readers that take
// a path (zip archives, the import pipeline). The folder is owner-only and per process.
std::filesystem::path scratchFile(std::string_view bytes, const std::string& extension);

} // namespace hilo::fuzz

#ifdef HILO_LIBFUZZER
#define HILO_FUZZ_TARGET(name)                                                                                         \
    static void fuzzOne(std::string_view bytes);                                                                       \
    extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)                                 \
    {                                                                                                                  \
        try {                                                                                                          \
            fuzzOne(std::string_view(reinterpret_cast<const char*>(data), size));                                      \
        } catch (const hilo::UserError&) {                                                                             \
        }                                                                                                              \
        return 0;                                                                                                      \
    }                                                                                                                  \
    static void fuzzOne(std::string_view bytes)
#else
#define HILO_FUZZ_TARGET(name)                                                                                         \
    static void fuzz_##name(std::string_view bytes);                                                                   \
    [[maybe_unused]] static const bool registered_##name = hilo::fuzz::registerTarget(#name, fuzz_##name);            \
    static void fuzz_##name(std::string_view bytes)
#endif
