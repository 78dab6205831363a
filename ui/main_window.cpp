#include "main_window.h"

#include "agreement_dock.h"
#include "codebook_dock.h"
#include "coding_controller.h"
#include "coding_margin.h"
#include "index_progress.h"
#include "joint_display_dock.h"
#include "matrix_dock.h"
#include "long_work.h"
#include "project/coder_store.h"
#include "project/source_store.h"
#include "project_exchange.h"
#include "project_session.h"
#include "search_dock.h"
#include "shortcuts_dialog.h"
#include "transcript_navigation.h"
#include "ui_language.h"
#include "quote_basket_dock.h"
#include "source_tree_model.h"
#include "text/qt_offsets.h"
#include "text/user_error.h"
#include "transcript_view.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QSettings>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTextCursor>
#include <QTimer>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoStack>

#include <algorithm>
#include <initializer_list>

namespace hilo::ui {

namespace {
// Bumped when the docks change so an old saved layout is ignored rather than misapplied.
constexpr int kLayoutVersion = 1;
constexpr int kRecentCount = 10;
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent),
      undoGroup_(new QUndoGroup(this))
{
    resize(1400, 860);
    buildWorkbench();
    // The layout the user left last time; docks are found by their object names.
    restoreGeometry(QSettings().value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(QSettings().value(QStringLiteral("window/state")).toByteArray(), kLayoutVersion);
    updateStatus();
    updateCoderStatus();
}

void MainWindow::buildWorkbench()
{
    sourceModel_ = new SourceTreeModel(this);
    sourceTree_ = new QTreeView;
    transcriptView_ = new TranscriptView;
    margin_ = new CodingMargin(transcriptView_);
    controller_ = new CodingController(transcriptView_, margin_, this);
    codebookDock_ = new CodebookDock(this);
    searchDock_ = new SearchDock(this);
    quoteDock_ = new QuoteBasketDock(this);
    agreementDock_ = new AgreementDock(this);
    exchange_ = new ProjectExchange(this);
    matrixDock_ = new MatrixDock(this);
    jointDock_ = new JointDisplayDock(this);
    longWork_ = new LongWork(this);
    status_ = new QLabel;
    coderStatus_ = new QLabel;

    sourceTree_->setModel(sourceModel_);
    sourceTree_->setUniformRowHeights(true);
    sourceTree_->setAlternatingRowColors(true);
    sourceTree_->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    transcriptView_->setMarginWidget(margin_);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(sourceTree_);
    splitter->addWidget(transcriptView_);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    setCentralWidget(splitter);
    addDockWidget(Qt::RightDockWidgetArea, codebookDock_);
    addDockWidget(Qt::BottomDockWidgetArea, searchDock_);
    addDockWidget(Qt::RightDockWidgetArea, quoteDock_);
    tabifyDockWidget(codebookDock_, quoteDock_);
    codebookDock_->raise();
    quoteDock_->attachTranscript(transcriptView_, controller_);
    addDockWidget(Qt::BottomDockWidgetArea, agreementDock_);
    agreementDock_->hide(); // View ▸ Agreement
    // Analysis views share the bottom area as tabs, hidden until asked for in the View menu.
    addDockWidget(Qt::BottomDockWidgetArea, matrixDock_);
    addDockWidget(Qt::BottomDockWidgetArea, jointDock_);
    tabifyDockWidget(matrixDock_, jointDock_);
    matrixDock_->hide();
    jointDock_->hide();
    statusBar()->addWidget(status_, 1);
    statusBar()->addPermanentWidget(coderStatus_);
    readOnlyStatus_ = new QLabel(tr("read-only"), this);
    readOnlyStatus_->setToolTip(tr("Another Hilo window or command is writing this project: editing is off"));
    readOnlyStatus_->hide();
    statusBar()->addPermanentWidget(readOnlyStatus_);
    setWindowTitle(tr("Hilo"));
    buildMenus();

    connect(sourceTree_->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { showSelectedSource(); });
    connect(controller_, &CodingController::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 6000); });
    connect(quoteDock_, &QuoteBasketDock::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 6000); });
    connect(controller_, &CodingController::coderNeeded, this, [this] { askForCoder(); });
    connect(searchDock_, &SearchDock::passageRequested, this, &MainWindow::showPassage);
    connect(searchDock_, &SearchDock::quoteRequested, quoteDock_, &QuoteBasketDock::addSpan);
    connect(codebookDock_, &CodebookDock::applyCodeRequested, controller_,
            [this](std::int64_t codeId) { controller_->applyCode(codeId); });
    // A disagreement opens its transcript with the region selected, beside both coders' stripes.
    connect(agreementDock_, &AgreementDock::spanActivated, this, &MainWindow::showPassage);
    connect(matrixDock_, &MatrixDock::excerptActivated, this, &MainWindow::showPassage);
}

