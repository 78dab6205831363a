#include "quote_export_dialog.h"

#include "analysis/quotes/odt_export.h"
#include "project_session.h"
#include "text/qt_offsets.h"
#include "text/user_error.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace hilo::ui {

QuoteExportDialog::QuoteExportDialog(ProjectSession* session, QWidget* parent)
    : QDialog(parent),
      session_(session),
      format_(new QComboBox),
      template_(new QLineEdit),
      marks_(new QComboBox),
      notes_(new QCheckBox(tr("Include the notes under each quote"))),
      preview_(new QTextBrowser),
      problem_(new QLabel)
{
    setWindowTitle(tr("Export Quotes"));
    format_->addItem(tr("Markdown (.md)"), QStringLiteral("md"));
    format_->addItem(tr("Web page (.html)"), QStringLiteral("html"));
    format_->addItem(tr("OpenDocument text (.odt)"), QStringLiteral("odt"));
    format_->addItem(tr("Word document (.docx)"), QStringLiteral("docx"));
    format_->addItem(tr("Spreadsheet with provenance (.csv)"), QStringLiteral("csv"));
    marks_->addItem(tr("Typographic “ ” ‘ ’"), QStringLiteral("typographic"));
    marks_->addItem(tr("Straight \" '"), QStringLiteral("straight"));
    marks_->addItem(tr("As transcribed"), QStringLiteral("keep"));
    if (session_)
        template_->setText(text::toQString(quotes::QuoteStore(session_->project()).attributionTemplate()));
    template_->setToolTip(tr("Fields: TEXT, GROUP, PARTICIPANT, SPEAKER, SOURCE, CODES, NOTE and any attribute in "
                             "capitals (AGE, STATE, ROLE). A part in braces is left out when a field in it is empty: "
                             "“TEXT” (GROUP{, AGE years old}{, STATE})"));
    problem_->setWordWrap(true);
    problem_->setStyleSheet(QStringLiteral("color: #b00020"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Format:"), format_);
    form->addRow(tr("&Attribution:"), template_);
    form->addRow(tr("&Quotation marks:"), marks_);
    form->addRow(QString(), notes_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton* save = buttons->addButton(tr("&Keep Template for Project"), QDialogButtonBox::ActionRole);
    QPushButton* exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Preview:")));
    layout->addWidget(preview_, 1);
    layout->addWidget(problem_);
    layout->addWidget(buttons);
    resize(720, 480);

    connect(template_, &QLineEdit::textChanged, this, &QuoteExportDialog::updatePreview);
    connect(marks_, &QComboBox::currentIndexChanged, this, &QuoteExportDialog::updatePreview);
    connect(notes_, &QCheckBox::toggled, this, &QuoteExportDialog::updatePreview);
    connect(save, &QPushButton::clicked, this, &QuoteExportDialog::saveTemplate);
    connect(exportButton, &QPushButton::clicked, this, &QuoteExportDialog::exportInteractively);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updatePreview();
}

quotes::ExportOptions QuoteExportDialog::options() const
{
    quotes::ExportOptions options;
    options.templateText = text::fromQString(template_->text());
    quotes::validateTemplate(options.templateText);
    options.marks = quotes::quoteMarksFromName(marks_->currentData().toString().toStdString());
    options.notes = notes_->isChecked();
    return options;
}

QString QuoteExportDialog::format() const
{
    return format_->currentData().toString();
}

void QuoteExportDialog::updatePreview()
{
    if (!session_)
        return;
    try {
        const quotes::ExportOptions options = this->options();
        const auto quotes = quotes::exportedQuotes(session_->project(), options);
        preview_->setPlainText(quotes.empty() ? tr("The basket is empty.")
                                              : text::toQString(quotes::toPlainText(quotes, options)));
        problem_->clear();
    } catch (const UserError& e) {
        problem_->setText(QString::fromStdString(e.what()));
    }
}

bool QuoteExportDialog::exportTo(const QString& path, QString* error)
{
    try {
        if (!session_)
            throw UserError(tr("no project is open").toStdString());
        const quotes::ExportOptions options = this->options();
        const auto quotes = quotes::exportedQuotes(session_->project(), options);
        const std::string chosen = format().toStdString();
        quotes::writeExportFile(path.toStdString(), chosen == "odt" ? quotes::toOdt(quotes, options)
                                                                    : quotes::exportBytes(quotes, options, chosen));
        return true;
    } catch (const std::exception& e) {
        if (error != nullptr)
            *error = QString::fromStdString(e.what());
        problem_->setText(QString::fromStdString(e.what()));
        return false;
    }
}

bool QuoteExportDialog::saveTemplate()
{
    if (!session_)
        return false;
    const std::string shape = text::fromQString(template_->text());
    return session_->run(tr("Set Attribution Template"),
                         [this, shape] { quotes::QuoteStore(session_->project()).setAttributionTemplate(shape); });
}

void QuoteExportDialog::exportInteractively()
{
    const QString suffix = format();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Quotes"), QStringLiteral("quotes.") + suffix,
                                                      format_->currentText());
    if (path.isEmpty())
        return;
    QString error;
    if (exportTo(path, &error))
        accept();
}

} // namespace hilo::ui
