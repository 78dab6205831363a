#include "header_block.h"

#include "text/unicode_text.h"

#include <QRegularExpression>
#include <QString>

#include <optional>

namespace hilo::import {
namespace {

std::string_view trim(std::string_view s)
{
    const auto first = s.find_first_not_of(" \t\r");
    if (first == std::string_view::npos)
        return {};
    const auto last = s.find_last_not_of(" \t\r");
    return s.substr(first, last - first + 1);
}

std::optional<HeaderField> parseFieldLine(std::string_view line, long lineNumber)
{
    // A key is a short label of letters (spaces and _ - allowed inside), then a colon.
    static const QRegularExpression field(QStringLiteral(R"(^\s*(\p{L}[\p{L}\p{N} _-]{0,39}?)\s*:\s*(\S.*?)\s*$)"));
    const QRegularExpressionMatch match = field.match(QString::fromUtf8(line.data(), static_cast<qsizetype>(line.size())));
    if (!match.hasMatch())
        return std::nullopt;
    return HeaderField{match.captured(1).toStdString(), match.captured(2).toStdString(), lineNumber};
}

// Whether a recognized key's value has the shape that key's values have, so that a first
// turn like "Participant: Hello there" is not mistaken for a header.
bool valueFitsKey(HeaderKey key, const std::string& value)
{
    static const QRegularExpression tag(QStringLiteral(R"(^\p{L}{1,16}$)"));
    static const QRegularExpression id(QStringLiteral(R"(^[\p{L}\p{N}_-]{1,24}$)"));
    static const QRegularExpression language(
        QStringLiteral(R"(^(en|es|english|spanish|ingl[eé]s|espa[nñ]ol)$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QString v = QString::fromStdString(value);
    switch (key) {
    case HeaderKey::Group: return tag.match(v).hasMatch();
    case HeaderKey::Participant: return id.match(v).hasMatch();
    case HeaderKey::Language: return language.match(v).hasMatch();
    default: return false;
    }
}

struct Line {
    std::string_view text;
    std::size_t nextOffset; // byte offset just past the line's '\n' (or the end)
};

Line lineAt(std::string_view text, std::size_t offset)
{
    const auto end = text.find('\n', offset);
    if (end == std::string_view::npos)
        return {text.substr(offset), text.size()};
    return {text.substr(offset, end - offset), end + 1};
}

void skipBlankLines(std::string_view text, std::size_t& offset, long& lineNumber)
{
    while (offset < text.size()) {
        const Line line = lineAt(text, offset);
        if (!trim(line.text).empty())
            return;
        offset = line.nextOffset;
        ++lineNumber;
    }
}

} // namespace

HeaderKey classifyHeaderKey(std::string_view key)
{
    const std::string folded = text::fold(key);
    if (folded == "group" || folded == "grupo")
        return HeaderKey::Group;
    if (folded == "participant" || folded == "participante" || folded == "participant id")
        return HeaderKey::Participant;
    if (folded == "language" || folded == "idioma" || folded == "lengua")
        return HeaderKey::Language;
    if (folded == "note" || folded == "nota" || folded == "notes" || folded == "notas")
        return HeaderKey::Note;
    return HeaderKey::Attribute;
}

HeaderBlock parseHeaderBlock(std::string_view text,
                             const std::function<bool(std::string_view)>& isSpeakerLabel)
{
    HeaderBlock block;
    std::size_t offset = 0;
    long lineNumber = 1;
    skipBlankLines(text, offset, lineNumber); // leading blank lines belong to nothing

    bool recognized = false;
    while (offset < text.size()) {
        const Line line = lineAt(text, offset);
        if (trim(line.text).empty())
            break;
        std::optional<HeaderField> field = parseFieldLine(line.text, lineNumber);
        if (!field)
            return {};
        // "Participant" is both a header key and a speaker label: the value's shape decides.
        const HeaderKey key = classifyHeaderKey(field->key);
        if (key == HeaderKey::Group || key == HeaderKey::Participant || key == HeaderKey::Language) {
            if (!valueFitsKey(key, field->value))
                return {};
            recognized = true;
        } else if (isSpeakerLabel(field->key)) {
            return {};
        }
        block.fields.push_back(std::move(*field));
        offset = line.nextOffset;
        ++lineNumber;
    }
    if (!recognized || offset >= text.size())
        return {}; // no identifying key, or nothing but header: not a header block

    skipBlankLines(text, offset, lineNumber); // between header and interview
    block.bodyByteOffset = offset;
    block.bodyLine = lineNumber;
    return block;
}

std::vector<HeaderField> parseHeaderLines(std::string_view text)
{
    std::vector<HeaderField> fields;
    std::size_t offset = 0;
    long lineNumber = 1;
    while (offset < text.size()) {
        const Line line = lineAt(text, offset);
        if (std::optional<HeaderField> field = parseFieldLine(line.text, lineNumber))
            fields.push_back(std::move(*field));
        offset = line.nextOffset;
        ++lineNumber;
    }
    return fields;
}

} // namespace hilo::import
