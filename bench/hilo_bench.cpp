// hilo-bench: Hilo's performance targets, measured on seeded synthetic corpora and reported as
// ratios to baselines run in the same process (README.md, "Performance").
//   hilo-bench search [--transcripts N] [--words W] [--spanish SHARE] [--codings C] [--coders K] [--seed S]
//                     [--keep] [--search-only]
//   hilo-bench agreement ...   (agreement_bench.cpp)
//   hilo-bench matrix [--transcripts N] [--words W] [--seed S]
//   hilo-bench guard [--corpus FOLDER] [--clean FILE] [--rounds N]   (guard_bench.cpp)
#include "agreement_bench.h"
#include "bench_main.h"

#include <cstdio>
#include <exception>
#include <string>
#include <vector>

int main(int argc, char** argv)
{
    std::vector<std::string> args(argv + 1, argv + argc);
    const std::string which = args.empty() || args.front().rfind("--", 0) == 0 ? "search" : args.front();
    if (which == "agreement")
        return runAgreementBench(argc - 1, argv + 1);
    if (!args.empty() && args.front() == which)
        args.erase(args.begin());
    try {
        if (which == "search")
            return hilo::bench::runSearchBench(args);
        if (which == "matrix")
            return hilo::bench::runMatrixBench(args);
        if (which == "guard")
            return hilo::bench::runGuardBench(args);
        std::fprintf(stderr, "hilo-bench: unknown benchmark %s (try: search, agreement, matrix, guard)\n",
                     which.c_str());
        return 2;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "hilo-bench %s: %s\n", which.c_str(), e.what());
        return 1;
    }
}
