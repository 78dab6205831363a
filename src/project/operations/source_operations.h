#pragma once
// Operations on a project's transcripts, as File ▸ Import Transcripts and `hilo import` run them.
#include "operation_context.h"
#include "project/importer.h"
#include "project/project.h"

namespace hilo::ops {

// Reads and checks every file, then (only if all are good) backs the project up and writes them
// in one transaction, then updates the search index. Progress counts files read. A refused
// file (UserError naming it) or a cancel leaves the project and its backups as they were.
ImportReport importTranscripts(Project& project, const ImportRequest& request, const OperationContext& context = {});

} // namespace hilo::ops
