#include "office_readers.h"

#include "import_error.h"
#include "read_limits.h"
#include "text/qt_offsets.h"
#include "zip_archive.h"

#include <QBuffer>
#include <QByteArray>
#include <QLatin1StringView>
#include <QString>
#include <QStringView>
#include <QXmlStreamReader>

#include <algorithm>
#include <vector>

namespace hilo::import {
namespace {

// Deeper nesting than any real document uses; a hostile file could otherwise exhaust the stack
// of whatever walks it later, or simply take very long.
constexpr int maxXmlDepth = 256;

// Receives the events of one XML part. Collectors keep their own state; walkXml does the checks
// that protect every reader (DTDs, depth, malformed XML).
class XmlCollector {
public:
    virtual ~XmlCollector() = default;
    virtual void startElement(const QXmlStreamReader& reader) = 0;
    virtual void endElement() = 0;
    virtual void characters(QStringView text) = 0;
};

std::string displayName(const std::filesystem::path& file)
{
    return file.filename().string();
}

[[noreturn]] void throwXmlError(const QXmlStreamReader& reader, const std::string& fileName, const std::string& entry,
                                const std::string& problem)
{
    throw ImportError(fileName, entry + ":" + std::to_string(reader.lineNumber()) + ":"
                                    + std::to_string(reader.columnNumber()) + ": " + problem);
}

void walkXml(const std::string& xml, const std::string& fileName, const std::string& entry, XmlCollector& collector)
{
    // fromRawData: the reader only borrows the bytes, which outlive it. Through a QBuffer, the
    // reader decodes them a block at a time; given the bytes directly, it decodes the whole part
    // to UTF-16 at once, twice the part's size in memory beside it.
    QBuffer device;
    device.setData(QByteArray::fromRawData(xml.data(), static_cast<qsizetype>(xml.size())));
    device.open(QIODevice::ReadOnly);
    QXmlStreamReader reader(&device);
    int depth = 0;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::DTD:
            // Office files never carry a DTD; one here can only declare entities, and internal
            // entities can be nested into a "billion laughs" expansion.
            throwXmlError(reader, fileName, entry, "contains a DTD, which Hilo refuses for safety");
        case QXmlStreamReader::EntityReference:
            throwXmlError(reader, fileName, entry, "contains an entity reference Hilo does not resolve");
        case QXmlStreamReader::StartElement:
            if (++depth > maxXmlDepth)
                throwXmlError(reader, fileName, entry,
                              "XML is nested more than " + std::to_string(maxXmlDepth) + " levels deep");
            collector.startElement(reader);
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            collector.endElement();
            break;
        case QXmlStreamReader::Characters:
            collector.characters(reader.text());
            break;
        default:
            break;
        }
    }
    if (reader.hasError())
        throwXmlError(reader, fileName, entry, "malformed XML (" + reader.errorString().toStdString() + ")");
}

// Paragraphs may nest (a text box anchored inside a paragraph holds paragraphs of its own), so
// each open paragraph has its own buffer and becomes a line when it closes. Closed lines go
// straight into the UTF-8 text, and every character added counts against the text bound, so a
// document whose markup expands (<text:s text:c="1000"/> is a thousand spaces) is refused as
// soon as its text passes what a plain-text transcript may hold, not after building it all.
class ParagraphLines {
public:
    explicit ParagraphLines(std::string fileName) : fileName_(std::move(fileName)) {}

    void open() { open_.emplace_back(); }
    void close()
    {
        if (lines_ > 0) {
            text_ += '\n';
            count(1);
        }
        ++lines_;
        text_ += text::fromQString(open_.back());
        open_.pop_back();
    }
    bool isOpen() const { return !open_.empty(); }
    bool currentIsEmpty() const { return open_.back().isEmpty(); }

    void append(QStringView text)
    {
        count(utf8Length(text));
        open_.back() += text;
    }
    void append(QChar c) { append(QStringView(&c, 1)); }

    std::string joined()
    {
        // The last paragraph of a document is usually empty; trailing blank lines mean nothing.
        while (!text_.empty() && text_.back() == '\n')
            text_.pop_back();
        return std::move(text_);
    }

private:
    // What the UTF-16 text will take as UTF-8: a surrogate pair is four bytes, two per half.
    static std::size_t utf8Length(QStringView text)
    {
        std::size_t bytes = 0;
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            bytes += u < 0x80 ? 1 : (u < 0x800 || c.isSurrogate()) ? 2 : 3;
        }
        return bytes;
    }

    void count(std::size_t bytes)
    {
        utf8Bytes_ += bytes;
        if (utf8Bytes_ > kMaxTranscriptTextBytes)
            throw ImportError(fileName_, "has more than " + std::to_string(kMaxTranscriptTextBytes / (1024U * 1024U)) +
                                             " MB of text, the most Hilo takes from one transcript; split it into one "
                                             "file per interview");
    }

    std::string fileName_;
    std::vector<QString> open_;
    std::string text_;
    std::size_t lines_ = 0;
    std::size_t utf8Bytes_ = 0; // of text_ and every open buffer
};

