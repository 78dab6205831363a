#include "quote_export.h"

#include "text/csv_writer.h"
#include "text/user_error.h"

#include <QString>
#include <QXmlStreamWriter>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zip.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <memory>

namespace hilo::quotes {
namespace {

QString q(const std::string& utf8)
{
    return QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
}

std::string html(const std::string& utf8)
{
    return q(utf8).toHtmlEscaped().toStdString();
}

// Characters Markdown would read as formatting; brackets stay, so "[...]" reads as written.
std::string markdownEscaped(const std::string& text)
{
    std::string out;
    for (const char c : text) {
        if (c == '\\' || c == '*' || c == '_' || c == '`' || c == '<' || c == '>' || c == '#')
            out.push_back('\\');
        if (c == '\n') {
            out += "  \n> "; // a line break inside the blockquote
            continue;
        }
        out.push_back(c);
    }
    return out;
}


std::string joined(const std::vector<std::string>& values, const std::string& separator)
{
    std::string out;
    for (const std::string& value : values)
        out += (out.empty() ? "" : separator) + value;
    return out;
}

struct ZipCloser {
    void operator()(zip_t* zip) const { zip_discard(zip); }
};

void addEntry(zip_t* zip, const char* name, const std::string& bytes)
{
    // libzip copies the buffer only at close: keep it alive by letting libzip own a copy.
    void* copy = std::malloc(bytes.size());
    if (copy == nullptr)
        throw std::bad_alloc();
    std::memcpy(copy, bytes.data(), bytes.size());
    zip_source_t* source = zip_source_buffer(zip, copy, bytes.size(), 1);
    if (source == nullptr || zip_file_add(zip, name, source, ZIP_FL_ENC_UTF_8) < 0) {
        if (source != nullptr)
            zip_source_free(source);
        else
            std::free(copy);
        throw UserError(std::string("DOCX: cannot add ") + name + ": " + zip_strerror(zip));
    }
}

std::string documentXml(const std::vector<ExportedQuote>& quotes, const ExportOptions& options)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    const QString w = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeNamespace(w, QStringLiteral("w"));
    xml.writeStartElement(w, QStringLiteral("document"));
    xml.writeStartElement(w, QStringLiteral("body"));
    auto paragraph = [&](const std::string& text, bool bold, bool italic, const std::string& language) {
        xml.writeStartElement(w, QStringLiteral("p"));
        xml.writeStartElement(w, QStringLiteral("r"));
        if (bold || italic || !language.empty()) {
            xml.writeStartElement(w, QStringLiteral("rPr"));
            if (bold)
                xml.writeEmptyElement(w, QStringLiteral("b"));
            if (italic)
                xml.writeEmptyElement(w, QStringLiteral("i"));
            if (!language.empty()) {
                xml.writeEmptyElement(w, QStringLiteral("lang"));
                xml.writeAttribute(w, QStringLiteral("val"), q(language == "es" ? "es-MX" : "en-GB"));
            }
            xml.writeEndElement();
        }
        xml.writeStartElement(w, QStringLiteral("t"));
        xml.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
        xml.writeCharacters(q(text));
        xml.writeEndElement(); // t
        xml.writeEndElement(); // r
        xml.writeEndElement(); // p
    };
    paragraph(options.title, true, false, "");
    for (const ExportedQuote& e : quotes) {
        paragraph(e.attributed, false, false, e.quote.language);
        if (options.notes && !e.quote.note.empty())
            paragraph(e.quote.note, false, true, "");
    }
    xml.writeEndElement(); // body
    xml.writeEndElement(); // document
    xml.writeEndDocument();
    return bytes.toStdString();
}

} // namespace

std::vector<ExportedQuote> exportedQuotes(Project& project, const ExportOptions& options)
{
    validateTemplate(options.templateText);
    QuoteStore store(project);
    std::vector<ExportedQuote> result;
    for (QuoteRecord& quote : store.list(options.marks)) {
        std::string attributed = store.attributed(quote, options.templateText, options.marks);
        result.push_back({std::move(quote), std::move(attributed)});
    }
    return result;
}

std::string toMarkdown(const std::vector<ExportedQuote>& quotes, const ExportOptions& options)
{
    std::string out = "# " + markdownEscaped(options.title) + "\n";
    for (const ExportedQuote& e : quotes) {
        out += "\n> " + markdownEscaped(e.attributed) + "\n";
        if (options.notes && !e.quote.note.empty())
            out += "\n*" + markdownEscaped(e.quote.note) + "*\n";
    }
    return out;
}

