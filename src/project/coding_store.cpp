#include "coding_store.h"

#include "codebook/codebook.h"
#include "codebook_store.h"
#include "coder_store.h"
#include "row_stamps.h"
#include "source_store.h"
#include "text/user_error.h"

#include <map>

namespace hilo {
namespace {

struct CodeInfo {
    std::string path;
    std::string color; // own colour, else the nearest ancestor's
    bool codable = true;
};

std::map<std::int64_t, CodeInfo> codeInfo(Project& project)
{
    std::map<std::int64_t, CodeInfo> info;
    for (const CodeRecord& r : CodebookStore(project).codes(CodebookStore::Counts::Omitted)) {
        std::string color = r.color;
        if (color.empty() && r.parentId)
            color = info[*r.parentId].color; // parents come first in depth-first order
        info[r.id] = {r.path, color, r.codable};
    }
    return info;
}

} // namespace

std::int64_t CodingStore::add(const NewCoding& coding)
{
    const std::vector<std::int64_t> ids = addMany({coding});
    if (ids.empty()) {
        const CodingRecord existing = list({std::to_string(coding.sourceId), std::to_string(coding.codeId), std::nullopt, std::nullopt}).front();
        throw UserError("this coder already has code '" + existing.codePath + "' on " + std::to_string(coding.start) +
                        ":" + std::to_string(coding.end) + " of " + existing.sourceName);
    }
    return ids.front();
}

std::vector<std::int64_t> CodingStore::addMany(const std::vector<NewCoding>& codings)
{
    store::Database& db = project_.db();
    const std::map<std::int64_t, CodeInfo> codes = codeInfo(project_);
    std::map<std::int64_t, std::pair<std::string, std::int64_t>> sources; // id -> name, length
    {
        auto query = db.prepare("SELECT id, name, length FROM sources");
        while (query.step())
            sources[query.columnInt(0)] = {query.columnText(1), query.columnInt(2)};
    }
    for (const NewCoding& c : codings) {
        const auto source = sources.find(c.sourceId);
        if (source == sources.end())
            throw UserError("no source with id " + std::to_string(c.sourceId));
        const auto code = codes.find(c.codeId);
        if (code == codes.end())
            throw UserError("no code with id " + std::to_string(c.codeId));
        if (!code->second.codable)
            throw UserError("code '" + code->second.path + "' only groups other codes and cannot be applied");
        if (c.start < 0 || c.end <= c.start || c.end > source->second.second)
            throw UserError("span " + std::to_string(c.start) + ":" + std::to_string(c.end) + " is not within " +
                            source->second.first + ", which has " + std::to_string(source->second.second) +
                            " characters (spans are START:END in code points, END after START)");
        if (db.queryInt("SELECT count(*) FROM coders WHERE id = " + std::to_string(c.coderId)) == 0)
            throw UserError("no coder with id " + std::to_string(c.coderId));
    }

    store::Transaction transaction(db);
    auto insert = db.prepare(
        "INSERT OR IGNORE INTO codings(guid, source_id, code_id, coder_id, start, end, memo, created_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    const std::string created = timestampNow();
    std::vector<std::int64_t> ids;
    for (const NewCoding& c : codings) {
        insert.bind(1, codebook::newGuid()).bind(2, c.sourceId).bind(3, c.codeId).bind(4, c.coderId);
        insert.bind(5, c.start).bind(6, c.end).bind(7, c.memo).bind(8, created);
        insert.run();
        if (db.changes() > 0)
            ids.push_back(db.lastInsertId());
    }
    transaction.commit();
    return ids;
}

void CodingStore::remove(std::int64_t codingId)
{
    store::Transaction transaction(project_.db());
    project_.db().prepare("DELETE FROM codings WHERE id = ?1").bind(1, codingId).run();
    if (project_.db().changes() == 0)
        throw UserError("no coding with id " + std::to_string(codingId));
    transaction.commit();
}

std::vector<CodingRecord> CodingStore::list(const CodingFilter& filter)
{
    std::string sql = R"sql(
        SELECT g.id, g.guid, g.source_id, s.name, gr.tag, g.code_id, g.coder_id, u.name, g.start, g.end, g.memo,
               g.created_at, substr(s.text, g.start + 1, g.end - g.start)
        FROM codings g
        JOIN sources s ON s.id = g.source_id
        JOIN groups gr ON gr.id = s.group_id
        JOIN coders u ON u.id = g.coder_id
        WHERE 1)sql";
    if (filter.source)
        sql += " AND g.source_id = " + std::to_string(SourceStore(project_).source(*filter.source).id);
    if (filter.code) {
        std::string ids;
        CodebookStore codebook(project_);
        for (const std::int64_t id : codebook.subtreeIds(codebook.code(*filter.code).id))
            ids += (ids.empty() ? "" : ",") + std::to_string(id);
        sql += " AND g.code_id IN (" + ids + ")";
    }
    if (filter.coder)
        sql += " AND g.coder_id = " + std::to_string(CoderStore(project_).require(*filter.coder).id);
    if (filter.group) {
        const std::optional<GroupInfo> group = SourceStore(project_).findGroup(*filter.group);
        if (!group)
            throw UserError("no group " + *filter.group);
        sql += " AND s.group_id = " + std::to_string(group->id);
    }
    sql += " ORDER BY s.name COLLATE NOCASE, g.start, g.end, g.id";

    const std::map<std::int64_t, CodeInfo> codes = codeInfo(project_);
    auto query = project_.db().prepare(sql);
    std::vector<CodingRecord> result;
    while (query.step()) {
        CodingRecord r;
        r.id = query.columnInt(0);
        r.guid = query.columnText(1);
        r.sourceId = query.columnInt(2);
        r.sourceName = query.columnText(3);
        r.groupTag = query.columnText(4);
        r.codeId = query.columnInt(5);
        r.coderId = query.columnInt(6);
        r.coderName = query.columnText(7);
        r.start = query.columnInt(8);
        r.end = query.columnInt(9);
        r.memo = query.columnText(10);
        r.createdAt = query.columnText(11);
        r.text = query.columnText(12);
        const CodeInfo& code = codes.at(r.codeId);
        r.codePath = code.path;
        r.codeColor = code.color;
        result.push_back(std::move(r));
    }
    return result;
}

std::vector<CodingRecord> CodingStore::forSource(std::int64_t sourceId)
{
    return list({std::to_string(sourceId), std::nullopt, std::nullopt, std::nullopt});
}

std::int64_t CodingStore::count()
{
    return project_.db().queryInt("SELECT count(*) FROM codings");
}

} // namespace hilo
