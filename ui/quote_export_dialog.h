#pragma once
// Exporting the quote basket: format, attribution template, quotation marks and notes, with a
// live preview of how every quote will read as the template is typed. The template can be kept
// as the project's own.
#include "analysis/quotes/quote_export.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTextBrowser;

namespace hilo::ui {

class ProjectSession;

class QuoteExportDialog : public QDialog {
    Q_OBJECT
public:
    explicit QuoteExportDialog(ProjectSession* session, QWidget* parent = nullptr);

    QComboBox* formatBox() const { return format_; }
    QLineEdit* templateEdit() const { return template_; }
    QComboBox* marksBox() const { return marks_; }
    QCheckBox* notesBox() const { return notes_; }
    QTextBrowser* preview() const { return preview_; }
    QLabel* problemLabel() const { return problem_; }

    // The options as the form has them; UserError for a template that cannot be used.
    quotes::ExportOptions options() const;
    QString format() const; // md, html, odt, docx, csv
    // Writes the basket to a file (owner-only); the message goes to *error on failure.
    bool exportTo(const QString& path, QString* error = nullptr);
    // Keeps the typed template as the project's attribution template.
    bool saveTemplate();

private:
    void updatePreview();
    void exportInteractively();

    QPointer<ProjectSession> session_;
    QComboBox* format_;
    QLineEdit* template_;
    QComboBox* marks_;
    QCheckBox* notes_;
    QTextBrowser* preview_;
    QLabel* problem_;
};

} // namespace hilo::ui
