#pragma once
// The basket as an OpenDocument text (.odt), written by Qt's QTextDocumentWriter. This is the
// one export that needs QtGui, so it is its own small library (hilo_documents) that the CLI and
// the workbench link; hilo_core and hilo_analysis stay QtCore only.
#include "quote_export.h"

#include <string>
#include <vector>

namespace hilo::quotes {

// The bytes of a .odt file. Needs a QGuiApplication or, in the CLI, works without one: the
// writer only serializes the document, it lays nothing out.
std::string toOdt(const std::vector<ExportedQuote>& quotes, const ExportOptions& options);

} // namespace hilo::quotes
