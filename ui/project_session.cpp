#include "project_session.h"

#include "project/operations/write_policy.h"
#include "project/snapshot_merger.h"
#include "store_command.h"
#include "text/qt_offsets.h"
#include "text/user_error.h"

#include <QUndoStack>

#include <exception>

namespace hilo::ui {

namespace {

// Codes and codings for coding edits, quotes for the basket, and the rest of what a merge or a
// .qdpx import writes, so that each of them is one undo step too.
std::vector<std::string> journaledTables()
{
    std::vector<std::string> tables = tablesWrittenByMerge();
    tables.push_back("quotes");
    return tables;
}

} // namespace

ProjectSession::ProjectSession(std::unique_ptr<Project> project, QObject* parent)
    : QObject(parent),
      project_(std::move(project)),
      journal_(std::make_unique<store::UndoJournal>(project_->db(), journaledTables())),
      undoStack_(std::make_unique<QUndoStack>()),
      settings_(project_->folder())
{
    syncSearchIndex(); // a project changed elsewhere, or without an index, is caught up on open
}

ProjectSession::~ProjectSession() = default;

QString ProjectSession::projectName() const
{
    return QString::fromStdString(project_->folder().filename().string());
}

bool ProjectSession::run(const QString& text, const std::function<void()>& action, QString* error)
{
    QString message;
    if (project_->readOnly()) {
        message = tr("%1: this project is open read-only (another Hilo window or command is writing it); "
                     "close it there and reopen it here to edit")
                      .arg(text);
        if (error != nullptr)
            *error = message;
        else
            Q_EMIT errorOccurred(message);
        return false;
    }
    try {
        runCommand(*undoStack_, *journal_, text, action, [this] {
            syncSearchIndex();
            Q_EMIT changed();
        });
        reportWarnings();
        return true;
    } catch (const UserError& e) {
        message = QString::fromStdString(e.what());
    } catch (const std::exception& e) {
        // Not the researcher's doing (a locked or damaged database): say what failed.
        message = tr("%1 failed: %2").arg(text, QString::fromStdString(e.what()));
    }
    reportWarnings();
    if (error != nullptr)
        *error = message;
    else
        Q_EMIT errorOccurred(message);
    return false;
}

ops::OperationContext ProjectSession::operationContext(const Progress& progress)
{
    ops::OperationContext context;
    context.progress = progress;
    context.warn = [this](const std::string& warning) {
        const std::lock_guard<std::mutex> lock(warningsMutex_);
        warnings_.push_back(warning);
    };
    return context;
}

void ProjectSession::reportWarnings()
{
    std::vector<std::string> warnings;
    {
        const std::lock_guard<std::mutex> lock(warningsMutex_);
        warnings.swap(warnings_);
    }
    for (const std::string& warning : warnings)
        Q_EMIT errorOccurred(QString::fromStdString(warning));
}

void ProjectSession::syncSearchIndex()
{
    // After undo and redo, which replay the journal outside any operation, the index follows
    // the same way an operation's does (an empty queue costs one query).
    if (project_->readOnly())
        return; // the writer keeps it up to date; searches read what it last wrote
    ops::refreshIndex(*project_, operationContext());
    reportWarnings();
}

void ProjectSession::setCoder(const QString& name)
{
    const std::string trimmed = text::fromQString(name.trimmed());
    if (trimmed.empty())
        throw UserError(tr("a coder needs a name").toStdString());
    CoderStore coders(*project_);
    std::optional<CoderRecord> coder = coders.find(trimmed);
    if (!coder) {
        if (project_->readOnly())
            throw UserError(tr("the project is open read-only: coder %1 cannot be added").arg(name.trimmed()).toStdString());
        coders.add(trimmed);
        coder = coders.require(trimmed);
    }
    coder_ = coder;
    settings_.rememberCoder(QString::fromStdString(coder_->name));
    Q_EMIT coderChanged();
}

void ProjectSession::pinCode(int digit, const QString& guid)
{
    settings_.pinCode(digit, guid);
    Q_EMIT pinsChanged();
}

} // namespace hilo::ui
