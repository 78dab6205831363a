#pragma once
// OpenDocument text (.odt) from the HTML that Hilo's reports are written as, through Qt's
// QTextDocument and QTextDocumentWriter. This is the one place outside ui/ that links QtGui
// (library hilo_documents): the core library stays QtCore only. Works under a
// QCoreApplication, so the `hilo` command line can write .odt without a display.
#include <QByteArray>

#include <filesystem>
#include <string>

namespace hilo::documents {

// The .odt file's bytes for an HTML report.
QByteArray htmlToOdt(const std::string& html);

// Writes the .odt owner-only, replacing the file only when complete; UserError naming the file.
void writeOdt(const std::string& html, const std::filesystem::path& file);

} // namespace hilo::documents
