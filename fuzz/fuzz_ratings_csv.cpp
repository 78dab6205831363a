// Ratings files for `hilo agreement --ratings`.
#include "fuzz_target.h"

#include "analysis/agreement/ratings_file.h"

HILO_FUZZ_TARGET(ratings_csv) { hilo::analysis::readRatingsCsv(hilo::fuzz::scratchFile(bytes, "csv")); }
