// Reading project.qde with one QXmlStreamReader, descending element by element; every reader
// function returns positioned on its own end element. Strict where a careless or hostile file
// could hurt (no DTD, bounded depth, well-formed GUIDs and positions), lenient elsewhere:
// elements Hilo does not model are skipped with one warning each.
#include "qde_document.h"

#include "codebook/qdc_elements.h"
#include "text/unicode_text.h"
#include "text/user_error.h"

#include <QStringDecoder>
#include <QXmlStreamReader>

#include <algorithm>
#include <cctype>
#include <set>

namespace hilo::import {
namespace {

const QString kNamespace = QStringLiteral("urn:QDA-XML:project:1.0");
constexpr int kMaxDepth = 256;

class QdeReader {
public:
    QdeReader(const QString& text, const std::string& fileName) : text_(text), fileName_(fileName), reader_(text) {}

    QdeDocument read()
    {
        for (QXmlStreamReader::TokenType token = next(); token != QXmlStreamReader::StartElement; token = next())
            if (token == QXmlStreamReader::EndDocument)
                throw UserError(fileName_ + ": has no <Project> element");
        if (!is(u"Project"))
            fail("the document is <" + reader_.qualifiedName().toString().toStdString() +
                 ">, not a REFI-QDA <Project>");
        document_.name = attribute("name");
        forEachChild([&] {
            if (is(u"Users"))
                forEachChild([&] { is(u"User") ? readUser() : skip(); });
            else if (is(u"CodeBook"))
                readCodeBook();
            else if (is(u"Variables"))
                forEachChild([&] { is(u"Variable") ? readVariable() : skip(); });
            else if (is(u"Cases"))
                forEachChild([&] { is(u"Case") ? readCase() : skip(); });
            else if (is(u"Sources"))
                readSources();
            else if (is(u"Notes"))
                forEachChild([&] { is(u"Note") ? readNote() : skip(); });
            else if (is(u"Sets"))
                forEachChild([&] { is(u"Set") ? readSet() : skip(); });
            else
                skip();
        });
        return std::move(document_);
    }

private:
    QXmlStreamReader::TokenType next()
    {
        const QXmlStreamReader::TokenType token = reader_.readNext();
        if (reader_.hasError())
            throw UserError(where() + "malformed XML: " + reader_.errorString().toStdString());
        if (token == QXmlStreamReader::DTD)
            fail("the document has a document type declaration (<!DOCTYPE ...>), which REFI-QDA does not use and "
                 "Hilo refuses: its entities can expand without limit or read files outside the archive");
        if (token == QXmlStreamReader::EntityReference)
            fail("the document refers to an undeclared entity");
        if (token == QXmlStreamReader::StartElement && ++depth_ > kMaxDepth)
            fail("elements are nested more than " + std::to_string(kMaxDepth) + " levels deep");
        if (token == QXmlStreamReader::EndElement)
            --depth_;
        return token;
    }

    std::string where() const
    {
        return fileName_ + ":" + std::to_string(reader_.lineNumber()) + ":" +
               std::to_string(std::max<qint64>(1, reader_.columnNumber())) + ": ";
    }

    [[noreturn]] void fail(const std::string& message) const { throw UserError(where() + message); }

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

    // Leaves out an element Hilo does not model, saying so once per kind of element.
    void skip()
    {
        const std::string name = reader_.name().toString().toStdString();
        if (warned_.insert(name).second)
            document_.warnings.push_back("<" + name + "> (first at line " + std::to_string(reader_.lineNumber()) +
                                         ") is not something Hilo models; left out");
        skipQuietly();
    }

    void skipQuietly()
    {
        for (int depth = 1; depth > 0;) {
            const QXmlStreamReader::TokenType token = next();
            if (token == QXmlStreamReader::StartElement)
                ++depth;
            else if (token == QXmlStreamReader::EndElement)
                --depth;
        }
    }

    bool is(QStringView name) const
    {
        const QStringView uri = reader_.namespaceUri();
        return reader_.name() == name && (uri.isEmpty() || uri == kNamespace);
    }

