// Codebook CSV files, as `hilo codebook import` reads them.
#include "fuzz_target.h"

#include "codebook/codebook_formats.h"

HILO_FUZZ_TARGET(codebook_csv) { hilo::codebook::readCodebookCsv(bytes, "fuzz.csv"); }
