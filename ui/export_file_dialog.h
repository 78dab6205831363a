#pragma once
// Exporting a report from a dock: a save dialog whose filters name the formats ("CSV (*.csv);;
// Markdown (*.md);;..."), where the chosen filter decides the format, then the dock's writer;
// a failure is shown in a message box.
#include <QString>

#include <functional>

class QWidget;

namespace hilo::ui {

// `write` gets the chosen file and format (csv | md | odt | html). Nothing happens when the
// dialog is cancelled.
void exportThroughDialog(QWidget* parent, const QString& title, const QString& filters,
                         const std::function<void(const QString& file, const QString& format)>& write);

} // namespace hilo::ui
