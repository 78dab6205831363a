// The .vtt reader through the whole import pipeline (see fuzz_txt.cpp).
#include "fuzz_target.h"
#include "fuzz_import.h"

HILO_FUZZ_TARGET(vtt) { hilo::fuzz::buildTranscriptFrom(bytes, "vtt"); }
