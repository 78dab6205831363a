#include "qde_schema_check.h"

#include <QFile>

#include <libxml/parser.h>
#include <libxml/xmlschemas.h>

#include <memory>

namespace hilo::import {
namespace {

struct Collected {
    std::string fileName;
    std::size_t limit = 0;
    std::size_t count = 0;
    std::vector<std::string> lines;
};

void collect(void* data, const xmlError* error)
{
    auto* collected = static_cast<Collected*>(data);
    if (error == nullptr || error->level < XML_ERR_ERROR)
        return;
    if (collected->count++ >= collected->limit)
        return;
    std::string message = error->message != nullptr ? error->message : "invalid";
    while (!message.empty() && (message.back() == '\n' || message.back() == ' '))
        message.pop_back();
    // Element names without the namespace every REFI-QDA element has: "Element 'Users'".
    const std::string ns = "{urn:QDA-XML:project:1.0}";
    for (std::size_t at = message.find(ns); at != std::string::npos; at = message.find(ns, at))
        message.erase(at, ns.size());
    collected->lines.push_back(collected->fileName + ":" + std::to_string(error->line) + ": " + message);
}

void collectGeneric(void* data, xmlErrorPtr error)
{
    collect(data, error);
}

struct DocumentFree {
    void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
struct ParserContextFree {
    void operator()(xmlSchemaParserCtxt* context) const { xmlSchemaFreeParserCtxt(context); }
};
struct SchemaFree {
    void operator()(xmlSchema* schema) const { xmlSchemaFree(schema); }
};
struct ValidContextFree {
    void operator()(xmlSchemaValidCtxt* context) const { xmlSchemaFreeValidCtxt(context); }
};

} // namespace

std::vector<std::string> schemaProblems(std::string_view xml, const std::string& fileName, std::size_t limit)
{
    QFile resource(QStringLiteral(":/refi-qda/Project-mrt2019.xsd"));
    if (!resource.open(QIODevice::ReadOnly))
        return {"the REFI-QDA schema is missing from this build of Hilo; " + fileName + " was not checked against it"};
    const QByteArray xsd = resource.readAll();

    Collected collected{fileName, limit, 0, {}};
    std::unique_ptr<xmlSchemaParserCtxt, ParserContextFree> parser(
        xmlSchemaNewMemParserCtxt(xsd.constData(), static_cast<int>(xsd.size())));
    std::unique_ptr<xmlSchema, SchemaFree> schema(parser ? xmlSchemaParse(parser.get()) : nullptr);
    if (!schema)
        return {"the bundled REFI-QDA schema could not be read; " + fileName + " was not checked against it"};

    // No NOENT (entities stay unexpanded), no DTD loading, nothing from the network.
    const int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;
    std::unique_ptr<xmlDoc, DocumentFree> document(
        xmlReadMemory(xml.data(), static_cast<int>(xml.size()), fileName.c_str(), nullptr, options));
    if (!document)
        return {fileName + " could not be read for the schema check"};

    std::unique_ptr<xmlSchemaValidCtxt, ValidContextFree> validator(xmlSchemaNewValidCtxt(schema.get()));
    xmlSchemaSetValidStructuredErrors(validator.get(), collectGeneric, &collected);
    xmlSchemaValidateDoc(validator.get(), document.get());
    if (collected.count > limit)
        collected.lines.push_back("... and " + std::to_string(collected.count - limit) + " more deviations from the schema");
    return collected.lines;
}

} // namespace hilo::import
