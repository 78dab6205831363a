#include "joint_display_dock.h"

#include "analysis/report/joint_display_export.h"
#include "analysis/survey/joint_display.h"
#include "analysis/survey/survey_store.h"
#include "documents/odt_writer.h"
#include "dock_keys.h"
#include "export_file_dialog.h"
#include "import/file_bytes.h"
#include "project_session.h"
#include "text/user_error.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace hilo::ui {

JointDisplayDock::JointDisplayDock(QWidget* parent)
    : QDockWidget(tr("Joint Display"), parent),
      browser_(new QTextBrowser),
      themes_(new QComboBox),
      note_(new QPushButton(tr("Edit Note…"))),
      export_(new QPushButton(tr("Export…")))
{
    setObjectName(QStringLiteral("jointDisplayDock"));
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Theme")));
    bar->addWidget(themes_, 1);
    bar->addWidget(note_);
    bar->addWidget(export_);
    auto* body = new QWidget;
    auto* layout = new QVBoxLayout(body);
    layout->addLayout(bar);
    layout->addWidget(browser_, 1);
    setWidget(body);
    browser_->setOpenLinks(false);

    // Choosing a theme scrolls the display to it.
    connect(themes_, &QComboBox::currentIndexChanged, this, [this] {
        browser_->scrollToAnchor(QStringLiteral("theme-%1").arg(themes_->currentData().toLongLong()));
    });
    connect(note_, &QPushButton::clicked, this, &JointDisplayDock::editNoteInteractively);
    connect(export_, &QPushButton::clicked, this, &JointDisplayDock::exportInteractively);
    giveButtonKeys(note_, tr("Edit Note…"), QKeySequence(Qt::Key_F2), this);
    giveButtonKeys(export_, tr("Export Joint Display…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X), this);
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && stale_)
            refresh();
    });
}

void JointDisplayDock::setSession(ProjectSession* session)
{
    if (session_)
        disconnect(session_, nullptr, this, nullptr);
    session_ = session;
    if (session_)
        connect(session_, &ProjectSession::changed, this, [this] {
            stale_ = true;
            if (isVisible())
                refresh();
        });
    stale_ = true;
    refresh();
}

void JointDisplayDock::refresh()
{
    const QString current = themes_->currentText();
    const QSignalBlocker block(themes_);
    themes_->clear();
    if (!session_) {
        browser_->clear();
        return;
    }
    const analysis::JointDisplay display = analysis::buildJointDisplay(session_->project());
    for (const analysis::JointTheme& theme : display.themes)
        themes_->addItem(QString::fromStdString(theme.theme.name), static_cast<qint64>(theme.theme.id));
    if (const int at = themes_->findText(current); at >= 0)
        themes_->setCurrentIndex(at);
    browser_->setHtml(QString::fromStdString(
        analysis::jointDisplayToHtml(display, tr("Joint display: %1").arg(session_->projectName()).toStdString())));
    note_->setEnabled(!display.themes.empty());
    stale_ = false;
}

void JointDisplayDock::setNote(const QString& theme, const QString& note)
{
    if (!session_)
        throw UserError(tr("no project open").toStdString());
    analysis::SurveyStore(session_->project()).setNote(theme.toStdString(), note.toStdString());
    refresh();
}

void JointDisplayDock::exportTo(const QString& file, const QString& format)
{
    if (!session_)
        throw UserError(tr("no project open").toStdString());
    const analysis::JointDisplay display = analysis::buildJointDisplay(session_->project());
    const std::string title = tr("Joint display: %1").arg(session_->projectName()).toStdString();
    if (format == QStringLiteral("odt"))
        documents::writeOdt(analysis::jointDisplayToHtml(display, title), file.toStdString());
    else if (format == QStringLiteral("md"))
        import::writeFileBytes(file.toStdString(), analysis::jointDisplayToMarkdown(display, title));
    else if (format == QStringLiteral("csv"))
        import::writeFileBytes(file.toStdString(), analysis::jointDisplayToCsv(display));
    else
        import::writeFileBytes(file.toStdString(), analysis::jointDisplayToHtml(display, title));
}

void JointDisplayDock::editNoteInteractively()
{
    if (!session_ || themes_->currentIndex() < 0)
        return;
    const QString theme = themes_->currentText();
    QString note;
    try {
        note = QString::fromStdString(analysis::SurveyStore(session_->project()).theme(theme.toStdString()).note);
    } catch (const UserError&) {
        return;
    }
    bool ok = false;
    const QString edited = QInputDialog::getMultiLineText(
        this, tr("Note on %1").arg(theme), tr("Where do the interviews and the survey converge or diverge?"), note, &ok);
    if (!ok)
        return;
    try {
        setNote(theme, edited);
    } catch (const std::exception& e) {
        QMessageBox::warning(this, tr("Hilo"), QString::fromStdString(e.what()));
    }
}

void JointDisplayDock::exportInteractively()
{
    exportThroughDialog(this, tr("Export Joint Display"), tr("Markdown (*.md);;HTML (*.html);;OpenDocument text (*.odt);;CSV (*.csv)"),
                        [this](const QString& file, const QString& format) { exportTo(file, format); });
}

} // namespace hilo::ui
