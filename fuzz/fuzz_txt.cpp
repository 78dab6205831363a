// Plain text through the whole import pipeline, charset detection included.
#include "fuzz_target.h"
#include "fuzz_import.h"

HILO_FUZZ_TARGET(txt) { hilo::fuzz::buildTranscriptFrom(bytes, "txt"); }
