#include "export_file_dialog.h"

#include <QFileDialog>

namespace hilo::ui {

std::optional<ExportChoice> askExportFile(QWidget* parent, const QString& title, const QString& filters)
{
    QString filter;
    const QString file = QFileDialog::getSaveFileName(parent, title, QString(), filters, &filter);
    if (file.isEmpty())
        return std::nullopt;
    const QString format = filter.contains(QStringLiteral("*.csv"))  ? QStringLiteral("csv")
                           : filter.contains(QStringLiteral("*.md")) ? QStringLiteral("md")
                           : filter.contains(QStringLiteral("*.odt")) ? QStringLiteral("odt")
                                                                      : QStringLiteral("html");
    return ExportChoice{file, format};
}

} // namespace hilo::ui
