#include "project_exchange.h"

#include "project/project_backups.h"

#include "import/qdpx_reader.h"
#include "import/qdpx_writer.h"
#include "project/snapshot_merger.h"
#include "project/snapshot_reader.h"
#include "project_session.h"
#include "text/user_error.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStringList>

#include <optional>

namespace hilo::ui {
namespace {

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

// A window-modal progress dialog for work done in a few steps on the GUI thread: each step
// updates the label and lets the window repaint before the work goes on.
class StepProgress {
public:
    StepProgress(QWidget* window, int steps) : dialog_(QString(), QString(), 0, steps, window)
    {
        dialog_.setWindowModality(Qt::WindowModal);
        dialog_.setMinimumDuration(0);
    }
    ~StepProgress() { dialog_.setValue(dialog_.maximum()); }
    StepProgress(const StepProgress&) = delete;
    StepProgress& operator=(const StepProgress&) = delete;

    void step(const QString& label)
    {
        dialog_.setLabelText(label);
        dialog_.setValue(step_++);
        QApplication::processEvents();
    }

private:
    QProgressDialog dialog_;
    int step_ = 0;
};

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

bool ProjectExchange::importQdpx(const QString& file)
{
    if (session_ == nullptr)
        return false;
    StepProgress progress(window_, 2);
    progress.step(tr("Reading and checking %1…").arg(file));
    std::optional<import::ProjectSnapshot> snapshot;
    try {
        snapshot = import::readQdpx(file.toStdString());
        // A bulk change: keep the project as it was (Study.hilo/backups/, `hilo restore`).
        if (!session_->readOnly())
            backupDatabase(session_->project().db(), session_->project().folder(), "before-import");
    } catch (const std::exception& e) {
        report_ = QString::fromStdString(e.what());
        show(tr("Import REFI-QDA Project"), false);
        return false;
    }
    progress.step(tr("Adding to the project…"));
    MergeReport report;
    QString error;
    MergeOptions options;
    options.guardNewSources = true; // flags refuse the import; `hilo import --accept-flags` can accept them
    const bool ok = session_->run(
        tr("Import REFI-QDA Project"), [&] { report = mergeSnapshot(session_->project(), *snapshot, options); }, &error);
    report_ = ok ? summary(report) : error;
    if (ok)
        Q_EMIT sourcesChanged();
    show(tr("Import REFI-QDA Project"), ok);
    return ok;
}

bool ProjectExchange::exportQdpx(const QString& file)
{
    if (session_ == nullptr)
        return false;
    try {
        StepProgress progress(window_, 2);
        progress.step(tr("Reading the project…"));
        const import::ProjectSnapshot snapshot = readProjectSnapshot(session_->project());
        progress.step(tr("Writing %1…").arg(file));
        import::writeQdpx(snapshot, file.toStdString());
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

bool ProjectExchange::mergeCopy(const QString& folder)
{
    if (session_ == nullptr)
        return false;
    StepProgress progress(window_, 2);
    progress.step(tr("Reading %1…").arg(folder));
    std::optional<import::ProjectSnapshot> snapshot;
    try {
        Project other = Project::open(folder.toStdString(), Project::Access::ReadOnly);
        snapshot = readProjectSnapshot(other);
        if (!session_->readOnly())
            backupDatabase(session_->project().db(), session_->project().folder(), "before-merge");
    } catch (const std::exception& e) {
        report_ = QString::fromStdString(e.what());
        show(tr("Merge Coder's Copy"), false);
        return false;
    }
    progress.step(tr("Adding to the project…"));
    MergeReport report;
    QString error;
    const bool ok = session_->run(tr("Merge Coder's Copy"), [&] { report = mergeSnapshot(session_->project(), *snapshot); },
                                  &error);
    report_ = ok ? summary(report) : error;
    if (ok)
        Q_EMIT sourcesChanged();
    show(tr("Merge Coder's Copy"), ok);
    return ok;
}

} // namespace hilo::ui
