#pragma once
// Asks where to export a report and in which format, from a save dialog whose filters name
// the formats ("CSV (*.csv);;Markdown (*.md);;..."): the chosen filter decides the format.
#include <QString>

#include <optional>

class QWidget;

namespace hilo::ui {

struct ExportChoice {
    QString file;
    QString format; // csv | md | odt | html
};

std::optional<ExportChoice> askExportFile(QWidget* parent, const QString& title, const QString& filters);

} // namespace hilo::ui