    std::string attribute(const char* name) const
    {
        return text::toNfc(reader_.attributes().value(QLatin1StringView(name)).toString().toStdString());
    }

    std::string guidAttribute(const char* name, bool required = true) const
    {
        std::string guid = reader_.attributes().value(QLatin1StringView(name)).trimmed().toString().toStdString();
        if (guid.empty()) {
            if (required)
                fail("<" + reader_.name().toString().toStdString() + "> has no " + name + " attribute");
            return guid;
        }
        std::transform(guid.begin(), guid.end(), guid.begin(),
                       [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); });
        if (guid.size() == 38 && guid.front() == '{' && guid.back() == '}')
            guid = guid.substr(1, 36);
        if (!codebook::isWellFormedGuid(guid))
            fail("<" + reader_.name().toString().toStdString() + "> has a malformed " + name + " '" + guid +
                 "' (expected 8-4-4-4-12 hexadecimal digits)");
        return guid;
    }

    // For elements nothing else refers to by GUID: a missing one is made up, with a warning,
    // since the data is still clear.
    std::string guidOrNew(const char* name = "guid")
    {
        std::string guid = guidAttribute(name, false);
        if (guid.empty()) {
            guid = codebook::newGuid();
            const std::string element = reader_.name().toString().toStdString();
            if (warned_.insert("guid:" + element).second)
                document_.warnings.push_back("<" + element + "> without a " + name + " (first at line " +
                                             std::to_string(reader_.lineNumber()) + "); Hilo gave it one");
        }
        return guid;
    }

    std::int64_t positionAttribute(const char* name) const
    {
        const QStringView value = reader_.attributes().value(QLatin1StringView(name));
        bool ok = false;
        const qlonglong number = value.trimmed().toLongLong(&ok);
        if (value.isNull())
            fail("<PlainTextSelection> has no " + std::string(name) + " attribute");
        if (!ok || number < 0)
            fail("<PlainTextSelection> has " + std::string(name) + "='" + value.toString().toStdString() +
                 "' (expected a whole number from 0)");
        return number;
    }

    // As written: a source's inline text must keep its code points for positions to count.
    std::string rawElementText()
    {
        const QString value = reader_.readElementText(QXmlStreamReader::IncludeChildElements);
        if (reader_.hasError())
            throw UserError(where() + "malformed XML: " + reader_.errorString().toStdString());
        --depth_;
        return value.toStdString();
    }

    std::string elementText() { return text::toNfc(rawElementText()); }

    std::string targetOfChild() { const std::string guid = guidAttribute("targetGUID"); skipQuietly(); return guid; }

    void readUser()
    {
        QdeUser user{guidAttribute("guid"), attribute("name")};
        if (user.name.empty())
            user.name = attribute("id");
        skipQuietly();
        document_.users.push_back(std::move(user));
    }

    void readCodeBook()
    {
        document_.codebook = codebook::readCodeBookElement(text_, reader_, fileName_, kNamespace);
        --depth_; // the codebook reader consumed the end element
    }

    void readVariable()
    {
        document_.variables.push_back({guidAttribute("guid"), attribute("name"), attribute("typeOfVariable")});
        skipQuietly();
    }

    QdeVariableValue readVariableValue()
    {
        QdeVariableValue value;
        forEachChild([&] {
            if (is(u"VariableRef"))
                value.variableGuid = targetOfChild();
            else if (reader_.name().endsWith(u"Value"))
                value.value = elementText();
            else
                skip();
        });
        return value;
    }

    void readCase()
    {
        QdeCase c{guidOrNew(), attribute("name"), {}, {}};
        forEachChild([&] {
            if (is(u"VariableValue"))
                c.values.push_back(readVariableValue());
            else if (is(u"SourceRef"))
                c.sourceRefs.push_back(targetOfChild());
            else if (is(u"Description"))
                elementText();
            else
                skip();
        });
        document_.cases.push_back(std::move(c));
    }

