#pragma once
// `hilo-bench agreement`: see agreement_bench.cpp.

// argv[0] is the subcommand; options follow.
int runAgreementBench(int argc, char** argv);
