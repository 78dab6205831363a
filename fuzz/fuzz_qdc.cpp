// REFI-QDA codebooks (.qdc), as `hilo codebook import` reads them.
#include "fuzz_target.h"

#include "codebook/codebook_formats.h"

HILO_FUZZ_TARGET(qdc) { hilo::codebook::readQdc(bytes, "fuzz.qdc"); }