// Counts the depth inside an element whose whole content is ignored (deleted text, comments).
class SkipDepth {
public:
    bool active() const { return depth_ > 0; }
    // Returns true when the element is being skipped (it opened a skip or lies inside one).
    bool enter(bool startsSkip)
    {
        if (depth_ > 0 || startsSkip) {
            ++depth_;
            return true;
        }
        return false;
    }
    // Returns true when the closing element belonged to a skipped subtree.
    bool leave()
    {
        if (depth_ == 0)
            return false;
        --depth_;
        return true;
    }

private:
    int depth_ = 0;
};

// ---- Word ----

constexpr QLatin1StringView wordMain("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
constexpr QLatin1StringView wordStrict("http://purl.oclc.org/ooxml/wordprocessingml/main");
constexpr QLatin1StringView markupCompatibility("http://schemas.openxmlformats.org/markup-compatibility/2006");

class DocxCollector final : public XmlCollector {
public:
    explicit DocxCollector(std::string fileName) : lines_(std::move(fileName)) {}

    void startElement(const QXmlStreamReader& reader) override
    {
        const bool word = reader.namespaceUri() == wordMain || reader.namespaceUri() == wordStrict;
        const QStringView name = reader.name();
        if (skip_.enter(startsSkip(reader, word, name)))
            return;
        const Kind parent = open_.empty() ? Kind::Other : open_.back();
        const Kind kind = word ? kindOf(name) : Kind::Other;
        open_.push_back(kind);
        if (kind == Kind::Paragraph)
            lines_.open();
        else if (parent == Kind::Run && word && lines_.isOpen())
            appendRunSymbol(name);
    }

    void endElement() override
    {
        if (skip_.leave())
            return;
        if (open_.back() == Kind::Paragraph)
            lines_.close();
        open_.pop_back();
    }

    void characters(QStringView text) override
    {
        if (!skip_.active() && !open_.empty() && open_.back() == Kind::Text && lines_.isOpen())
            lines_.append(text);
    }

    std::string text() { return lines_.joined(); }

private:
    enum class Kind { Paragraph, Run, Text, Other };

    static Kind kindOf(QStringView name)
    {
        if (name == u"p")
            return Kind::Paragraph;
        if (name == u"r")
            return Kind::Run;
        if (name == u"t")
            return Kind::Text;
        return Kind::Other;
    }

    // Tracked deletions and moves-away are not part of the text a reader of the document sees;
    // field instructions are codes such as "PAGE \* MERGEFORMAT"; a Fallback repeats its Choice.
    static bool startsSkip(const QXmlStreamReader& reader, bool word, QStringView name)
    {
        if (word)
            return name == u"del" || name == u"delText" || name == u"instrText" || name == u"delInstrText"
                || name == u"moveFrom";
        return reader.namespaceUri() == markupCompatibility && name == u"Fallback";
    }

    // Only inside a run: <w:tab/> also appears in paragraph properties as a tab stop definition.
    void appendRunSymbol(QStringView name)
    {
        if (name == u"tab")
            lines_.append(QChar(u'\t'));
        else if (name == u"br" || name == u"cr")
            lines_.append(QChar(u'\n'));
        else if (name == u"noBreakHyphen")
            lines_.append(QChar(u'-'));
    }

    ParagraphLines lines_;
    SkipDepth skip_;
    std::vector<Kind> open_;
};

// ---- OpenDocument ----

constexpr QLatin1StringView odfText("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
constexpr QLatin1StringView odfOffice("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
constexpr QLatin1StringView odfSvg("urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0");

// <text:s text:c="100000000"/> must not allocate gigabytes.
constexpr int maxSpaceCount = 1000;

class OdtCollector final : public XmlCollector {
public:
    explicit OdtCollector(std::string fileName) : lines_(std::move(fileName)) {}

    void startElement(const QXmlStreamReader& reader) override
    {
        const QStringView ns = reader.namespaceUri();
        const QStringView name = reader.name();
        const bool skipped = skip_.enter(startsSkip(ns, name));
        opened_.push_back(!skipped && ns == odfText && (name == u"p" || name == u"h"));
        if (skipped)
            return;
        if (opened_.back()) {
            lines_.open();
            pendingSpace_.push_back(false);
            return;
        }
        if (ns != odfText || !lines_.isOpen())
            return;
        if (name == u"s")
            appendLiteral(QString(spaceCount(reader), u' '));
        else if (name == u"tab")
            appendLiteral(QStringLiteral("\t"));
        else if (name == u"line-break")
            appendLiteral(QStringLiteral("\n"));
    }

    void endElement() override
    {
        const bool paragraph = opened_.back();
        opened_.pop_back();
        if (skip_.leave() || !paragraph)
            return;
        pendingSpace_.pop_back();
        lines_.close();
    }

    // ODF collapses white space in character data like HTML does: runs become one space and
    // leading white space in a paragraph is dropped. Only <text:s/> and <text:tab/> keep spaces.
    void characters(QStringView text) override
    {
        if (skip_.active() || !lines_.isOpen())
            return;
        for (const QChar c : text) {
            if (!isXmlSpace(c)) {
                if (pendingSpace_.back())
                    lines_.append(QChar(u' '));
                pendingSpace_.back() = false;
                lines_.append(c);
            } else if (!lines_.currentIsEmpty()) {
                pendingSpace_.back() = true; // written only if more text follows in the paragraph
            }
        }
    }

    std::string text() { return lines_.joined(); }

private:
    static bool isXmlSpace(QChar c) { return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r'; }

    // Comments, footnotes and endnotes sit inline in the paragraph they annotate but are not
    // what the speaker said; tracked changes hold deleted paragraphs; svg:title and svg:desc are
    // alternative text of images.
    static bool startsSkip(QStringView ns, QStringView name)
    {
        if (ns == odfOffice)
            return name == u"annotation";
        if (ns == odfText)
            return name == u"note" || name == u"tracked-changes";
        if (ns == odfSvg)
            return name == u"title" || name == u"desc";
        return false;
    }

    static qsizetype spaceCount(const QXmlStreamReader& reader)
    {
        const QStringView count = reader.attributes().value(odfText, QLatin1StringView("c"));
        if (count.isEmpty())
            return 1;
        bool ok = false;
        const int n = count.toInt(&ok);
        return ok && n > 0 ? std::min(n, maxSpaceCount) : 1;
    }

    void appendLiteral(const QString& literal)
    {
        if (pendingSpace_.back())
            lines_.append(QChar(u' '));
        pendingSpace_.back() = false;
        lines_.append(literal);
    }

    ParagraphLines lines_;
    SkipDepth skip_;
    std::vector<bool> opened_;       // per open element: did it open a paragraph
    std::vector<bool> pendingSpace_; // per open paragraph
};

// ---- Shared ----

bool hasVisibleText(const std::string& text)
{
    return std::any_of(text.begin(), text.end(), [](char c) {
        return c != ' ' && c != '\t' && c != '\n' && c != '\r';
    });
}

template <typename Collector>
RawDocument readOfficeText(RegularFile file, const std::string& entry, const std::string& format,
                           const std::string& missingEntryMessage)
{
    const std::string fileName = displayName(file.path());
    const ZipArchive archive(std::move(file));
    if (!archive.contains(entry))
        throw ImportError(fileName, missingEntryMessage);
    Collector collector(fileName);
    walkXml(archive.read(entry, kMaxOfficeXmlBytes), fileName, entry, collector);

    RawDocument document;
    document.text = collector.text();
    if (!hasVisibleText(document.text))
        throw ImportError(fileName, "contains no text");
    document.format = format;
    document.encoding = "UTF-8";
    return document;
}

} // namespace

RawDocument readDocx(RegularFile file)
{
    return readOfficeText<DocxCollector>(std::move(file), "word/document.xml", "docx",
                                         "is not a Word document (it has no word/document.xml)");
}

RawDocument readOdt(RegularFile file)
{
    return readOfficeText<OdtCollector>(std::move(file), "content.xml", "odt",
                                        "is not an OpenDocument text (it has no content.xml)");
}

RawDocument readDocx(const std::filesystem::path& file)
{
    return readDocx(RegularFile(file, transcriptFileLimit()));
}

RawDocument readOdt(const std::filesystem::path& file)
{
    return readOdt(RegularFile(file, transcriptFileLimit()));
}

} // namespace hilo::import
