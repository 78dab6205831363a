#include "project_exchange.h"

#include "import/qdpx_reader.h"
#include "import/qdpx_writer.h"
#include "progress_runner.h"
#include "project/project_backups.h"
#include "project/snapshot_merger.h"
#include "project/snapshot_reader.h"
#include "project_session.h"
#include "text/user_error.h"

#include <QAction>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QStringList>

#include <filesystem>
#include <limits>
#include <optional>

namespace hilo::ui {
namespace {

namespace fs = std::filesystem;

QString q(const std::string& utf8)
{
    return QString::fromStdString(utf8);
}

QString summary(const MergeReport& report)
{
    QStringList lines;
    lines << QObject::tr("Sources: %1 matched, %2 new").arg(report.sourcesMatched.size()).arg(report.sourcesAdded.size())
          << QObject::tr("Codes: %1 matched, %2 new").arg(report.codesMatched.size()).arg(report.codesAdded.size())
          << QObject::tr("Coders: %1 matched, %2 new").arg(report.codersMatched.size()).arg(report.codersAdded.size())
          << QObject::tr("Codings: %1 new, %2 already present, %3 unmatched")
                 .arg(report.codingsAdded)
                 .arg(report.codingsPresent)
                 .arg(report.unmatched.size());
    if (!report.offsetReading.empty())
        lines << QObject::tr("Positions read as %1").arg(q(report.offsetReading));
    for (const import::SkippedSource& skipped : report.skippedSources)
        lines << QObject::tr("Skipped %1: %2").arg(q(skipped.name), q(skipped.reason));
    for (const std::string& line : report.unmatched)
        lines << QObject::tr("Unmatched %1").arg(q(line));
    for (const std::string& line : report.warnings)
        lines << QObject::tr("Warning: %1").arg(q(line));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

ProjectExchange::ProjectExchange(QWidget* window)
    : QObject(window),
      window_(window),
      import_(new QAction(tr("&Import REFI-QDA Project…"), this)),
      export_(new QAction(tr("&Export REFI-QDA Project…"), this)),
      merge_(new QAction(tr("&Merge Coder's Copy…"), this))
{
    connect(import_, &QAction::triggered, this, [this] {
        if (const QString file = choose(Choice::ImportFile); !file.isEmpty())
            importQdpx(file);
    });
    connect(export_, &QAction::triggered, this, [this] {
        if (const QString file = choose(Choice::ExportFile); !file.isEmpty())
            exportQdpx(file);
    });
    connect(merge_, &QAction::triggered, this, [this] {
        if (const QString folder = choose(Choice::MergeFolder); !folder.isEmpty())
            mergeCopy(folder);
    });
    updateActions();
}

void ProjectExchange::setSession(ProjectSession* session)
{
    session_ = session;
    updateActions();
}

void ProjectExchange::addActionsTo(QMenu* menu)
{
    import_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    export_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    merge_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    menu->addAction(import_);
    menu->addAction(export_);
    menu->addAction(merge_);
}

void ProjectExchange::updateActions()
{
    const bool writable = session_ != nullptr && !session_->readOnly();
    import_->setEnabled(writable);
    merge_->setEnabled(writable);
    export_->setEnabled(session_ != nullptr);
}

QString ProjectExchange::choose(Choice choice)
{
    if (chooser_)
        return chooser_(choice);
    const QString filter = tr("REFI-QDA projects (*.qdpx)");
    switch (choice) {
    case Choice::ImportFile:
        return QFileDialog::getOpenFileName(window_, tr("Import a REFI-QDA project"), QString(), filter);
    case Choice::ExportFile: {
        QString file = QFileDialog::getSaveFileName(window_, tr("Export as a REFI-QDA project"), QString(), filter);
        if (!file.isEmpty() && !file.endsWith(QStringLiteral(".qdpx"), Qt::CaseInsensitive))
            file += QStringLiteral(".qdpx");
        return file;
    }
    case Choice::MergeFolder:
        return QFileDialog::getExistingDirectory(window_, tr("Merge a coder's copy of this project"));
    }
    return {};
}

void ProjectExchange::show(const QString& title, bool ok)
{
    // Window-modal and non-blocking, like the window's other messages.
    auto* box = new QMessageBox(ok ? QMessageBox::Information : QMessageBox::Warning, title, report_,
                                QMessageBox::Ok, window_);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool ProjectExchange::bringIn(const QString& title, const QString& from, const std::string& backupName,
                              const std::function<import::ProjectSnapshot(const Progress&)>& read,
                              const MergeOptions& options)
{
    cancelled_ = false;
    Project& project = session_->project();
    const fs::path backups = backupFolder(project.folder());
    const bool hadBackups = fs::exists(backups);
    std::optional<BackupInfo> backup;
    // Drops the backup taken for work that changed nothing, and the folder made for it.
    const auto dropBackup = [&] {
        std::error_code ignored;
        if (backup)
            fs::remove(backup->file, ignored);
        if (!hadBackups)
            fs::remove(backups, ignored); // only if empty
        backup.reset();
    };

    ProgressRunner runner(window_, tr("Reading %1…").arg(from));
    runner.cancelAtStep(cancelAtStep_);
    MergeReport report;
    QString error;
    // One undoable step; reading and merging run on a worker while the session waits.
    const bool ok = session_->run(
        title,
        [&] {
            const bool finished = runner.run([&](const Progress& progress) {
                const import::ProjectSnapshot snapshot = read(ProgressRunner::phase(progress, 0, 2));
                // A bulk change: keep the project as it was (Study.hilo/backups/, `hilo restore`).
                // No rotation yet, so a cancel that drops this backup has cost no older one.
                backup = backupDatabase(project.db(), project.folder(), backupName, std::numeric_limits<int>::max());
                report = mergeSnapshot(project, snapshot, options, ProgressRunner::phase(progress, 1, 2));
            });
            if (!finished) {
                cancelled_ = true;
                throw Cancelled(); // the worker rolled its transaction back; nothing to undo
            }
        },
        &error);
    if (!ok) {
        dropBackup();
        report_ = cancelled_ ? tr("%1 cancelled; the project is unchanged.").arg(title) : error;
        if (!cancelled_)
            show(title, false);
        return false;
    }
    pruneBackups(project.folder());
    report_ = summary(report);
    Q_EMIT sourcesChanged();
    show(title, true);
    return true;
}

bool ProjectExchange::importQdpx(const QString& file)
{
    if (session_ == nullptr)
        return false;
    MergeOptions options;
    options.guardNewSources = true; // flags refuse the import; `hilo import --accept-flags` can accept them
    return bringIn(tr("Import REFI-QDA Project"), file, "before-import",
                   [&](const Progress& progress) { return import::readQdpx(file.toStdString(), {}, progress); },
                   options);
}

bool ProjectExchange::mergeCopy(const QString& folder)
{
    if (session_ == nullptr)
        return false;
    return bringIn(tr("Merge Coder's Copy"), folder, "before-merge",
                   [&](const Progress& progress) {
                       Project other = Project::open(folder.toStdString(), Project::Access::ReadOnly);
                       return readProjectSnapshot(other, progress);
                   },
                   {});
}

bool ProjectExchange::exportQdpx(const QString& file)
{
    if (session_ == nullptr)
        return false;
    cancelled_ = false;
    ProgressRunner runner(window_, tr("Writing %1…").arg(file));
    runner.cancelAtStep(cancelAtStep_);
    try {
        import::ProjectSnapshot snapshot;
        // The archive is written beside its destination and renamed into place only when
        // complete: a cancel or a failure leaves no file there (or the one that was there).
        if (!runner.run([&](const Progress& progress) {
                snapshot = readProjectSnapshot(session_->project(), ProgressRunner::phase(progress, 0, 2));
                import::writeQdpx(snapshot, file.toStdString(), ProgressRunner::phase(progress, 1, 2));
            })) {
            cancelled_ = true;
            report_ = tr("Export cancelled; nothing was written.");
            return false;
        }
        report_ = tr("Wrote %1: %2 sources, %3 coders, %4 codings")
                      .arg(file)
                      .arg(snapshot.sources.size())
                      .arg(snapshot.coders.size())
                      .arg(snapshot.codings.size());
    } catch (const std::exception& e) {
        report_ = QString::fromStdString(e.what());
        show(tr("Export REFI-QDA Project"), false);
        return false;
    }
    show(tr("Export REFI-QDA Project"), true);
    return true;
}

} // namespace hilo::ui
