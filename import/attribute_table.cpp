#include "attribute_table.h"

#include "file_bytes.h"
#include "group_detection.h"
#include "import_error.h"
#include "text_decoding.h"
#include "text/csv_reader.h"
#include "text/unicode_text.h"


namespace hilo::import {
namespace {

// One type for a whole column: the narrowest that fits every non-empty value.
AttributeType columnType(const text::CsvTable& table, std::size_t column)
{
    bool any = false;
    bool allNumbers = true;
    bool allDates = true;
    for (const text::CsvRow& row : table.rows) {
        const std::string& value = row.fields[column];
        if (value.empty())
            continue;
        any = true;
        const AttributeType type = inferAttributeType(value);
        allNumbers = allNumbers && type == AttributeType::Number;
        allDates = allDates && type == AttributeType::Date;
    }
    if (any && allNumbers)
        return AttributeType::Number;
    if (any && allDates)
        return AttributeType::Date;
    return AttributeType::Text;
}

} // namespace

AttributeTable AttributeTable::read(const std::filesystem::path& file)
{
    const std::string name = file.filename().string();
    // A row per participant: even a large study's table is well under a megabyte.
    const DecodedText decoded =
        decodeText(readFileBytes(file, {32U * 1024U * 1024U, "a table of participant attributes", ""}), name);
    const text::CsvTable table = text::parseCsv(text::toNfc(decoded.utf8), name);

    const std::size_t key = table.column({"participant", "participante", "participant id", "id"});
    if (key == std::string::npos)
        throw ImportError(name, 1, 1, "has no 'participant' column to key the attributes by");

    std::vector<AttributeType> types;
    for (std::size_t c = 0; c < table.header.size(); ++c)
        types.push_back(columnType(table, c));

    AttributeTable result;
    for (const text::CsvRow& row : table.rows) {
        const std::string participant = canonicalParticipantId(row.fields[key]);
        if (participant.empty())
            throw ImportError(name, row.line, 1, "row has no participant ID");
        std::vector<Attribute> attributes;
        for (std::size_t c = 0; c < table.header.size(); ++c) {
            if (c == key || row.fields[c].empty() || table.header[c].empty())
                continue;
            attributes.push_back({table.header[c], row.fields[c], types[c]});
        }
        if (!result.rows_.emplace(participant, std::move(attributes)).second)
            throw ImportError(name, row.line, 1, "participant " + participant + " appears twice");
    }
    return result;
}

const std::vector<Attribute>* AttributeTable::find(const std::string& participant) const
{
    const auto it = rows_.find(canonicalParticipantId(participant));
    return it == rows_.end() ? nullptr : &it->second;
}

} // namespace hilo::import
