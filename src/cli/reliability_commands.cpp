// Verbs that keep a project safe: doctor, backups, restore.
#include "command.h"
#include "json_output.h"

#include "operation_feedback.h"
#include "project/doctor.h"
#include "project/operations/maintenance_operations.h"
#include "project/project.h"
#include "project/project_backups.h"
#include "text/user_error.h"

#include <QJsonArray>

#include <iostream>

namespace hilo::cli {
namespace {

int doctor(const Arguments& args)
{
    const std::string folder = args.positional(0, "PROJECT");
    const bool repair = args.has("repair");
    // Examining only reads, so it works while another process writes.
    const DoctorReport report = examineProjectFolder(folder, repair);
    if (args.has("json")) {
        QJsonArray checks;
        for (const DoctorCheck& check : report.checks)
            checks.append(QJsonObject{{QStringLiteral("check"), qs(check.name)},
                                      {QStringLiteral("problems"), static_cast<qint64>(check.problems)},
                                      {QStringLiteral("detail"), qs(check.detail)},
                                      {QStringLiteral("repaired"), check.repaired}});
        QJsonArray actions;
        for (const std::string& action : report.actions)
            actions.append(qs(action));
        printJson(QJsonObject{{QStringLiteral("healthy"), report.healthy()},
                              {QStringLiteral("checks"), checks},
                              {QStringLiteral("actions"), actions},
                              {QStringLiteral("backup"), qs(report.backupId)}});
    } else {
        for (const DoctorCheck& check : report.checks) {
            std::cout << check.name << "\t";
            if (check.problems == 0)
                std::cout << "ok\n";
            else
                std::cout << check.problems << " problem(s): " << check.detail << (check.repaired ? " (repaired)" : "")
                          << "\n";
        }
        for (const std::string& action : report.actions)
            std::cout << "repair: " << action << "\n";
    }
    if (!report.healthy()) {
        std::cerr << "hilo doctor: " << folder
                  << (report.needsRestore() ? ": the database file is damaged; restore a backup (see above)"
                      : repair              ? ": problems remain (see above)"
                                            : ": problems found; run hilo doctor --repair")
                  << "\n";
        return 1;
    }
    return 0;
}

int backups(const Arguments& args)
{
    const std::string folder = args.positional(0, "PROJECT");
    // Works from the folder alone: backups matter most when project.db cannot be opened.
    requireProjectFolder(folder);
    const std::vector<BackupInfo> all = listBackups(folder);
    if (args.has("json")) {
        QJsonArray array;
        for (const BackupInfo& b : all)
            array.append(QJsonObject{{QStringLiteral("id"), qs(b.id)},
                                     {QStringLiteral("time"), qs(b.time)},
                                     {QStringLiteral("operation"), qs(b.operation)},
                                     {QStringLiteral("size"), static_cast<qint64>(b.size)}});
        printJson(array);
    } else {
        if (all.empty())
            std::cout << "No backups yet (one is kept before each import, merge, autocode and migration)\n";
        for (const BackupInfo& b : all)
            std::cout << b.id << "\t" << b.time << "\t" << b.operation << "\t" << b.size << " bytes\n";
    }
    return 0;
}

int restore(const Arguments& args)
{
    const std::string folder = args.positional(0, "PROJECT");
    const std::string id = args.positional(1, "ID (see hilo backups)");
    requireProjectFolder(folder);
    const ops::RestoreReport report = ops::restoreProject(folder, id, operationContext("restore", "Indexing"));
    if (args.has("json")) {
        printJson(QJsonObject{{QStringLiteral("restored"), qs(id)},
                              {QStringLiteral("previous_state"), qs(report.previousStateBackup)},
                              {QStringLiteral("damaged_database"), qs(report.damagedDatabase.string())}});
    } else if (!report.previousStateBackup.empty()) {
        std::cout << "Restored " << id << "; the state before is kept as backup " << report.previousStateBackup << "\n";
    } else {
        std::cout << "Restored " << id << " over a damaged project.db";
        if (!report.damagedDatabase.empty())
            std::cout << "; the damaged file is kept as " << report.damagedDatabase.string();
        std::cout << "\n";
    }
    return 0;
}

} // namespace

std::vector<Command> reliabilityCommands()
{
    return {
        {"doctor", "PROJECT [--repair] [--json]",
         "check the project (integrity, references, spans, index); --repair fixes what it can after a backup",
         {{}, {"repair", "json"}}, doctor},
        {"backups", "PROJECT [--json]", "list the backups kept before bulk operations and migrations",
         {{}, {"json"}}, backups},
        {"restore", "PROJECT ID [--json]", "bring back a backup (the current state is backed up first)",
         {{}, {"json"}}, restore},
    };
}

} // namespace hilo::cli
