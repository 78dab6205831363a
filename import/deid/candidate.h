#pragma once
// A possible identifier found by one detector, before overlaps between detectors are resolved:
// its kind and where it lies, in UTF-16 units of the scanned QString (Qt's unit; the guard
// turns them into lines and code-point columns only at the end).
#include "import/deid_guard.h"

#include <QString>

#include <vector>

namespace hilo::import::deid {

struct Candidate {
    IdentifierKind kind;
    qsizetype begin = 0;
    qsizetype end = 0;
};
using Candidates = std::vector<Candidate>;

} // namespace hilo::import::deid
