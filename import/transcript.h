#pragma once
// What every importer produces: one transcript's NFC text, speaker turns in code points, its
// participant group and typed attributes. The project store takes it from here.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace hilo::import {

enum class Role { Interviewer, Participant, Unknown };
const char* roleName(Role role);
Role roleFromName(const std::string& name); // throws std::invalid_argument

struct Turn {
    std::int64_t start = 0;       // code points; the speaker label starts here
    std::int64_t speechStart = 0; // code points; the words after the label start here
    std::int64_t end = 0;         // code points, exclusive
    std::string speaker;
    Role role = Role::Unknown;
    std::optional<std::int64_t> timeStartMs;
    std::optional<std::int64_t> timeEndMs;
};

enum class AttributeType { Number, Text, Date };
const char* attributeTypeName(AttributeType type);
AttributeType attributeTypeFromName(const std::string& name); // throws std::invalid_argument
// Number for integers and decimals, Date for ISO dates (YYYY-MM-DD), Text otherwise.
AttributeType inferAttributeType(const std::string& value);

struct Attribute {
    std::string name;
    std::string value;
    AttributeType type = AttributeType::Text;
};

struct Transcript {
    std::string name;         // the file name without its extension
    std::string originPath;
    std::string format;       // txt, md, docx, odt, vtt, srt
    std::string encoding;     // of the original bytes, e.g. UTF-8, UTF-16LE, windows-1252
    std::string text;         // NFC UTF-8, without the header block
    std::string groupTag;
    std::string participant;  // e.g. YP03; may be empty
    std::string language;     // en or es
    std::string note;         // free text from a Note: header line
    std::vector<Attribute> attributes;
    std::vector<Turn> turns;
};

} // namespace hilo::import
