#include "odt_writer.h"

#include "import/file_bytes.h"
#include "text/user_error.h"

#include <QBuffer>
#include <QFont>
#include <QRegularExpression>
#include <QTextDocument>
#include <QTextDocumentWriter>

namespace hilo::documents {

QByteArray htmlToOdt(const std::string& html)
{
    QTextDocument document;
    // A font with an explicit size: without a QGuiApplication, Qt's default font has none. No
    // family is named: that would need the font database, which needs a QGuiApplication.
    QFont font;
    font.setPointSize(10);
    document.setDefaultFont(font);
    // The style sheet is for browsers: some CSS (lengths in em) makes Qt measure fonts, which
    // needs a QGuiApplication. What a document must keep (borders, shading, alignment) the
    // reports also say in HTML attributes, which Qt reads without one.
    QString markup = QString::fromStdString(html);
    markup.remove(QRegularExpression(QStringLiteral("<style[^>]*>.*</style>"),
                                     QRegularExpression::DotMatchesEverythingOption | QRegularExpression::InvertedGreedinessOption));
    document.setHtml(markup);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(&document))
        throw UserError("the OpenDocument writer failed");
    return bytes;
}

void writeOdt(const std::string& html, const std::filesystem::path& file)
{
    const QByteArray bytes = htmlToOdt(html);
    import::writeFileBytes(file, std::string(bytes.constData(), static_cast<std::size_t>(bytes.size())));
}

} // namespace hilo::documents
