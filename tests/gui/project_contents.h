#pragma once
// What a researcher would call "the same project": every source with its text, turns and
// attributes, every code with its fields, every coder and coding, named by what they are (a
// source's name, a code's path, a coder's name), not by ids, GUIDs or times, which differ between
// two projects that went through the same steps. Also the backups kept (their operations, newest
// first) and what the search index finds for a set of queries.
#include "index/search.h"
#include "project/project.h"
#include "project/project_backups.h"

#include <filesystem>
#include <string>
#include <vector>

namespace hilo::test {

inline std::vector<std::string> rowsOf(Project& project, const std::string& sql, int columns)
{
    std::vector<std::string> rows;
    auto statement = project.db().prepare(sql);
    while (statement.step()) {
        std::string row;
        for (int column = 0; column < columns; ++column)
            row += statement.columnText(column) + "|";
        rows.push_back(row);
    }
    return rows;
}

inline std::vector<std::string> projectContents(const std::filesystem::path& folder)
{
    Project project = Project::open(folder, Project::Access::ReadOnly);
    std::vector<std::string> contents;
    const auto add = [&](const std::string& table, const std::string& sql, int columns) {
        for (const std::string& row : rowsOf(project, sql, columns))
            contents.push_back(table + ": " + row);
    };
    add("source", "SELECT s.name, g.tag, s.participant, s.language, s.text, s.content_hash FROM sources s "
                  "JOIN groups g ON g.id = s.group_id ORDER BY s.name", 6);
    add("turn", "SELECT s.name, t.ordinal, t.start, t.speech_start, t.end, t.speaker, t.role FROM turns t "
                "JOIN sources s ON s.id = t.source_id ORDER BY s.name, t.ordinal", 7);
    add("attribute", "SELECT s.name, a.name, a.type, v.value FROM source_attributes v JOIN sources s ON s.id = v.source_id "
                     "JOIN attributes a ON a.id = v.attribute_id ORDER BY s.name, a.name", 4);
    add("code", "SELECT c.name, p.name, c.position, c.definition, c.color FROM codes c LEFT JOIN codes p ON p.id = c.parent_id "
                "ORDER BY p.name, c.position, c.name", 5);
    add("coder", "SELECT name FROM coders ORDER BY name", 1);
    add("coding", "SELECT s.name, c.name, k.name, g.start, g.end, g.memo FROM codings g JOIN sources s ON s.id = g.source_id "
                  "JOIN codes c ON c.id = g.code_id JOIN coders k ON k.id = g.coder_id "
                  "ORDER BY s.name, g.start, g.end, c.name, k.name", 6);
    return contents;
}

inline std::vector<std::string> backupOperations(const std::filesystem::path& folder)
{
    std::vector<std::string> operations;
    for (const BackupInfo& backup : listBackups(folder))
        operations.push_back(backup.operation);
    return operations;
}

// Each query's total, and each hit as kind, source, span and codes, in rank order.
inline std::vector<std::string> indexAnswers(const std::filesystem::path& folder, const std::vector<std::string>& queries)
{
    Project project = Project::open(folder, Project::Access::ReadOnly);
    SearchSession session(project);
    std::vector<std::string> answers;
    for (const std::string& query : queries) {
        const SearchResults results = session.search(query, {.limit = 1000});
        answers.push_back(query + ": " + std::to_string(results.total));
        for (const SearchHit& hit : results.hits) {
            std::string line = "  " + hit.kind + " " + hit.sourceName + " " + std::to_string(hit.start) + ":" +
                               std::to_string(hit.end) + " " + hit.coder;
            for (const std::string& code : hit.codes)
                line += " [" + code + "]";
            answers.push_back(line);
        }
    }
    return answers;
}

} // namespace hilo::test
