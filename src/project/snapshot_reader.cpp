#include "snapshot_reader.h"

#include "codebook_store.h"
#include "coder_store.h"
#include "source_store.h"

namespace hilo {

import::ProjectSnapshot readProjectSnapshot(Project& project, const Progress& progress)
{
    // One state throughout: a coding committed halfway would otherwise point at a source the
    // export has already passed.
    const store::ReadSnapshot consistent(project.db());
    import::ProjectSnapshot snapshot;
    snapshot.name = project.folder().stem().string();
    for (const CoderRecord& coder : CoderStore(project).coders())
        snapshot.coders.push_back({coder.guid, coder.name});
    snapshot.codebook = CodebookStore(project).exportCodebook();

    SourceStore sources(project);
    for (const GroupInfo& group : sources.groups())
        snapshot.groups.push_back({group.tag, group.label});
    auto guids = project.db().prepare("SELECT guid FROM sources WHERE id = ?1");
    const std::vector<SourceSummary> summaries = sources.sources();
    for (const SourceSummary& summary : summaries) {
        checkProgress(progress, snapshot.sources.size(), summaries.size());
        SourceDetail detail = sources.source(std::to_string(summary.id));
        import::SnapshotSource s;
        guids.bind(1, summary.id).step();
        s.guid = guids.columnText(0);
        guids.reset();
        s.name = detail.name;
        s.text = std::move(detail.text);
        s.groupTag = detail.groupTag;
        s.participant = detail.participant;
        s.language = detail.language;
        s.note = detail.note;
        s.attributes = std::move(detail.attributes);
        s.turns = std::move(detail.turns);
        s.originPath = project.folder().filename().string() + ":" + detail.name;
        s.format = detail.format;
        s.encoding = detail.encoding;
        snapshot.sources.push_back(std::move(s));
    }
    checkProgress(progress, summaries.size(), summaries.size());

    auto codings = project.db().prepare(R"sql(
        SELECT g.guid, s.guid, c.guid, u.guid, g.start, g.end, g.memo, g.created_at
        FROM codings g JOIN sources s ON s.id = g.source_id JOIN codes c ON c.id = g.code_id
                       JOIN coders u ON u.id = g.coder_id
        ORDER BY s.name, g.start, g.end, g.id)sql");
    while (codings.step())
        snapshot.codings.push_back({codings.columnText(0), codings.columnText(1), codings.columnText(2),
                                    codings.columnText(3), codings.columnInt(4), codings.columnInt(5),
                                    codings.columnText(6), codings.columnText(7)});
    return snapshot;
}

} // namespace hilo
