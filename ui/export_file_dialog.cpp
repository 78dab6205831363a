#include "export_file_dialog.h"

#include <QFileDialog>
#include <QMessageBox>

#include <exception>

namespace hilo::ui {

void exportThroughDialog(QWidget* parent, const QString& title, const QString& filters,
                         const std::function<void(const QString& file, const QString& format)>& write)
{
    QString filter;
    const QString file = QFileDialog::getSaveFileName(parent, title, QString(), filters, &filter);
    if (file.isEmpty())
        return;
    const QString format = filter.contains(QStringLiteral("*.csv"))  ? QStringLiteral("csv")
                           : filter.contains(QStringLiteral("*.md")) ? QStringLiteral("md")
                           : filter.contains(QStringLiteral("*.odt")) ? QStringLiteral("odt")
                                                                      : QStringLiteral("html");
    try {
        write(file, format);
    } catch (const std::exception& e) {
        QMessageBox::warning(parent, title, QString::fromStdString(e.what()));
    }
}

} // namespace hilo::ui