void MainWindow::destroyWorkbench()
{
    // Views first (they hold the session, the transcript and the controller), then what they
    // showed, the menus and the status bar's labels; the session and the undo group stay.
    for (QDockWidget* dock : std::initializer_list<QDockWidget*>{codebookDock_, searchDock_, quoteDock_, agreementDock_,
                                                                 matrixDock_, jointDock_}) {
        removeDockWidget(dock);
        delete dock;
    }
    delete controller_;
    delete takeCentralWidget(); // the source tree and the transcript with its margin
    delete sourceModel_;
    delete exchange_;
    delete longWork_;
    for (QMenu* menu : menuBar()->findChildren<QMenu*>(QString(), Qt::FindDirectChildrenOnly))
        delete menu;
    menuBar()->clear();
    delete status_;
    delete coderStatus_;
    delete readOnlyStatus_;
}

void MainWindow::rebuildWorkbench()
{
    // Where the user is, to come back to: the dock layout, the transcript (selection and
    // scroll), the code chosen in the codebook and the search.
    const QByteArray layout = saveState(kLayoutVersion);
    const QVariant source = sourceTree_->currentIndex().siblingAtColumn(0).data(SourceTreeModel::SourceIdRole);
    const QTextCursor selection = transcriptView_->textCursor();
    const int anchor = selection.anchor();
    const int position = selection.position();
    const int top = transcriptView_->topPosition();
    const std::optional<std::int64_t> code = codebookDock_->currentCodeId();
    const QString query = searchDock_->queryEdit()->text();
    const bool transcriptFocused = transcriptView_->hasFocus();

    destroyWorkbench();
    buildWorkbench();
    restoreState(layout, kLayoutVersion);
    if (session_)
        showSession();
    updateStatus();
    updateCoderStatus();
    updateReadOnlyState();

    if (source.isValid())
        selectSource(source.toLongLong());
    QTextCursor restored(transcriptView_->document());
    const int end = transcriptView_->document()->characterCount() - 1;
    restored.setPosition(std::clamp(anchor, 0, end));
    restored.setPosition(std::clamp(position, 0, end), QTextCursor::KeepAnchor);
    transcriptView_->setTextCursor(restored);
    if (code)
        codebookDock_->selectCode(*code);
    if (!query.isEmpty())
        searchDock_->runQuery(query);
    if (transcriptFocused)
        transcriptView_->setFocus();
    // The new docks take their sizes only once the window has laid them out, and the new
    // transcript wraps its lines then too: restore the sizes and scroll once more after that.
    transcriptView_->scrollToTop(top);
    QTimer::singleShot(0, transcriptView_, [this, layout, view = transcriptView_, top] {
        restoreState(layout, kLayoutVersion);
        view->scrollToTop(top);
    });
}

