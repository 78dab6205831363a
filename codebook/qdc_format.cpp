// REFI-QDA codebook (.qdc) reading and writing.
//
// Reading is lenient where the REFI-QDA schema or other tools are (elements with or without
// the namespace, GUIDs in braces or upper case, #rgb colours, unknown elements such as <Sets>
// skipped) and strict where a careless file could hurt: no DTD (entity expansion), at most
// 64 levels of nested codes. GUIDs and colours are stored lower-case, names and descriptions
// NFC-normalized, as everywhere in Hilo.
//
// Positions in errors are line:column, both from 1. Problems with a code point at the '<' of
// its start tag, columns counted in code points; XML syntax errors carry the position where
// QXmlStreamReader noticed them (the last character it read).
#include "codebook_formats.h"
#include "qdc_elements.h"

#include "code_path.h"
#include "description_sections.h"
#include "text/unicode_text.h"
#include "text/user_error.h"

#include <QRegularExpression>
#include <QStringDecoder>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <algorithm>
#include <cctype>
#include <cstdio>

namespace hilo::codebook {
namespace {

const QString kNamespace = QStringLiteral("urn:QDA-XML:codebook:1.0");
constexpr int kMaxDepth = 64;

std::string lowerAscii(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); });
    return s;
}

// The encoding from a byte order mark, else from the XML declaration, else UTF-8 (what every
// QDA tool writes). Decoding here rather than in QXmlStreamReader lets errors point into text
// whose offsets we know.
QStringConverter::Encoding encodingOf(const QByteArray& data, const std::string& fileName)
{
    if (const auto fromBom = QStringConverter::encodingForData(data, u'<'))
        return *fromBom;
    static const QRegularExpression declaration(
        QStringLiteral(R"(^<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._-]+)["'])"));
    const QRegularExpressionMatch match = declaration.match(QString::fromLatin1(data.left(200)));
    if (!match.hasMatch())
        return QStringConverter::Utf8;
    const QString name = match.captured(1);
    const auto declared = QStringConverter::encodingForName(name.toLatin1().constData());
    if (!declared)
        throw UserError(fileName + ": the file declares the encoding '" + name.toStdString() +
                        "', which Hilo cannot read; save it as UTF-8");
    return *declared;
}

QString decodeQdc(std::string_view bytes, const std::string& fileName)
{
    const QByteArray data(bytes.data(), static_cast<qsizetype>(bytes.size()));
    QStringDecoder decoder(encodingOf(data, fileName));
    QString text = decoder.decode(data);
    if (decoder.hasError())
        throw UserError(fileName + ": is not valid " + std::string(decoder.name() ? decoder.name() : "UTF-8") +
                        " text; save it as UTF-8");
    return text;
}

std::string trimmed(QStringView value)
{
    return value.trimmed().toString().toStdString();
}

// Reads the document with one QXmlStreamReader, descending element by element. Every child
// reader returns positioned on its own end element.
class QdcReader {
public:
    // `text` is what `reader` reads (for error positions); elements count as REFI-QDA ones when
    // they have no namespace or `namespaceUri` (the codebook's own, or the project's in a .qde).
    QdcReader(const QString& text, QXmlStreamReader& reader, const std::string& fileName, QString namespaceUri)
        : text_(text), fileName_(fileName), reader_(reader), namespace_(std::move(namespaceUri))
    {
    }

    Codebook read()
    {
        Codebook book;
        readRoot(book);
        return book;
    }

    // The reader is on a <CodeBook> start element; returns on its end element.
    Codebook readCodeBookElement()
    {
        Codebook book;
        readCodeBookChildren(book);
        return book;
    }

private:
    QXmlStreamReader::TokenType next()
    {
        const QXmlStreamReader::TokenType token = reader_.readNext();
        throwIfMalformed();
        if (token == QXmlStreamReader::DTD)
            failAt(text_.lastIndexOf(QStringLiteral("<!DOCTYPE"), reader_.characterOffset()),
                   "the file has a document type declaration (<!DOCTYPE ...>), which a codebook does not "
                   "need and Hilo refuses because its entities can expand without limit; remove it");
        return token;
    }

    void throwIfMalformed() const
    {
        if (reader_.hasError())
            throw UserError(fileName_ + ":" + std::to_string(reader_.lineNumber()) + ":" +
                            std::to_string(std::max<qint64>(1, reader_.columnNumber())) +
                            ": malformed XML: " + reader_.errorString().toStdString());
    }

    // Calls readChild() at each child element of the current element, which must consume it.
    template <typename ReadChild> void forEachChild(ReadChild readChild)
    {
        for (;;) {
            const QXmlStreamReader::TokenType token = next();
            if (token == QXmlStreamReader::StartElement)
                readChild();
            else if (token == QXmlStreamReader::EndElement || token == QXmlStreamReader::EndDocument)
                return;
        }
    }

    void skipElement()
    {
        for (int depth = 1; depth > 0;) {
            const QXmlStreamReader::TokenType token = next();
            if (token == QXmlStreamReader::StartElement)
                ++depth;
            else if (token == QXmlStreamReader::EndElement)
                --depth;
        }
    }

    bool isQdcElement(QStringView name) const
    {
        const QStringView uri = reader_.namespaceUri();
        return reader_.name() == name && (uri.isEmpty() || uri == namespace_);
    }

    void readRoot(Codebook& book)
    {
        for (QXmlStreamReader::TokenType token = next(); token != QXmlStreamReader::StartElement; token = next())
            if (token == QXmlStreamReader::EndDocument)
                throw UserError(fileName_ + ": has no <CodeBook> element");
        if (!isQdcElement(u"CodeBook"))
            failAtTag("the document is <" + reader_.qualifiedName().toString().toStdString() +
                      ">, not a REFI-QDA <CodeBook> (a .qde or .qdpx project is not a codebook)");
        readCodeBookChildren(book);
    }

    void readCodeBookChildren(Codebook& book)
    {
        forEachChild([&] {
            if (isQdcElement(u"Codes"))
                readCodes(book.codes, 0);
            else
                skipElement(); // <Sets> and anything a tool adds: not part of the code tree
        });
    }

    void readCodes(std::vector<Code>& codes, int depth)
    {
        forEachChild([&] {
            if (isQdcElement(u"Code"))
                codes.push_back(readCode(depth + 1));
            else
                skipElement();
        });
    }

    Code readCode(int depth)
    {
        if (depth > kMaxDepth)
            failAtTag("codes are nested more than " + std::to_string(kMaxDepth) + " levels deep");
        Code code = readAttributes();
        forEachChild([&] {
            if (isQdcElement(u"Code"))
                code.children.push_back(readCode(depth + 1));
            else if (isQdcElement(u"Description"))
                parseDescription(readText(), code);
            else
                skipElement(); // e.g. <NoteRef>: notes are not part of a codebook
        });
        return code;
    }

    Code readAttributes()
    {
        const QXmlStreamAttributes attributes = reader_.attributes();
        Code code;
        code.guid = readGuid(attributes);
        code.name = text::toNfc(requiredAttribute(attributes, "name").toString().toStdString());
        if (code.name.find_first_not_of(" \t\r\n") == std::string::npos)
            failAtTag("Code has an empty name attribute");
        code.codable = readCodable(attributes);
        code.color = readColor(attributes);
        return code;
    }

    std::string readText()
    {
        const QString value = reader_.readElementText(QXmlStreamReader::IncludeChildElements);
        throwIfMalformed();
        return text::toNfc(value.toStdString());
    }

    QStringView requiredAttribute(const QXmlStreamAttributes& attributes, const char* name) const
    {
        const QStringView value = attributes.value(QLatin1StringView(name));
        if (value.isNull())
            failAtTag(std::string("Code has no ") + name + " attribute");
        return value;
    }

    std::string readGuid(const QXmlStreamAttributes& attributes) const
    {
        std::string guid = lowerAscii(trimmed(requiredAttribute(attributes, "guid")));
        if (guid.size() == 38 && guid.front() == '{' && guid.back() == '}')
            guid = guid.substr(1, 36); // the schema allows braces; Hilo stores GUIDs without
        if (!isWellFormedGuid(guid))
            failAtTag("Code has a malformed guid '" + guid + "' (expected 8-4-4-4-12 hexadecimal digits)");
        return guid;
    }

    bool readCodable(const QXmlStreamAttributes& attributes) const
    {
        const QStringView value = attributes.value(QLatin1StringView("isCodable"));
        if (value.isNull())
            return true;
        const QString v = value.trimmed().toString();
        if (v == u"true" || v == u"1")
            return true;
        if (v == u"false" || v == u"0")
            return false;
        failAtTag("Code has isCodable='" + v.toStdString() + "' (expected true or false)");
    }

    std::string readColor(const QXmlStreamAttributes& attributes) const
    {
        const std::string written = trimmed(attributes.value(QLatin1StringView("color")));
        std::string color = lowerAscii(written);
        if (color.size() == 4 && color[0] == '#') // #rgb, which the schema allows, is #rrggbb
            color = {'#', color[1], color[1], color[2], color[2], color[3], color[3]};
        const bool hex = std::all_of(color.begin() + std::min<std::size_t>(1, color.size()), color.end(),
                                     [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; });
        if (!color.empty() && (color.size() != 7 || color[0] != '#' || !hex))
            failAtTag("Code has color '" + written + "' (expected #RRGGBB)");
        return color;
    }

    [[noreturn]] void failAtTag(const std::string& message) const
    {
        failAt(text_.lastIndexOf(u'<', reader_.characterOffset() - 1), message);
    }

    [[noreturn]] void failAt(qsizetype offset, const std::string& message) const
    {
        long line = 1;
        long column = 1;
        for (qsizetype i = 0; i < offset && i < text_.size(); ++i) {
            const QChar c = text_[i];
            const bool lineBreak = c == u'\n' || (c == u'\r' && (i + 1 >= text_.size() || text_[i + 1] != u'\n'));
            if (lineBreak) {
                ++line;
                column = 1;
            } else if (!c.isLowSurrogate() && c != u'\r') {
                ++column;
            }
        }
        throw UserError(fileName_ + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " + message);
    }

    const QString& text_;
    const std::string& fileName_;
    QXmlStreamReader& reader_;
    QString namespace_;
};

} // namespace

Codebook readQdc(std::string_view xml, const std::string& fileName)
{
    const QString text = decodeQdc(xml, fileName);
    QXmlStreamReader reader(text);
    Codebook book = QdcReader(text, reader, fileName, kNamespace).read();
    validate(book, fileName);
    return book;
}

Codebook readCodeBookElement(const QString& text, QXmlStreamReader& reader, const std::string& fileName,
                             const QString& namespaceUri)
{
    Codebook book = QdcReader(text, reader, fileName, namespaceUri).readCodeBookElement();
    validate(book, fileName);
    return book;
}

namespace {

// XML 1.0 cannot carry most control characters, not even escaped; QXmlStreamWriter would drop
// them silently, so refuse with the code's name instead.
void requireXmlCharacters(const std::string& value, const FlatCode& flat)
{
    for (std::size_t i = 0; i < value.size(); ++i) {
        const auto c = static_cast<unsigned char>(value[i]);
        const bool control = c < 0x20 && c != '\t' && c != '\n' && c != '\r';
        const bool nonCharacter = c == 0xEF && value.compare(i, 2, "\xEF\xBF") == 0 && i + 2 < value.size() &&
                                  (value[i + 2] == '\xBE' || value[i + 2] == '\xBF'); // U+FFFE, U+FFFF
        if (control || nonCharacter) {
            char codePoint[8];
            std::snprintf(codePoint, sizeof codePoint, "U+%04X", control ? c : 0xFFFEU + (value[i + 2] == '\xBF'));
            throw UserError("code '" + joinCodePath(flat.path) + "' contains the character " + codePoint +
                            ", which a .qdc (XML) file cannot hold; remove it and export again");
        }
    }
}

// QXmlStreamWriter escapes a carriage return in attributes but writes it raw in text, where
// XML parsers turn it into a line feed; a character reference keeps it.
void writeText(QXmlStreamWriter& writer, const QString& text)
{
    qsizetype start = 0;
    for (qsizetype cr = text.indexOf(u'\r'); cr >= 0; cr = text.indexOf(u'\r', start)) {
        writer.writeCharacters(text.mid(start, cr - start));
        writer.writeEntityReference(QStringLiteral("#13"));
        start = cr + 1;
    }
    writer.writeCharacters(text.mid(start));
}

void writeCode(QXmlStreamWriter& writer, const FlatCode& flat)
{
    const Code& code = *flat.code;
    const std::string description = composeDescription(code);
    requireXmlCharacters(code.name, flat);
    requireXmlCharacters(description, flat);
    writer.writeStartElement(QStringLiteral("Code"));
    writer.writeAttribute(QStringLiteral("guid"), QString::fromStdString(code.guid));
    writer.writeAttribute(QStringLiteral("name"), QString::fromStdString(code.name));
    writer.writeAttribute(QStringLiteral("isCodable"), code.codable ? QStringLiteral("true") : QStringLiteral("false"));
    if (!code.color.empty()) // upper-case, as in the REFI-QDA examples; readQdc lower-cases
        writer.writeAttribute(QStringLiteral("color"), QString::fromStdString(code.color).toUpper());
    if (!description.empty()) {
        writer.writeStartElement(QStringLiteral("Description"));
        writeText(writer, QString::fromStdString(description));
        writer.writeEndElement();
    }
}

void writeCodes(QXmlStreamWriter& writer, const std::vector<FlatCode>& flat)
{
    // Depth-first order: close the elements of codes whose subtree has ended.
    std::size_t open = 0;
    for (const FlatCode& f : flat) {
        for (; open >= f.path.size(); --open)
            writer.writeEndElement();
        writeCode(writer, f);
        open = f.path.size();
    }
    for (; open > 0; --open)
        writer.writeEndElement();
}

} // namespace

void writeCodeBookElement(QXmlStreamWriter& writer, const Codebook& codebook)
{
    writer.writeStartElement(QStringLiteral("CodeBook"));
    writer.writeStartElement(QStringLiteral("Codes"));
    writeCodes(writer, flatten(codebook));
    writer.writeEndElement();
    writer.writeEndElement();
}

std::string writeQdc(const Codebook& codebook)
{
    QByteArray out;
    QXmlStreamWriter writer(&out);
    writer.setAutoFormatting(true);
    writer.writeStartElement(QStringLiteral("CodeBook"));
    writer.writeDefaultNamespace(kNamespace);
    writer.writeAttribute(QStringLiteral("origin"), QStringLiteral("Hilo"));
    writer.writeStartElement(QStringLiteral("Codes"));
    writeCodes(writer, flatten(codebook));
    writer.writeEndDocument();
    // No writeStartDocument: it spells the encoding "UTF-8"; the declaration is written as
    // REFI-QDA's examples have it. The writer starts with the line break after it.
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>" + out.toStdString();
}

} // namespace hilo::codebook
