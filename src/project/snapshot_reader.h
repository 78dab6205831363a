#pragma once
// A whole Hilo project as a snapshot: for `hilo export --qdpx` and for `hilo merge`, which
// reads another project (opened read-only) this way and applies it with mergeSnapshot.
#include "import/project_snapshot.h"
#include "project.h"
#include "text/progress.h"

namespace hilo {

// Progress counts sources read; a cancel throws Cancelled between two sources.
import::ProjectSnapshot readProjectSnapshot(Project& project, const Progress& progress = {});

} // namespace hilo
