#pragma once
// The joint display as a view: per survey theme, the survey figures beside the linked codes'
// excerpts and participants per group, exemplar quotes and the researcher's note, which can be
// edited here. Exports to Markdown, HTML, ODT and CSV.
#include <QDockWidget>

class QComboBox;
class QPushButton;
class QTextBrowser;

namespace hilo::ui {

class ProjectSession;

class JointDisplayDock : public QDockWidget {
    Q_OBJECT
public:
    explicit JointDisplayDock(QWidget* parent = nullptr);

    void setSession(ProjectSession* session);
    void refresh();

    QTextBrowser* browser() const { return browser_; }
    QComboBox* themeBox() const { return themes_; }

    // Saves a theme's note (by theme name); UserError for an unknown theme.
    void setNote(const QString& theme, const QString& note);
    // format: "md", "html", "odt" or "csv". UserError on failure.
    void exportTo(const QString& file, const QString& format);

private:
    void editNoteInteractively();
    void exportInteractively();

    ProjectSession* session_ = nullptr;
    QTextBrowser* browser_;
    QComboBox* themes_;
    QPushButton* note_;
    QPushButton* export_;
    bool stale_ = true;
};

} // namespace hilo::ui
