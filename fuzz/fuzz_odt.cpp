// The .odt reader through the whole import pipeline (see fuzz_txt.cpp).
#include "fuzz_target.h"
#include "fuzz_import.h"

HILO_FUZZ_TARGET(odt) { hilo::fuzz::buildTranscriptFrom(bytes, "odt"); }
