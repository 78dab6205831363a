#pragma once
// Hilo's workbench window: the project's sources grouped by participant group on the left,
// the selected transcript with its coding stripes in the middle, the codebook docked on the
// right with the quote basket, counts and the current coder in the status bar. Edit ▸ Undo/Redo undo any change to
// codes and codings.
#include "project/project.h"

#include <QMainWindow>

#include <filesystem>
#include <memory>

class QAction;
class QLabel;
class QMenu;
class QTreeView;
class QUndoGroup;
class QUndoStack;

namespace hilo::ui {

class AgreementDock;
class CodebookDock;
class CodingController;
class CodingMargin;
class LongWork;
class ProjectExchange;
class JointDisplayDock;
class MatrixDock;
class ProjectSession;
class SearchDock;
class QuoteBasketDock;
class SourceTreeModel;
class TranscriptView;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a project folder; on failure shows nothing new and throws UserError. Then asks who
    // is coding, unless a coder was remembered for this project or askForCoder is false.
    void openProject(const std::filesystem::path& folder, bool askForCoder = true);
    // Closes the open project, releasing its writer lock so another window or command can write.
    void closeProject();
    // Shows the source with this id in the transcript view and selects it in the tree.
    void selectSource(std::int64_t sourceId);
    // Shows the source and selects [start, end) (code points) in it: where a search hit lies.
    void showPassage(std::int64_t sourceId, std::int64_t start, std::int64_t end);
    // Sets who is coding (adding the coder to the project if new) without asking; UserError
    // for an empty name or without an open project.
    void setCurrentCoder(const QString& name);
    QString currentCoder() const;

    SourceTreeModel* sourceModel() const { return sourceModel_; }
    QTreeView* sourceTree() const { return sourceTree_; }
    TranscriptView* transcriptView() const { return transcriptView_; }
    CodingMargin* codingMargin() const { return margin_; }
    CodingController* codingController() const { return controller_; }
    CodebookDock* codebookDock() const { return codebookDock_; }
    SearchDock* searchDock() const { return searchDock_; }
    QuoteBasketDock* quoteBasketDock() const { return quoteDock_; }
    AgreementDock* agreementDock() const { return agreementDock_; }
    ProjectExchange* exchange() const { return exchange_; }
    MatrixDock* matrixDock() const { return matrixDock_; }
    JointDisplayDock* jointDisplayDock() const { return jointDock_; }
    LongWork* longWork() const { return longWork_; }
    ProjectSession* session() const { return session_.get(); }
    QUndoStack* undoStack() const;
    QString statusText() const;
    QString coderStatusText() const;
    // When another process writes the project, openProject offers to open it read-only: then
    // editing actions are off and the status bar says "read-only".
    bool isReadOnly() const;
    QString readOnlyStatusText() const;
    QAction* quickCodeAction() const { return quickCodeAction_; }

    // Most recently opened project folders first (QSettings `recentProjects`), at most ten.
    static QStringList recentProjects();
    // Saves the dock layout and window size; the next window starts with them.
    void saveLayout() const;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    // Everything the window shows but the session and the undo group, built in the current
    // language; a language chosen in View ▸ Language builds it again (rebuildWorkbench).
    void buildWorkbench();
    void destroyWorkbench();
    void rebuildWorkbench();
    // Hands the open session to every view and titles the window after the project.
    void showSession();
    void buildMenus();
    void updateReadOnlyState();
    void fillRecentMenu(QMenu* menu);
    void rememberRecent(const QString& folder);
    void newProjectInteractively();
    void buildLanguageMenu(QMenu* menu);
    void chooseLanguage(const QString& code);
    void goToTurn(int step);
    void goToCoding(int step);
    void showSelectedSource();
    void updateStatus();
    void updateCoderStatus();
    bool askForCoder();
    void openProjectInteractively();
    void showError(const QString& message);
    // After an import, a merge, or undoing one: the tree follows the sources the store holds.
    void reloadSourcesIfChanged();

    QAction* quickCodeAction_ = nullptr;
    QAction* changeCoderAction_ = nullptr;
    QLabel* readOnlyStatus_ = nullptr;
    std::unique_ptr<ProjectSession> session_;
    QUndoGroup* undoGroup_;
    SourceTreeModel* sourceModel_ = nullptr;
    QTreeView* sourceTree_ = nullptr;
    TranscriptView* transcriptView_ = nullptr;
    CodingMargin* margin_ = nullptr;
    CodingController* controller_ = nullptr;
    CodebookDock* codebookDock_ = nullptr;
    SearchDock* searchDock_ = nullptr;
    QuoteBasketDock* quoteDock_ = nullptr;
    AgreementDock* agreementDock_ = nullptr;
    ProjectExchange* exchange_ = nullptr;
    MatrixDock* matrixDock_ = nullptr;
    JointDisplayDock* jointDock_ = nullptr;
    LongWork* longWork_ = nullptr;
    QLabel* status_ = nullptr;
    QLabel* coderStatus_ = nullptr;
};

} // namespace hilo::ui
