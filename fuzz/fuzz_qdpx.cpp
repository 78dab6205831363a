// REFI-QDA projects (.qdpx): the archive checks, project.qde, sources and selection positions.
#include "fuzz_target.h"

#include "import/qdpx_reader.h"

HILO_FUZZ_TARGET(qdpx) { hilo::import::readQdpx(hilo::fuzz::scratchFile(bytes, "qdpx")); }