std::string toHtml(const std::vector<ExportedQuote>& quotes, const ExportOptions& options)
{
    std::string out = "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>" + html(options.title) +
                      "</title>\n</head>\n<body>\n<h1>" + html(options.title) + "</h1>\n";
    for (const ExportedQuote& e : quotes) {
        out += "<blockquote lang=\"" + e.quote.language + "\"><p>" + html(e.attributed) + "</p></blockquote>\n";
        if (options.notes && !e.quote.note.empty())
            out += "<p><em>" + html(e.quote.note) + "</em></p>\n";
    }
    return out + "</body>\n</html>\n";
}

std::string toPlainText(const std::vector<ExportedQuote>& quotes, const ExportOptions& options)
{
    std::string out;
    for (const ExportedQuote& e : quotes) {
        out += (out.empty() ? "" : "\n\n") + e.attributed;
        if (options.notes && !e.quote.note.empty())
            out += "\n" + e.quote.note;
    }
    return out + (out.empty() ? "" : "\n");
}

std::string toCsv(const std::vector<ExportedQuote>& quotes)
{
    std::string out = "position,text,attribution,source,participant,group,start,end,edits,codes,coder,note,speaker,quote_guid\n";
    for (const ExportedQuote& e : quotes) {
        const QuoteRecord& r = e.quote;
        const std::string fields[] = {std::to_string(r.position), r.text, e.attributed, r.sourceName, r.participant,
                                      r.groupTag, std::to_string(r.span.start), std::to_string(r.span.end),
                                      editsToJson(r.span.edits), joined(r.codes, "; "), r.coderName, r.note,
                                      r.speaker, r.guid};
        std::string line;
        for (const std::string& field : fields)
            line += (line.empty() ? "" : ",") + text::csvField(field);
        out += line + "\n";
    }
    return out;
}

std::string toDocx(const std::vector<ExportedQuote>& quotes, const ExportOptions& options)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (buffer == nullptr)
        throw UserError(std::string("DOCX: ") + zip_error_strerror(&error));
    zip_source_keep(buffer); // still read after the archive is closed
    std::unique_ptr<zip_source_t, decltype(&zip_source_free)> keep(buffer, zip_source_free);
    std::unique_ptr<zip_t, ZipCloser> zip(zip_open_from_source(buffer, ZIP_TRUNCATE, &error));
    if (!zip)
        throw UserError(std::string("DOCX: ") + zip_error_strerror(&error));

    addEntry(zip.get(), "[Content_Types].xml",
             "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
             "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
             "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
             "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
             "<Override PartName=\"/word/document.xml\" "
             "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
             "</Types>");
    addEntry(zip.get(), "_rels/.rels",
             "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
             "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
             "<Relationship Id=\"rId1\" "
             "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
             "Target=\"word/document.xml\"/></Relationships>");
    addEntry(zip.get(), "word/document.xml", documentXml(quotes, options));
    if (zip_close(zip.get()) < 0)
        throw UserError(std::string("DOCX: ") + zip_strerror(zip.get()));
    zip.release();

    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_source_stat(buffer, &stat) < 0 || zip_source_open(buffer) < 0)
        throw UserError("DOCX: the written archive cannot be read back");
    std::string bytes(static_cast<std::size_t>(stat.size), '\0');
    const zip_int64_t read = zip_source_read(buffer, bytes.data(), stat.size);
    zip_source_close(buffer);
    if (read < 0 || static_cast<zip_uint64_t>(read) != stat.size)
        throw UserError("DOCX: the written archive cannot be read back");
    return bytes;
}

std::string exportBytes(const std::vector<ExportedQuote>& quotes, const ExportOptions& options, const std::string& format)
{
    if (format == "md" || format == "markdown")
        return toMarkdown(quotes, options);
    if (format == "html")
        return toHtml(quotes, options);
    if (format == "csv")
        return toCsv(quotes);
    if (format == "docx")
        return toDocx(quotes, options);
    if (format == "txt")
        return toPlainText(quotes, options);
    throw UserError("unknown export format '" + format + "' (use md, html, odt, docx or csv)");
}

void writeExportFile(const std::filesystem::path& file, const std::string& bytes)
{
    // Created owner-only from the start, not made so afterwards, and renamed into place only
    // when complete, so an interrupted export never leaves half a file.
    std::filesystem::path temporary = file;
    temporary += ".part";
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        throw UserError(file.string() + ": cannot be written (" + std::strerror(errno) + ")");
    ::fchmod(fd, 0600); // an older .part may have had other permissions
    std::size_t written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        written += static_cast<std::size_t>(n);
    }
    const bool complete = written == bytes.size() && ::fsync(fd) == 0;
    ::close(fd);
    std::error_code error;
    if (complete)
        std::filesystem::rename(temporary, file, error);
    if (!complete || error) {
        std::filesystem::remove(temporary, error);
        throw UserError(file.string() + ": cannot be written");
    }
}

} // namespace hilo::quotes
