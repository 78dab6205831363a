#include "main_window.h"

#include "project/source_store.h"
#include "source_tree_model.h"
#include "transcript_view.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStatusBar>
#include <QTreeView>

namespace hilo::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent),
      sourceModel_(new SourceTreeModel(this)),
      sourceTree_(new QTreeView),
      transcriptView_(new TranscriptView),
      status_(new QLabel)
{
    sourceTree_->setModel(sourceModel_);
    sourceTree_->setUniformRowHeights(true);
    sourceTree_->setAlternatingRowColors(true);
    sourceTree_->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(sourceTree_);
    splitter->addWidget(transcriptView_);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    setCentralWidget(splitter);
    statusBar()->addWidget(status_, 1);
    setWindowTitle(tr("Hilo"));
    resize(1280, 800);

    connect(sourceTree_->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { showSelectedSource(); });
}

MainWindow::~MainWindow() = default;

void MainWindow::openProject(const std::filesystem::path& folder)
{
    auto project = std::make_unique<Project>(Project::open(folder));
    SourceStore store(*project);
    sourceModel_->load(store);
    project_ = std::move(project);
    sourceTree_->expandAll();
    transcriptView_->clearSource();
    setWindowTitle(tr("%1 — Hilo").arg(QString::fromStdString(folder.filename().string())));
    updateStatus();
}

void MainWindow::selectSource(std::int64_t sourceId)
{
    for (int g = 0; g < sourceModel_->rowCount(); ++g) {
        const QModelIndex group = sourceModel_->index(g, 0);
        for (int s = 0; s < sourceModel_->rowCount(group); ++s) {
            const QModelIndex source = sourceModel_->index(s, 0, group);
            if (source.data(SourceTreeModel::SourceIdRole).toLongLong() == sourceId) {
                sourceTree_->setCurrentIndex(source);
                return;
            }
        }
    }
}

void MainWindow::showSelectedSource()
{
    const QModelIndex current = sourceTree_->currentIndex();
    const QVariant id = current.siblingAtColumn(0).data(SourceTreeModel::SourceIdRole);
    if (!project_ || !id.isValid()) {
        transcriptView_->clearSource();
        updateStatus();
        return;
    }
    const SourceDetail source = SourceStore(*project_).source(std::to_string(id.toLongLong()));
    transcriptView_->showSource(source);
    updateStatus();
}

QString MainWindow::statusText() const
{
    return status_->text();
}

void MainWindow::updateStatus()
{
    if (!project_) {
        status_->setText(tr("No project open"));
        return;
    }
    QStringList parts;
    int sources = 0;
    for (int g = 0; g < sourceModel_->rowCount(); ++g) {
        const QModelIndex group = sourceModel_->index(g, 0);
        const int count = sourceModel_->rowCount(group);
        sources += count;
        parts << QStringLiteral("%1 %2").arg(group.data(SourceTreeModel::GroupTagRole).toString()).arg(count);
    }
    QString text = (sources == 1 ? tr("1 source") : tr("%1 sources").arg(sources)) + QStringLiteral(" · ") +
                   parts.join(QStringLiteral(" · "));
    if (const auto turns = transcriptView_->turns().size(); turns > 0)
        text += QStringLiteral(" · ") + (turns == 1 ? tr("1 turn in this transcript")
                                                   : tr("%1 turns in this transcript").arg(turns));
    status_->setText(text);
}

} // namespace hilo::ui
