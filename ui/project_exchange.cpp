#include "project_exchange.h"

#include "progress_runner.h"
#include "project/operations/exchange_operations.h"
#include "project_session.h"
#include "text/user_error.h"

#include <QAction>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QStringList>

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

bool ProjectExchange::bringIn(const QString& title, const QString& from,
                              const std::function<MergeReport(const ops::OperationContext&)>& operation)
{
    cancelled_ = false;
    ProgressRunner runner(window_, tr("Reading %1…").arg(from));
    runner.cancelAtStep(cancelAtStep_);
    MergeReport report;
    QString error;
    // One undoable step; the operation (reading, backup, merging, index) runs on a worker while
    // the session waits. Its backup goes again if it is cancelled or refused.
    const bool ok = session_->run(
        title,
        [&] {
            const bool finished =
                runner.run([&](const Progress& progress) { report = operation(session_->operationContext(progress)); });
            if (!finished) {
                cancelled_ = true;
                throw Cancelled(); // the worker rolled its transaction back; nothing to undo
            }
        },
        &error);
    if (!ok) {
        report_ = cancelled_ ? tr("%1 cancelled; the project is unchanged.").arg(title) : error;
        if (!cancelled_)
            show(title, false);
        return false;
    }
    report_ = summary(report);
    Q_EMIT sourcesChanged();
    show(title, true);
    return true;
}

bool ProjectExchange::importQdpx(const QString& file)
{
    if (session_ == nullptr)
        return false;
    // Guard flags refuse the import; `hilo import --accept-flags` can accept them.
    return bringIn(tr("Import REFI-QDA Project"), file, [&](const ops::OperationContext& context) {
        return ops::importQdpx(session_->project(), file.toStdString(), {}, context);
    });
}

bool ProjectExchange::mergeCopy(const QString& folder)
{
    if (session_ == nullptr)
        return false;
    return bringIn(tr("Merge Coder's Copy"), folder, [&](const ops::OperationContext& context) {
        return ops::mergeFrom(session_->project(), folder.toStdString(), {}, context);
    });
}

bool ProjectExchange::exportQdpx(const QString& file)
{
    if (session_ == nullptr)
        return false;
    cancelled_ = false;
    ProgressRunner runner(window_, tr("Writing %1…").arg(file));
    runner.cancelAtStep(cancelAtStep_);
    try {
        ops::ExportSummary written;
        // The archive is written beside its destination and renamed into place only when
        // complete: a cancel or a failure leaves no file there (or the one that was there).
        if (!runner.run([&](const Progress& progress) {
                written = ops::exportQdpx(session_->project(), file.toStdString(), session_->operationContext(progress));
            })) {
            cancelled_ = true;
            report_ = tr("Export cancelled; nothing was written.");
            return false;
        }
        report_ = tr("Wrote %1: %2 sources, %3 coders, %4 codings")
                      .arg(file)
                      .arg(written.sources)
                      .arg(written.coders)
                      .arg(written.codings);
    } catch (const std::exception& e) {
        report_ = QString::fromStdString(e.what());
        show(tr("Export REFI-QDA Project"), false);
        return false;
    }
    show(tr("Export REFI-QDA Project"), true);
    return true;
}

} // namespace hilo::ui
