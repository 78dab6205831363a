#include "long_work.h"

#include "progress_runner.h"
#include "project/operations/maintenance_operations.h"
#include "project/operations/source_operations.h"
#include "project_session.h"
#include "text/user_error.h"

#include <QAction>
#include <QFileDialog>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>

namespace hilo::ui {

LongWork::LongWork(QWidget* window)
    : QObject(window),
      window_(window),
      import_(new QAction(tr("Import &Transcripts…"), this)),
      reindex_(new QAction(tr("Re&build Search Index"), this))
{
    import_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    reindex_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(import_, &QAction::triggered, this, [this] {
        if (const std::optional<ImportRequest> request = chooser_ ? chooser_() : askForImport())
            importTranscripts(*request);
    });
    connect(reindex_, &QAction::triggered, this, [this] { rebuildSearchIndex(); });
    setSession(nullptr);
}

void LongWork::setSession(ProjectSession* session)
{
    session_ = session;
    import_->setEnabled(session_ != nullptr);
    reindex_->setEnabled(session_ != nullptr);
}

void LongWork::addActionsTo(QMenu* menu)
{
    menu->addAction(import_);
    menu->addAction(reindex_);
}

std::optional<ImportRequest> LongWork::askForImport()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        window_, tr("Import transcripts"), QString(),
        tr("Transcripts (*.txt *.docx *.odt *.rtf *.vtt *.srt);;All files (*)"));
    if (files.isEmpty())
        return std::nullopt;
    ImportRequest request;
    for (const QString& file : files)
        request.files.emplace_back(file.toStdString());
    // The group comes from each file's name (YP01_…) unless one is given for all of them.
    const QString fromNames = tr("From the file names");
    bool ok = false;
    const QString group = QInputDialog::getItem(window_, tr("Import transcripts"), tr("Participant group:"),
                                                {fromNames, QStringLiteral("YP"), QStringLiteral("FW"), QStringLiteral("JP")},
                                                0, true, &ok);
    if (!ok)
        return std::nullopt;
    if (group != fromNames && !group.trimmed().isEmpty())
        request.group = group.trimmed().toStdString();
    if (QMessageBox::question(window_, tr("Import transcripts"),
                              tr("Read participants' attributes (age, state, role…) from a spreadsheet?")) ==
        QMessageBox::Yes) {
        const QString csv = QFileDialog::getOpenFileName(window_, tr("Participant attributes"), QString(),
                                                         tr("Spreadsheets (*.csv)"));
        if (!csv.isEmpty())
            request.attributesCsv = csv.toStdString();
    }
    return request;
}

bool LongWork::importTranscripts(const ImportRequest& request)
{
    if (!session_)
        return false;
    ProgressRunner runner(window_, tr("Reading %n transcript(s)…", nullptr, static_cast<int>(request.files.size())));
    runner.cancelAtStep(cancelAtStep_);
    bool cancelled = false;
    ImportReport report;
    QString error;
    // One undoable step; the operation (reading, backup, writing, index) runs on a worker.
    const bool ok = session_->run(
        tr("Import Transcripts"),
        [&] {
            cancelled = !runner.run([&](const Progress& progress) {
                report = ops::importTranscripts(session_->project(), request, session_->operationContext(progress));
            });
            if (cancelled)
                throw Cancelled();
        },
        &error);
    if (cancelled) {
        finish(tr("Import cancelled; the project is unchanged."));
        return false;
    }
    if (!ok) {
        finish(error);
        QMessageBox::warning(window_, tr("Import Transcripts"), error);
        return false;
    }
    QString outcome = tr("Imported %n transcript(s)", nullptr, static_cast<int>(report.imported.size()));
    if (!report.skipped.empty())
        outcome += tr("; skipped %n already in the project", nullptr, static_cast<int>(report.skipped.size()));
    finish(outcome);
    Q_EMIT sourcesChanged();
    return true;
}

bool LongWork::rebuildSearchIndex()
{
    if (!session_)
        return false;
    ProgressRunner runner(window_, tr("Rebuilding the search index…"));
    runner.cancelAtStep(cancelAtStep_);
    try {
        // The new index is built beside the old one and swapped in only when complete.
        if (!runner.run([&](const Progress& progress) {
                ops::reindex(session_->project(), session_->operationContext(progress));
            })) {
            finish(tr("Rebuilding cancelled; the search index is as it was."));
            return false;
        }
    } catch (const std::exception& e) {
        finish(QString::fromStdString(e.what()));
        QMessageBox::warning(window_, tr("Rebuild Search Index"), QString::fromStdString(e.what()));
        return false;
    }
    finish(tr("The search index was rebuilt."));
    return true;
}

void LongWork::finish(const QString& outcome)
{
    outcome_ = outcome;
    Q_EMIT statusMessage(outcome);
}

} // namespace hilo::ui