MainWindow::~MainWindow()
{
    // Detach every view from the session before it goes, so nothing reaches a closed project.
    closeProject();
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* create = file->addAction(tr("&New Project…"), this, &MainWindow::newProjectInteractively);
    create->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    QAction* open = file->addAction(tr("&Open Project…"), this, &MainWindow::openProjectInteractively);
    open->setShortcut(QKeySequence::Open);
    QMenu* recent = file->addMenu(tr("Open &Recent"));
    recent->setObjectName(QStringLiteral("recentMenu"));
    connect(recent, &QMenu::aboutToShow, this, [this, recent] { fillRecentMenu(recent); });
    fillRecentMenu(recent);
    file->addSeparator();
    longWork_->addActionsTo(file);
    connect(longWork_, &LongWork::sourcesChanged, this, &MainWindow::reloadSourcesIfChanged);
    connect(longWork_, &LongWork::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    file->addSeparator();
    exchange_->addActionsTo(file);
    connect(exchange_, &ProjectExchange::sourcesChanged, this, &MainWindow::reloadSourcesIfChanged);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    // Ctrl+Q where the platform theme names no Quit key (some desktops and offscreen have none).
    quit->setShortcuts(QKeySequence::keyBindings(QKeySequence::Quit).isEmpty()
                           ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Q)}
                           : QKeySequence::keyBindings(QKeySequence::Quit));

    // One undo stack per project; the group's actions follow whichever project is open.
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = undoGroup_->createUndoAction(edit, tr("&Undo"));
    QAction* redo = undoGroup_->createRedoAction(edit, tr("&Redo"));
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    // Ctrl+Shift+Z everywhere, whatever the platform's own binding (Ctrl+Y on some).
    if (const QKeySequence ctrlShiftZ(Qt::CTRL | Qt::SHIFT | Qt::Key_Z); !redoKeys.contains(ctrlShiftZ))
        redoKeys.prepend(ctrlShiftZ);
    undo->setShortcuts(QKeySequence::Undo);
    redo->setShortcuts(redoKeys);
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu* code = menuBar()->addMenu(tr("&Code"));
    QAction* quick = quickCodeAction_ = code->addAction(tr("&Quick Code…"), controller_, &CodingController::openQuickCode);
    quick->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence(Qt::CTRL | Qt::Key_Return)});
    // Only while the transcript has focus: Ctrl+Return means other things in the codebook form.
    quick->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    transcriptView_->addAction(quick);
    changeCoderAction_ = code->addAction(tr("Change &Coder…"), this, [this] { askForCoder(); });
    changeCoderAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));

    // Moving through the transcript; each move selects what it lands on, ready to code.
    QMenu* go = menuBar()->addMenu(tr("&Go"));
    QAction* nextTurn = go->addAction(tr("&Next Turn"), this, [this] { goToTurn(1); });
    nextTurn->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    QAction* previousTurn = go->addAction(tr("&Previous Turn"), this, [this] { goToTurn(-1); });
    previousTurn->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    go->addSeparator();
    QAction* nextCoding = go->addAction(tr("Next &Coding of Code"), this, [this] { goToCoding(1); });
    nextCoding->setShortcut(QKeySequence(Qt::Key_F3));
    QAction* previousCoding = go->addAction(tr("Previous C&oding of Code"), this, [this] { goToCoding(-1); });
    previousCoding->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    // Ctrl+1…6 show or hide the docks, in the order they are listed.
    const QList<QDockWidget*> docks = {codebookDock_, searchDock_, quoteDock_, agreementDock_, matrixDock_, jointDock_};
    for (int i = 0; i < docks.size(); ++i)
        docks[i]->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + i)));
    view->addAction(codebookDock_->toggleViewAction());
    view->addAction(searchDock_->toggleViewAction());
    QAction* find = view->addAction(tr("&Find…"), this, [this] {
        searchDock_->show();
        searchDock_->raise();
        searchDock_->queryEdit()->setFocus();
        searchDock_->queryEdit()->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    view->addAction(quoteDock_->toggleViewAction());
    view->addAction(agreementDock_->toggleViewAction());
    view->addAction(matrixDock_->toggleViewAction());
    view->addAction(jointDock_->toggleViewAction());
    view->addSeparator();
    buildLanguageMenu(view->addMenu(tr("&Language")));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* keys = help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        auto* dialog = new ShortcutsDialog(this, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    keys->setShortcut(QKeySequence::HelpContents);
}

void MainWindow::buildLanguageMenu(QMenu* menu)
{
    // Choices, not commands: they carry no keys (and are left out of the shortcut rule).
    auto* group = new QActionGroup(menu);
    const QString chosen = chosenLanguage();
    const auto addChoice = [&](const QString& label, const QString& code) {
        QAction* action = menu->addAction(label);
        action->setCheckable(true);
        action->setChecked(code == chosen);
        action->setData(code);
        action->setProperty("hiloChoice", true);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { chooseLanguage(code); });
    };
    addChoice(tr("&System Language"), QString());
    menu->addSeparator();
    // Each language is named in itself, so it can be found whatever the window speaks.
    addChoice(QStringLiteral("English"), QStringLiteral("en"));
    addChoice(QStringLiteral("Español"), QStringLiteral("es"));
}

void MainWindow::chooseLanguage(const QString& code)
{
    rememberLanguage(code);
    installTranslations(localeForChoice(code));
    // The window's texts were set when its widgets were built, many of them from the project
    // (combo items, headers, messages): rather than retranslate each by hand, build the
    // workbench again in the new language, with the same project, layout and place. Queued:
    // this runs inside a menu action that the rebuild deletes.
    QTimer::singleShot(0, this, [this] { rebuildWorkbench(); });
}

void MainWindow::goToTurn(int step)
{
    if (selectNeighbouringTurn(transcriptView_, step) < 0)
        statusBar()->showMessage(step > 0 ? tr("This is the last turn") : tr("This is the first turn"), 4000);
    transcriptView_->setFocus();
}

void MainWindow::goToCoding(int step)
{
    // The code selected in the codebook, or else the code of the coding last selected.
    std::optional<std::int64_t> codeId = codebookDock_->currentCodeId();
    if (!codeId && controller_->currentCodingId()) {
        for (const CodingRecord& coding : controller_->codings())
            if (coding.id == *controller_->currentCodingId())
                codeId = coding.codeId;
    }
    if (!codeId) {
        statusBar()->showMessage(tr("Select a code in the codebook first"), 4000);
        return;
    }
    if (selectNeighbouringCoding(transcriptView_, controller_, *codeId, step) == 0)
        statusBar()->showMessage(tr("This transcript has no coding of that code"), 4000);
    transcriptView_->setFocus();
}

void MainWindow::openProject(const std::filesystem::path& folder, bool askForCoder)
{
    std::unique_ptr<Project> project;
    try {
        project = std::make_unique<Project>(Project::open(folder));
    } catch (const ProjectLockedError& e) {
        // Another window or command is writing: reading is safe, so offer it rather than refuse.
        const auto answer = QMessageBox::question(
            this, tr("Project in use"),
            tr("%1\n\nOpen it read-only? You can read, search and export; editing stays off until you "
               "reopen it.")
                .arg(QString::fromStdString(e.what())),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer != QMessageBox::Yes)
            throw;
        project = std::make_unique<Project>(Project::open(folder, Project::Access::ReadOnly));
    }
    bringIndexUpToDate(this, *project);
    auto session = std::make_unique<ProjectSession>(std::move(project));
    closeProject();
    session_ = std::move(session);
    connect(session_.get(), &ProjectSession::errorOccurred, this, &MainWindow::showError);
    connect(session_.get(), &ProjectSession::coderChanged, this, &MainWindow::updateCoderStatus);
    connect(session_.get(), &ProjectSession::changed, this, &MainWindow::reloadSourcesIfChanged);
    undoGroup_->addStack(session_->undoStack());
    undoGroup_->setActiveStack(session_->undoStack());

    showSession();
    rememberRecent(QString::fromStdString(std::filesystem::absolute(folder).lexically_normal().string()));
    updateStatus();
    updateReadOnlyState();

    const QString remembered = session_->settings().rememberedCoder();
    if (!remembered.isEmpty()) {
        try {
            session_->setCoder(remembered);
        } catch (const UserError&) {
            // A name that no longer works is simply asked for again.
        }
    }
    if (!session_->coder() && askForCoder && !session_->readOnly())
        this->askForCoder();
    updateCoderStatus();
}

void MainWindow::showSession()
{
    SourceStore store(session_->project());
    sourceModel_->load(store);
    sourceTree_->expandAll();
    codebookDock_->setSession(session_.get());
    searchDock_->setSession(session_.get());
    quoteDock_->setSession(session_.get());
    agreementDock_->setSession(session_.get());
    matrixDock_->setSession(session_.get());
    jointDock_->setSession(session_.get());
    controller_->setSession(session_.get());
    exchange_->setSession(session_.get());
    longWork_->setSession(session_.get());
    setWindowTitle(tr("%1 — Hilo").arg(session_->projectName()) + (session_->readOnly() ? tr(" (read-only)") : QString()));
}

void MainWindow::updateReadOnlyState()
{
    const bool readOnly = session_ && session_->readOnly();
    readOnlyStatus_->setVisible(readOnly);
    quickCodeAction_->setEnabled(!readOnly);
    changeCoderAction_->setEnabled(!readOnly);
}

bool MainWindow::isReadOnly() const
{
    return session_ && session_->readOnly();
}

QString MainWindow::readOnlyStatusText() const
{
    return readOnlyStatus_->isVisibleTo(this) ? readOnlyStatus_->text() : QString();
}

QStringList MainWindow::recentProjects()
{
    return QSettings().value(QStringLiteral("recentProjects")).toStringList();
}

void MainWindow::rememberRecent(const QString& folder)
{
    QStringList list = recentProjects();
    list.removeAll(folder);
    list.prepend(folder);
    while (list.size() > kRecentCount)
        list.removeLast();
    QSettings().setValue(QStringLiteral("recentProjects"), list);
}

void MainWindow::fillRecentMenu(QMenu* menu)
{
    menu->clear();
    const QStringList list = recentProjects();
    for (const QString& folder : list) {
        // Projects, not commands: the list changes, so its entries carry no keys.
        QAction* action = menu->addAction(QDir::toNativeSeparators(folder));
        action->setProperty("hiloChoice", true);
        connect(action, &QAction::triggered, this, [this, folder] {
            try {
                openProject(folder.toStdString());
            } catch (const std::exception& e) {
                QMessageBox::critical(this, tr("Hilo"), QString::fromStdString(e.what()));
            }
        });
    }
    menu->setEnabled(!list.isEmpty());
}

void MainWindow::newProjectInteractively()
{
    const QString folder = QFileDialog::getSaveFileName(this, tr("New Hilo project folder"), QString(),
                                                        tr("Hilo projects (*.hilo)"));
    if (folder.isEmpty())
        return;
    const QString withSuffix = folder.endsWith(QStringLiteral(".hilo")) ? folder : folder + QStringLiteral(".hilo");
    try {
        Project::create(withSuffix.toStdString());
        openProject(withSuffix.toStdString());
    } catch (const std::exception& e) {
        QMessageBox::critical(this, tr("Hilo"), QString::fromStdString(e.what()));
    }
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState(kLayoutVersion));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::closeProject()
{
    if (!session_)
        return;
    codebookDock_->setSession(nullptr);
    searchDock_->setSession(nullptr);
    quoteDock_->setSession(nullptr);
    agreementDock_->setSession(nullptr);
    matrixDock_->setSession(nullptr);
    jointDock_->setSession(nullptr);
    controller_->setSession(nullptr);
    exchange_->setSession(nullptr);
    longWork_->setSession(nullptr);
    transcriptView_->clearSource();
    controller_->showSource(nullptr);
    session_.reset();
    updateReadOnlyState();
}

void MainWindow::setCurrentCoder(const QString& name)
{
    if (!session_)
        throw UserError(tr("open a project before choosing a coder").toStdString());
    session_->setCoder(name);
}

QString MainWindow::currentCoder() const
{
    return session_ && session_->coder() ? text::toQString(session_->coder()->name) : QString();
}

QUndoStack* MainWindow::undoStack() const
{
    return session_ ? session_->undoStack() : nullptr;
}

bool MainWindow::askForCoder()
{
    if (!session_)
        return false;
    QStringList names;
    for (const CoderRecord& coder : CoderStore(session_->project()).coders())
        names << text::toQString(coder.name);
    const int current = std::max<qsizetype>(0, names.indexOf(currentCoder()));
    bool ok = false;
    const QString name = QInputDialog::getItem(this, tr("Who is coding?"),
                                               tr("Your name (every coding records who made it):"), names,
                                               static_cast<int>(current), true, &ok);
    if (!ok || name.trimmed().isEmpty())
        return false;
    try {
        session_->setCoder(name);
    } catch (const UserError& e) {
        showError(QString::fromStdString(e.what()));
        return false;
    }
    return true;
}

void MainWindow::openProjectInteractively()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open a Hilo project folder"));
    if (folder.isEmpty())
        return;
    try {
        openProject(folder.toStdString());
    } catch (const std::exception& e) {
        QMessageBox::critical(this, tr("Hilo"), QString::fromStdString(e.what()));
    }
}

