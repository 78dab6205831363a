// Participant attribute tables (`hilo import --attributes participants.csv`).
#include "fuzz_target.h"

#include "import/attribute_table.h"

HILO_FUZZ_TARGET(attributes_csv) { hilo::import::AttributeTable::read(hilo::fuzz::scratchFile(bytes, "csv")); }
