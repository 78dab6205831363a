#include "attribution.h"

#include "text/user_error.h"

#include <QString>

#include <cctype>

namespace hilo::quotes {
namespace {

bool isFieldChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// Expands the fields of a piece without braces; `missing` is set when a field in it is empty.
std::string expand(const std::string& piece, const AttributionFields& fields, bool& missing)
{
    std::string out;
    std::size_t i = 0;
    while (i < piece.size()) {
        // A field starts a word: the capitals in "xAGE" are not the field AGE.
        const bool wordStart = i == 0 || !std::isalnum(static_cast<unsigned char>(piece[i - 1]));
        if (piece[i] >= 'A' && piece[i] <= 'Z' && wordStart) {
            std::size_t j = i;
            while (j < piece.size() && isFieldChar(piece[j]))
                ++j;
            const std::string word = piece.substr(i, j - i);
            // A field must stand alone: AGE in "AGEs" is a word of the template, not a field.
            const bool standsAlone = j == piece.size() || !std::isalpha(static_cast<unsigned char>(piece[j]));
            const auto found = fields.find(word);
            if (found != fields.end() && standsAlone) {
                if (found->second.empty())
                    missing = true;
                out += found->second;
            } else {
                out += word;
            }
            i = j;
        } else {
            out.push_back(piece[i++]);
        }
    }
    return out;
}

} // namespace

std::string fieldName(const std::string& attributeName)
{
    std::string name = QString::fromStdString(attributeName).trimmed().toUpper().toStdString();
    for (char& c : name)
        if (!isFieldChar(c))
            c = '_';
    return name;
}

void validateTemplate(const std::string& templateText)
{
    int depth = 0;
    for (std::size_t i = 0; i < templateText.size(); ++i) {
        if (templateText[i] == '{' && ++depth > 1)
            throw UserError("attribution template: braces cannot nest (character " + std::to_string(i + 1) + ")");
        if (templateText[i] == '}' && --depth < 0)
            throw UserError("attribution template: '}' without '{' (character " + std::to_string(i + 1) + ")");
    }
    if (depth != 0)
        throw UserError("attribution template: '{' is never closed");
    bool missing = false;
    const std::string probe = expand(templateText, {{"TEXT", "\x01"}}, missing);
    if (probe.find('\x01') == std::string::npos)
        throw UserError("attribution template must contain TEXT, where the quote goes");
}

std::string attribute(const std::string& templateText, const AttributionFields& fields)
{
    std::string out;
    std::size_t i = 0;
    while (i < templateText.size()) {
        const std::size_t open = templateText.find('{', i);
        bool ignored = false;
        out += expand(templateText.substr(i, open == std::string::npos ? std::string::npos : open - i), fields, ignored);
        if (open == std::string::npos)
            break;
        const std::size_t close = templateText.find('}', open);
        if (close == std::string::npos)
            throw UserError("attribution template: '{' is never closed");
        bool missing = false;
        const std::string optional = expand(templateText.substr(open + 1, close - open - 1), fields, missing);
        if (!missing)
            out += optional;
        i = close + 1;
    }
    return out;
}

} // namespace hilo::quotes
