#include "source_operations.h"

#include "write_policy.h"

namespace hilo::ops {

ImportReport importTranscripts(Project& project, const ImportRequest& request, const OperationContext& context)
{
    requireWritable(project, "import");
    const PreparedImport prepared = prepareImport(project, request, context.progress);
    if (prepared.transcripts.empty()) // every file is already in the project: nothing to write
        return writeImport(project, prepared);
    return writeWithBackup(project, "import", context, [&] { return writeImport(project, prepared); });
}

} // namespace hilo::ops
