#include "source_operations.h"

#include "write_policy.h"

namespace hilo::ops {

ImportReport importTranscripts(Project& project, const ImportRequest& request, const OperationContext& context)
{
    requireWritable(project, "import");
    const PreparedImport prepared = prepareImport(project, request, context.progress);
    if (prepared.transcripts.empty()) // every file is already in the project: nothing to write
        return writeImport(project, prepared);
    ImportReport report = writeWithBackup(project, "import", context, [&] { return writeImport(project, prepared); });
    // Told once the sources are saved: what was replaced to read them (--replace-invalid-bytes).
    if (context.warn)
        for (const std::string& warning : report.warnings)
            context.warn(warning);
    return report;
}

} // namespace hilo::ops
