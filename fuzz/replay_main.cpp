// `fuzz_replay TARGET FILE|FOLDER...`: runs a fuzz target's inputs through the normal build, the
// way CTest keeps the seed corpus and every fixed crasher (fuzz/regressions/) passing.
#include "fuzz_target.h"

#include <cstdio>
#include <fstream>
#include <iterator>
#include <map>
#include <string>
#include <vector>

namespace hilo::fuzz {
namespace {

std::map<std::string, TargetFunction>& targets()
{
    static std::map<std::string, TargetFunction> all;
    return all;
}

} // namespace

bool registerTarget(const char* name, TargetFunction function)
{
    targets()[name] = function;
    return true;
}

} // namespace hilo::fuzz

int main(int argc, char** argv)
{
    namespace fs = std::filesystem;
    const auto& all = hilo::fuzz::targets();
    if (argc < 3 || !all.count(argv[1])) {
        std::fprintf(stderr, "usage: fuzz_replay TARGET FILE|FOLDER...\ntargets:");
        for (const auto& [name, function] : all)
            std::fprintf(stderr, " %s", name.c_str());
        std::fprintf(stderr, "\n");
        return 2;
    }
    std::vector<fs::path> inputs;
    for (int i = 2; i < argc; ++i) {
        if (fs::is_directory(argv[i])) {
            for (const auto& entry : fs::directory_iterator(argv[i]))
                if (entry.is_regular_file() && entry.path().filename() != "README.md")
                    inputs.push_back(entry.path());
        } else if (fs::exists(argv[i])) {
            inputs.push_back(argv[i]);
        }
    }
    std::size_t refused = 0;
    for (const fs::path& input : inputs) {
        std::ifstream in(input, std::ios::binary);
        const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        try {
            all.at(argv[1])(bytes);
        } catch (const hilo::UserError&) {
            ++refused; // a clear refusal is a right answer
        }
    }
    std::printf("%s: %zu inputs replayed, %zu refused with a clear error, none crashed\n", argv[1], inputs.size(), refused);
    return 0;
}
