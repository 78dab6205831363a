#pragma once
// The <CodeBook> element on its own, for documents that embed one: a REFI-QDA project
// (project.qde) holds the same <CodeBook><Codes>... as a .qdc, in the project's namespace.
// The .qdc functions in codebook_formats.h are built on these.
#include "codebook.h"

#include <QString>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <string>

namespace hilo::codebook {

// `reader` is on a <CodeBook> start element of `text` (used for error positions); returns
// with it on the matching end element. Elements count when they have no namespace or
// `namespaceUri`. Errors are UserErrors naming `fileName`, line and column; the result has
// passed validate().
Codebook readCodeBookElement(const QString& text, QXmlStreamReader& reader, const std::string& fileName,
                             const QString& namespaceUri);

// Writes <CodeBook><Codes>...</Codes></CodeBook> in the writer's current default namespace.
void writeCodeBookElement(QXmlStreamWriter& writer, const Codebook& codebook);

} // namespace hilo::codebook