    void readSources()
    {
        forEachChild([&] {
            if (is(u"TextSource")) {
                readTextSource();
                return;
            }
            static const std::pair<const char16_t*, const char*> others[] = {
                {u"PDFSource", "a PDF"}, {u"PictureSource", "a picture"}, {u"AudioSource", "an audio"}, {u"VideoSource", "a video"}};
            for (const auto& [element, kind] : others)
                if (is(element)) {
                    document_.otherSources.push_back({attribute("name"), kind});
                    skipQuietly();
                    return;
                }
            skip();
        });
    }

    QdeCoding readCoding()
    {
        QdeCoding coding{guidOrNew(), {}, guidAttribute("creatingUser", false), attribute("creationDateTime"), {}};
        forEachChild([&] {
            if (is(u"CodeRef"))
                coding.codeGuid = targetOfChild();
            else if (is(u"NoteRef"))
                coding.noteRefs.push_back(targetOfChild());
            else
                skip();
        });
        if (coding.codeGuid.empty())
            fail("<Coding guid=\"" + coding.guid + "\"> has no <CodeRef>");
        return coding;
    }

    void readSelection(QdeTextSource& source)
    {
        QdeSelection s;
        s.guid = guidOrNew();
        s.name = attribute("name");
        s.start = positionAttribute("startPosition");
        s.end = positionAttribute("endPosition");
        s.creatingUser = guidAttribute("creatingUser", false);
        s.created = attribute("creationDateTime");
        forEachChild([&] {
            if (is(u"Coding"))
                s.codings.push_back(readCoding());
            else if (is(u"NoteRef"))
                s.noteRefs.push_back(targetOfChild());
            else if (is(u"Description"))
                s.description = elementText();
            else
                skip();
        });
        source.selections.push_back(std::move(s));
    }

    void readTextSource()
    {
        QdeTextSource source;
        source.line = static_cast<long>(reader_.lineNumber());
        source.guid = guidOrNew();
        source.name = attribute("name");
        source.plainTextPath = attribute("plainTextPath");
        forEachChild([&] {
            if (is(u"PlainTextSelection"))
                readSelection(source);
            else if (is(u"PlainTextContent"))
                source.plainTextContent = rawElementText();
            else if (is(u"Description"))
                source.description = elementText();
            else if (is(u"VariableValue"))
                source.values.push_back(readVariableValue());
            else if (is(u"NoteRef"))
                source.noteRefs.push_back(targetOfChild());
            else
                skip(); // whole-source <Coding>, which Hilo does not model
        });
        document_.textSources.push_back(std::move(source));
    }

    void readNote()
    {
        QdeNote note{guidAttribute("guid"), attribute("name"), attribute("plainTextPath"), std::nullopt};
        forEachChild([&] {
            if (is(u"PlainTextContent"))
                note.plainTextContent = elementText();
            else
                skipQuietly();
        });
        document_.notes.push_back(std::move(note));
    }

    void readSet()
    {
        QdeSet set{guidOrNew(), attribute("name"), {}, {}};
        forEachChild([&] {
            if (is(u"MemberSource"))
                set.memberSources.push_back(targetOfChild());
            else if (is(u"Description"))
                set.description = elementText();
            else
                skipQuietly(); // member codes and notes: sets of sources are what Hilo's groups are
        });
        document_.sets.push_back(std::move(set));
    }

    const QString& text_;
    const std::string& fileName_;
    QXmlStreamReader reader_;
    QdeDocument document_;
    std::set<std::string> warned_;
    int depth_ = 0;
};

} // namespace

QdeDocument readQde(std::string_view xml, const std::string& fileName)
{
    QByteArray bytes(xml.data(), static_cast<qsizetype>(xml.size()));
    QStringDecoder decoder(QStringConverter::encodingForData(bytes, u'<').value_or(QStringConverter::Utf8));
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        throw UserError(fileName + ": is not valid UTF-8 text");
    return QdeReader(text, fileName).read();
}

} // namespace hilo::import