void MainWindow::showError(const QString& message)
{
    statusBar()->showMessage(message, 10000);
    // Window-modal and non-blocking: the user reads it, and nothing waits on it.
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Hilo"), message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::reloadSourcesIfChanged()
{
    if (!session_)
        return;
    int shown = 0;
    for (int g = 0; g < sourceModel_->rowCount(); ++g)
        shown += sourceModel_->rowCount(sourceModel_->index(g, 0));
    if (session_->project().db().queryInt("SELECT count(*) FROM sources") == shown)
        return;
    const QVariant current = sourceTree_->currentIndex().siblingAtColumn(0).data(SourceTreeModel::SourceIdRole);
    SourceStore store(session_->project());
    sourceModel_->load(store);
    sourceTree_->expandAll();
    if (current.isValid())
        selectSource(current.toLongLong());
    showSelectedSource();
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

void MainWindow::showPassage(std::int64_t sourceId, std::int64_t start, std::int64_t end)
{
    selectSource(sourceId);
    transcriptView_->selectSpan(start, end);
    transcriptView_->setFocus();
}

void MainWindow::showSelectedSource()
{
    const QModelIndex current = sourceTree_->currentIndex();
    const QVariant id = current.siblingAtColumn(0).data(SourceTreeModel::SourceIdRole);
    if (!session_ || !id.isValid()) {
        transcriptView_->clearSource();
        controller_->showSource(nullptr);
        updateStatus();
        return;
    }
    const SourceDetail source = SourceStore(session_->project()).source(std::to_string(id.toLongLong()));
    transcriptView_->showSource(source);
    controller_->showSource(&source);
    updateStatus();
}

QString MainWindow::statusText() const
{
    return status_->text();
}

QString MainWindow::coderStatusText() const
{
    return coderStatus_->text();
}

void MainWindow::updateCoderStatus()
{
    const QString coder = currentCoder();
    coderStatus_->setText(coder.isEmpty() ? tr("No coder chosen") : tr("Coder: %1").arg(coder));
}

void MainWindow::updateStatus()
{
    if (!session_) {
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
