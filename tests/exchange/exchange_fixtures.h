#pragma once
// What the exchange tests share: the demo project coded by two coders, built through the
// stores as the CLI builds it, and a description of a project in the terms a researcher
// compares (sources, codes, coders, codings), to check that two projects hold the same work.
#include "codebook/bundled_codebooks.h"
#include "project/codebook_store.h"
#include "project/coder_store.h"
#include "project/coding_store.h"
#include "project/operations/source_operations.h"
#include "project/source_store.h"

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

namespace hilo::test {

// The demo corpus with the bundled codebook; Ana and Luis code participant turns,
// sometimes the same spans with the same code (agreement), sometimes not, one with a memo.
inline void fillCodedDemo(Project& project)
{
    CodebookStore codebook(project);
    codebook.importCodebook(codebook::loadBundledCodebook("tfcsea"));
    ImportRequest request;
    for (const auto& entry : std::filesystem::directory_iterator(std::filesystem::path(HILO_DEMO_DIR) / "corpus"))
        request.files.push_back(entry.path());
    std::sort(request.files.begin(), request.files.end());
    request.attributesCsv = std::filesystem::path(HILO_DEMO_DIR) / "participants.csv";
    ops::importTranscripts(project, request);

    CoderStore coders(project);
    const std::int64_t ana = coders.add("Ana");
    const std::int64_t luis = coders.add("Luis");
    const std::int64_t embarrassment = codebook.code("Embarrassment").id;
    const std::int64_t blame = codebook.code("Fear of blame").id;
    std::vector<NewCoding> codings;
    SourceStore sources(project);
    for (const SourceSummary& summary : sources.sources()) {
        const SourceDetail source = sources.source(std::to_string(summary.id));
        for (std::size_t i = 0; i < source.turns.size(); ++i) {
            const import::Turn& turn = source.turns[i];
            if (turn.role != import::Role::Participant || turn.end - turn.speechStart < 4)
                continue;
            if (i % 3 == 0) {
                codings.push_back({source.id, embarrassment, ana, turn.speechStart, turn.end});
                codings.push_back({source.id, embarrassment, luis, turn.speechStart, turn.speechStart + (turn.end - turn.speechStart) / 2});
            }
            if (i % 4 == 1)
                codings.push_back({source.id, blame, luis, turn.speechStart, turn.end});
        }
    }
    codings.front().memo = "Ana: check this with the team (fictional memo)";
    CodingStore(project).addMany(codings);
}

// One line per source, code, coder and coding, sorted: equal descriptions mean the same work.
inline std::vector<std::string> describe(Project& project)
{
    std::vector<std::string> lines;
    for (const SourceSummary& summary : SourceStore(project).sources()) {
        const SourceDetail s = SourceStore(project).source(std::to_string(summary.id));
        std::vector<std::string> attributes;
        for (const import::Attribute& a : s.attributes)
            attributes.push_back(a.name + "=" + a.value + ":" + import::attributeTypeName(a.type));
        std::sort(attributes.begin(), attributes.end());
        std::string line = "source " + s.name + " group=" + s.groupTag + " participant=" + s.participant +
                           " language=" + s.language + " note=" + s.note + " length=" + std::to_string(s.length);
        for (const std::string& a : attributes)
            line += " " + a;
        lines.push_back(line + " text=" + s.text);
    }
    for (const CodeRecord& c : CodebookStore(project).codes())
        lines.push_back("code " + c.path + " " + c.guid + " " + c.color + " " + (c.codable ? "codable" : "grouping") +
                        " es=" + c.labelEs + " def=" + c.definition + " inc=" + c.inclusion + " exc=" + c.exclusion +
                        " ex=" + c.example + " memo=" + c.memo);
    for (const CoderRecord& c : CoderStore(project).coders())
        lines.push_back("coder " + c.name + " " + c.guid + " " + std::to_string(c.codingCount));
    for (const CodingRecord& c : CodingStore(project).list())
        lines.push_back("coding " + c.sourceName + " " + c.codePath + " " + c.coderName + " " + std::to_string(c.start) +
                        ":" + std::to_string(c.end) + " memo=" + c.memo + " guid=" + c.guid + " at=" + c.createdAt);
    std::sort(lines.begin(), lines.end());
    return lines;
}

inline std::filesystem::path refiQdaFixture(const std::string& name)
{
    return std::filesystem::path(HILO_TEST_DATA_DIR) / "refi-qda" / name;
}

} // namespace hilo::test
