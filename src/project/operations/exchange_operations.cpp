#include "exchange_operations.h"

#include "import/qdpx_reader.h"
#include "import/qdpx_writer.h"
#include "project/snapshot_reader.h"
#include "write_policy.h"

#include <algorithm>
#include <cctype>

namespace hilo::ops {
namespace {

MergeReport mergeSnapshotIn(Project& project, const import::ProjectSnapshot& snapshot, const MergeOptions& options,
                            const std::string& operation, const OperationContext& context)
{
    return writeWithBackup(project, operation, context, [&] {
        return mergeSnapshot(project, snapshot, options, progressPhase(context.progress, 1, 2));
    });
}

} // namespace

bool isQdpxFile(const std::filesystem::path& path)
{
    std::string extension = path.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension == ".qdpx";
}

MergeReport importQdpx(Project& project, const std::filesystem::path& file, MergeOptions options,
                       const OperationContext& context)
{
    requireWritable(project, "import");
    const import::ProjectSnapshot snapshot = import::readQdpx(file.string(), {}, progressPhase(context.progress, 0, 2));
    options.guardNewSources = true; // text from another tool, never checked by this project
    return mergeSnapshotIn(project, snapshot, options, "import", context);
}

MergeReport mergeFrom(Project& project, const std::filesystem::path& other, MergeOptions options,
                      const OperationContext& context)
{
    requireWritable(project, "merge into it");
    import::ProjectSnapshot snapshot;
    if (isQdpxFile(other)) {
        snapshot = import::readQdpx(other.string(), {}, progressPhase(context.progress, 0, 2));
        options.guardNewSources = true;
    } else {
        Project copy = Project::open(other, Project::Access::ReadOnly);
        snapshot = readProjectSnapshot(copy, progressPhase(context.progress, 0, 2));
    }
    return mergeSnapshotIn(project, snapshot, options, "merge", context);
}

ExportSummary exportQdpx(Project& project, const std::filesystem::path& file, const OperationContext& context)
{
    const import::ProjectSnapshot snapshot = readProjectSnapshot(project, progressPhase(context.progress, 0, 2));
    import::writeQdpx(snapshot, file.string(), progressPhase(context.progress, 1, 2));
    return {snapshot.sources.size(), codebook::flatten(snapshot.codebook).size(), snapshot.coders.size(),
            snapshot.codings.size()};
}

} // namespace hilo::ops
