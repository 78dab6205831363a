#pragma once
// File ▸ Import REFI-QDA Project, Export REFI-QDA Project and Merge Coder's Copy: whole
// projects in and out of the open one. Import and merge apply a snapshot through
// ProjectSession::run, so each is one undo step; the file is read and checked in full before
// anything is written. Tests choose the files through setFileChooser, and take the same path
// the actions take.
#include <QObject>
#include <QString>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace hilo::ui {

class ProjectSession;

class ProjectExchange : public QObject {
    Q_OBJECT
public:
    enum class Choice { ImportFile, ExportFile, MergeFolder };
    // Returns the chosen file or folder, or an empty string when the user cancels.
    using FileChooser = std::function<QString(Choice)>;

    explicit ProjectExchange(QWidget* window);

    void setSession(ProjectSession* session);
    void addActionsTo(QMenu* menu);
    void setFileChooser(FileChooser chooser) { chooser_ = std::move(chooser); }

    QAction* importAction() const { return import_; }
    QAction* exportAction() const { return export_; }
    QAction* mergeAction() const { return merge_; }

    // What the actions do once a file is chosen; false (with the reason in lastReport and a
    // message to the user) when it failed, leaving the project as it was.
    bool importQdpx(const QString& file);
    bool exportQdpx(const QString& file);
    bool mergeCopy(const QString& folder);
    // The last operation's summary: what matched, what was new, what was skipped or refused.
    QString lastReport() const { return report_; }

Q_SIGNALS:
    // Sources may have been added: the source tree must reload.
    void sourcesChanged();

private:
    QString choose(Choice choice);
    void show(const QString& title, bool ok);
    void updateActions();

    QWidget* window_;
    ProjectSession* session_ = nullptr;
    QAction* import_;
    QAction* export_;
    QAction* merge_;
    FileChooser chooser_;
    QString report_;
};

} // namespace hilo::ui
