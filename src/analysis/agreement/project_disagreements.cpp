#include "analysis/agreement/project_disagreements.h"

#include "project/codebook_store.h"
#include "project/coder_store.h"
#include "project/source_store.h"
#include "text/unicode_text.h"
#include "text/user_error.h"

#include <map>
#include <set>

namespace hilo::analysis {

DisagreementReport projectDisagreements(Project& project, const DisagreementRequest& request)
{
    if (request.coders.size() < 2)
        throw UserError("disagreements need at least two coders (give them as --coders ana,ben)");
    if (request.coders.size() > 16)
        throw UserError("disagreements compare at most 16 coders at a time");
    DisagreementReport report;
    CoderStore coderStore(project);
    std::map<std::int64_t, std::size_t> coderIndex;
    for (const std::string& name : request.coders) {
        const CoderRecord coder = coderStore.require(name);
        if (!coderIndex.emplace(coder.id, report.coders.size()).second)
            throw UserError("coder '" + coder.name + "' is named twice in --coders");
        report.coders.push_back(coder.name);
    }
    CodebookStore codebook(project);
    const CodeRecord code = codebook.code(request.code);
    report.codeId = code.id;
    report.code = code.path;
    std::set<std::int64_t> codeIds{code.id};
    if (request.includeSubcodes)
        for (const std::int64_t id : codebook.subtreeIds(code.id))
            codeIds.insert(id);

    // The sources: the one asked for, or those every chosen coder has coded (any code), the
    // rule project_agreement.h explains.
    SourceStore sources(project);
    std::vector<std::int64_t> sourceIds;
    if (request.source) {
        sourceIds.push_back(sources.source(*request.source).id);
    } else {
        std::map<std::int64_t, std::set<std::size_t>> codersOf;
        auto statement = project.db().prepare("SELECT DISTINCT source_id, coder_id FROM codings");
        while (statement.step())
            if (const auto c = coderIndex.find(statement.columnInt(1)); c != coderIndex.end())
                codersOf[statement.columnInt(0)].insert(c->second);
        for (const SourceSummary& s : sources.sources())
            if (codersOf[s.id].size() == coderIndex.size())
                sourceIds.push_back(s.id);
    }

    auto codings = project.db().prepare("SELECT code_id, coder_id, start, end FROM codings WHERE source_id = ?");
    for (const std::int64_t sourceId : sourceIds) {
        std::vector<std::vector<Span>> spans(coderIndex.size());
        codings.bind(1, sourceId);
        while (codings.step()) {
            const auto c = coderIndex.find(codings.columnInt(1));
            if (c != coderIndex.end() && codeIds.count(codings.columnInt(0)))
                spans[c->second].push_back({codings.columnInt(2), codings.columnInt(3)});
        }
        codings.reset();
        const SourceDetail source = sources.source(std::to_string(sourceId));
        report.compared.push_back(source.name);
        SourceDisagreements found;
        found.items = findDisagreements(spans);
        if (found.items.empty())
            continue;
        found.sourceId = source.id;
        found.source = source.name;
        found.groupTag = source.groupTag;
        for (const Disagreement& d : found.items) {
            RegionText t;
            t.text = text::slice(source.text, d.region.start, d.region.end);
            for (const DifferingRun& run : d.runs)
                t.runs.push_back(text::slice(source.text, run.span.start, run.span.end));
            found.texts.push_back(std::move(t));
        }
        report.sources.push_back(std::move(found));
    }
    return report;
}

} // namespace hilo::analysis
