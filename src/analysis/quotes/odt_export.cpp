#include "odt_export.h"

#include "text/user_error.h"

#include <QBuffer>
#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>

namespace hilo::quotes {
namespace {

QString q(const std::string& utf8)
{
    return QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
}

} // namespace

std::string toOdt(const std::vector<ExportedQuote>& quotes, const ExportOptions& options)
{
    // Built block by block rather than from HTML: the HTML importer computes font pixel sizes,
    // which needs a QGuiApplication the CLI does not have.
    QTextDocument document;
    QTextCursor cursor(&document);
    QTextCharFormat title;
    title.setFontWeight(QFont::Bold);
    title.setFontPointSize(16);
    cursor.insertText(q(options.title), title);
    QTextBlockFormat quoteBlock;
    quoteBlock.setLeftMargin(24);
    quoteBlock.setTopMargin(8);
    const QTextCharFormat plain;
    QTextCharFormat note;
    note.setFontItalic(true);
    for (const ExportedQuote& e : quotes) {
        cursor.insertBlock(quoteBlock, plain);
        cursor.insertText(q(e.attributed), plain);
        if (options.notes && !e.quote.note.empty()) {
            cursor.insertBlock(quoteBlock, note);
            cursor.insertText(q(e.quote.note), note);
        }
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(&document))
        throw UserError("ODT: Qt could not write the document");
    return buffer.data().toStdString();
}

} // namespace hilo::quotes
