// The .md reader through the whole import pipeline (see fuzz_txt.cpp).
#include "fuzz_target.h"
#include "fuzz_import.h"

HILO_FUZZ_TARGET(md) { hilo::fuzz::buildTranscriptFrom(bytes, "md"); }
