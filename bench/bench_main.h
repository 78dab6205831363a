#pragma once
// The benchmarks of hilo-bench, one function each, taking the arguments after their name.
#include <string>
#include <vector>

namespace hilo::bench {

int runSearchBench(const std::vector<std::string>& args);
int runMatrixBench(const std::vector<std::string>& args);
int runGuardBench(const std::vector<std::string>& args);

} // namespace hilo::bench
