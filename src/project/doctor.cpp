#include "doctor.h"

#include "index/index_sync.h"
#include "project_backups.h"
#include "text/user_error.h"

namespace hilo {
namespace {

// Rows that lie outside their source: each check's count and the statement that drops them.
struct SpanRule {
    const char* name;
    const char* what;
    const char* count;
    const char* drop;
};

constexpr SpanRule kSpanRules[] = {
    {"codings", "codings outside their source's text",
     "SELECT count(*) FROM codings c JOIN sources s ON s.id = c.source_id "
     "WHERE c.start < 0 OR c.end > s.length OR c.start >= c.end",
     "DELETE FROM codings WHERE id IN (SELECT c.id FROM codings c JOIN sources s ON s.id = c.source_id "
     "WHERE c.start < 0 OR c.end > s.length OR c.start >= c.end)"},
    {"turns", "speaker turns outside their source's text",
     "SELECT count(*) FROM turns t JOIN sources s ON s.id = t.source_id "
     "WHERE t.start < 0 OR t.end > s.length OR t.start > t.speech_start OR t.speech_start > t.end",
     "DELETE FROM turns WHERE id IN (SELECT t.id FROM turns t JOIN sources s ON s.id = t.source_id "
     "WHERE t.start < 0 OR t.end > s.length OR t.start > t.speech_start OR t.speech_start > t.end)"},
    {"quotes", "quotes outside their source's text",
     "SELECT count(*) FROM quotes q JOIN sources s ON s.id = q.source_id "
     "WHERE q.start < 0 OR q.end > s.length OR q.start >= q.end",
     "DELETE FROM quotes WHERE id IN (SELECT q.id FROM quotes q JOIN sources s ON s.id = q.source_id "
     "WHERE q.start < 0 OR q.end > s.length OR q.start >= q.end)"},
};

struct Dangling {
    std::string table;
    std::int64_t rowid = 0;
    bool hasRowid = false;
};

std::vector<Dangling> foreignKeyViolations(store::Database& db)
{
    std::vector<Dangling> rows;
    auto check = db.prepare("PRAGMA foreign_key_check");
    while (check.step())
        rows.push_back({check.columnText(0), check.columnIsNull(1) ? 0 : check.columnInt(1), !check.columnIsNull(1)});
    return rows;
}

// The way back from a damaged file, naming the newest backup that is complete.
std::string restoreAdvice(const std::filesystem::path& folder)
{
    const std::vector<BackupInfo> backups = listBackups(folder);
    if (backups.empty())
        return "no complete backup is kept in " + backupFolder(folder).string() + "; restore project.db from your own copies";
    const BackupInfo& newest = backups.front();
    return "restore a backup: hilo restore " + folder.string() + " " + newest.id + " (the newest complete one, " +
           newest.operation + ", " + newest.time + "; hilo backups lists all)";
}

DoctorCheck damagedFile(const std::filesystem::path& folder, const std::string& what)
{
    return {"integrity", 1, "the database file is " + what + "; " + restoreAdvice(folder), false, false};
}

DoctorCheck integrityCheck(store::Database& db, const std::filesystem::path& folder)
{
    DoctorCheck check{"integrity", 0, "", false, false};
    try {
        auto statement = db.prepare("PRAGMA integrity_check(20)");
        std::string first;
        while (statement.step()) {
            const std::string line = statement.columnText(0);
            if (line == "ok")
                continue;
            ++check.problems;
            if (first.empty())
                first = line;
        }
        if (check.problems > 0)
            check.detail = damagedFile(folder, "damaged (" + first + ")").detail;
    } catch (const store::StoreError& e) {
        if (!e.isDamage())
            throw;
        return damagedFile(folder, "damaged (" + std::string(e.what()) + ")");
    }
    return check;
}

// Deletes rows that point to a missing parent. source_attributes has no rowid: its dangling
// rows are found by their keys instead.
std::int64_t dropDangling(store::Database& db, const std::vector<Dangling>& rows)
{
    std::int64_t dropped = 0;
    for (const Dangling& row : rows) {
        if (!row.hasRowid)
            continue;
        auto drop = db.prepare("DELETE FROM \"" + row.table + "\" WHERE rowid = ?");
        drop.bind(1, row.rowid).run();
        dropped += db.changes();
    }
    db.execute("DELETE FROM source_attributes WHERE source_id NOT IN (SELECT id FROM sources) "
               "OR attribute_id NOT IN (SELECT id FROM attributes)");
    dropped += db.changes();
    return dropped;
}

} // namespace

DoctorReport examineProjectFolder(const std::filesystem::path& folder, bool repair)
{
    try {
        Project project = Project::open(folder, repair ? Project::Access::ReadWrite : Project::Access::ReadOnly);
        return examineProject(project, repair);
    } catch (const DamagedProjectError& e) {
        DoctorReport report;
        report.checks.push_back(damagedFile(folder, e.cause()));
        if (repair)
            report.actions.push_back("nothing repaired: the database file itself is damaged; restore a backup");
        return report;
    }
}

bool DoctorReport::needsRestore() const
{
    for (const DoctorCheck& check : checks)
        if (check.name == "integrity" && check.problems > 0)
            return true;
    return false;
}

bool DoctorReport::healthy() const
{
    for (const DoctorCheck& check : checks)
        if (check.problems > 0 && !check.repaired)
            return false;
    return true;
}

DoctorReport examineProject(Project& project, bool repair)
{
    if (repair && project.readOnly())
        throw UserError(project.folder().string() + ": opened read-only; cannot repair");
    store::Database& db = project.db();
    DoctorReport report;

    report.checks.push_back(integrityCheck(db, project.folder()));
    // Rows cannot be trusted, or even read, in a damaged file: the way back is a backup.
    if (report.checks.back().problems > 0) {
        if (repair)
            report.actions.push_back("nothing repaired: the database file itself is damaged; restore a backup");
        return report;
    }

    const std::vector<Dangling> dangling = foreignKeyViolations(db);
    report.checks.push_back({"foreign_keys", static_cast<std::int64_t>(dangling.size()),
                             dangling.empty() ? "" : "rows that refer to a deleted source, code or coder", true, false});
    for (const SpanRule& rule : kSpanRules) {
        const std::int64_t n = db.queryInt(rule.count);
        report.checks.push_back({rule.name, n, n ? rule.what : "", true, false});
    }
    bool fresh = false;
    try {
        fresh = indexIsFresh(project);
    } catch (const std::exception&) {
        fresh = false;
    }
    // Up to date is not enough: a damaged table opens fine and fails the first search.
    const bool sound = fresh && indexIsSound(project);
    report.checks.push_back({"index", sound ? 0 : 1,
                             !fresh  ? "the search index is missing or out of date"
                             : sound ? ""
                                     : "the search index is damaged",
                             true, false});

    if (!repair)
        return report;

    bool rowsToDrop = false;
    for (const DoctorCheck& check : report.checks)
        if (check.name != "index" && check.name != "integrity" && check.problems > 0)
            rowsToDrop = true;
    if (rowsToDrop) {
        report.backupId = backupDatabase(db, project.folder(), "before-doctor").id;
        report.actions.push_back("backed up the database as " + report.backupId);
        store::Transaction transaction(db);
        // The span checks first: a dropped coding may leave a quote's coding_id to be nulled,
        // which its foreign key does itself.
        for (std::size_t i = 0; i < std::size(kSpanRules); ++i) {
            DoctorCheck& check = report.checks[2 + i];
            if (check.problems == 0)
                continue;
            db.execute(kSpanRules[i].drop);
            report.actions.push_back("dropped " + std::to_string(db.changes()) + " " + check.detail);
            check.repaired = true;
        }
        if (!dangling.empty()) {
            const std::int64_t dropped = dropDangling(db, foreignKeyViolations(db));
            report.actions.push_back("dropped " + std::to_string(dropped) + " rows that referred to missing rows");
            report.checks[1].repaired = foreignKeyViolations(db).empty();
        }
        transaction.commit();
    }
    // Always after dropping rows: their sources are queued for re-indexing by the triggers.
    if (report.checks.back().problems > 0 || rowsToDrop) {
        const IndexSyncReport sync = fresh && !sound ? rebuildIndex(project) : syncIndex(project);
        report.actions.push_back(sync.rebuilt ? "rebuilt the search index"
                                              : "brought the search index up to date (" +
                                                    std::to_string(sync.sourcesIndexed) + " sources)");
        report.checks.back().repaired = indexIsFresh(project);
    }
    return report;
}

} // namespace hilo
