#include "microdata.h"

#include "import/file_bytes.h"
#include "text/csv_reader.h"
#include "text/number_text.h"
#include "text/unicode_text.h"
#include "text/user_error.h"

#include <readstat.h>

#include <cmath>
#include <cstdio>

namespace hilo::analysis {
namespace {

using text::parseNumber;

// Collects what readstat's callbacks report into a Microdata.
struct ReadstatSink {
    Microdata data;
    std::map<std::string, std::string> labelSetOf;                              // variable -> label set
    std::map<std::string, std::map<std::string, std::string>> labelSets;        // set -> value -> label
    std::string failure;
};

std::optional<double> numberOf(readstat_value_t value)
{
    switch (readstat_value_type(value)) {
    case READSTAT_TYPE_INT8: return readstat_int8_value(value);
    case READSTAT_TYPE_INT16: return readstat_int16_value(value);
    case READSTAT_TYPE_INT32: return readstat_int32_value(value);
    case READSTAT_TYPE_FLOAT: return readstat_float_value(value);
    case READSTAT_TYPE_DOUBLE: return readstat_double_value(value);
    default: return std::nullopt;
    }
}

int onMetadata(readstat_metadata_t* metadata, void* context)
{
    auto* sink = static_cast<ReadstatSink*>(context);
    const int rows = readstat_get_row_count(metadata);
    sink->data.rows = rows > 0 ? static_cast<std::size_t>(rows) : 0;
    return READSTAT_HANDLER_OK;
}

int onVariable(int index, readstat_variable_t* variable, const char* labelSet, void* context)
{
    auto* sink = static_cast<ReadstatSink*>(context);
    MicrodataVariable v;
    v.name = readstat_variable_get_name(variable);
    if (const char* label = readstat_variable_get_label(variable))
        v.label = label;
    v.numeric = readstat_variable_get_type_class(variable) == READSTAT_TYPE_CLASS_NUMERIC;
    v.values.resize(sink->data.rows);
    if (labelSet)
        sink->labelSetOf[v.name] = labelSet;
    if (static_cast<std::size_t>(index) != sink->data.variables.size()) {
        sink->failure = "variables out of order";
        return READSTAT_HANDLER_ABORT;
    }
    sink->data.variables.push_back(std::move(v));
    return READSTAT_HANDLER_OK;
}

int onValue(int row, readstat_variable_t* variable, readstat_value_t value, void* context)
{
    auto* sink = static_cast<ReadstatSink*>(context);
    const auto index = static_cast<std::size_t>(readstat_variable_get_index(variable));
    if (index >= sink->data.variables.size() || row < 0) {
        sink->failure = "a value outside the declared variables";
        return READSTAT_HANDLER_ABORT;
    }
    MicrodataVariable& v = sink->data.variables[index];
    if (static_cast<std::size_t>(row) >= v.values.size())
        v.values.resize(static_cast<std::size_t>(row) + 1);
    MicrodataValue& out = v.values[static_cast<std::size_t>(row)];
    if (readstat_value_is_system_missing(value) || readstat_value_is_tagged_missing(value) ||
        readstat_value_is_defined_missing(value, variable))
        return READSTAT_HANDLER_OK;
    if (readstat_value_type(value) == READSTAT_TYPE_STRING) {
        const char* text = readstat_string_value(value);
        out.text = text ? text : "";
        out.missing = out.text.empty();
        return READSTAT_HANDLER_OK;
    }
    out.number = numberOf(value);
    out.missing = !out.number || std::isnan(*out.number);
    if (out.number)
        out.text = formatNumber(*out.number);
    return READSTAT_HANDLER_OK;
}

int onValueLabel(const char* labelSet, readstat_value_t value, const char* label, void* context)
{
    auto* sink = static_cast<ReadstatSink*>(context);
    std::string key;
    if (readstat_value_type(value) == READSTAT_TYPE_STRING) {
        const char* text = readstat_string_value(value);
        key = text ? text : "";
    } else if (const std::optional<double> number = numberOf(value)) {
        key = formatNumber(*number);
    } else {
        return READSTAT_HANDLER_OK;
    }
    sink->labelSets[labelSet ? labelSet : ""][key] = label ? label : "";
    return READSTAT_HANDLER_OK;
}

Microdata readWithReadstat(const std::filesystem::path& file, const std::string& format)
{
    ReadstatSink sink;
    sink.data.fileName = file.filename().string();
    sink.data.format = format;
    readstat_parser_t* parser = readstat_parser_init();
    readstat_set_metadata_handler(parser, onMetadata);
    readstat_set_variable_handler(parser, onVariable);
    readstat_set_value_handler(parser, onValue);
    readstat_set_value_label_handler(parser, onValueLabel);
    const readstat_error_t error = format == "sav" ? readstat_parse_sav(parser, file.c_str(), &sink)
                                                   : readstat_parse_dta(parser, file.c_str(), &sink);
    readstat_parser_free(parser);
    if (error == READSTAT_ERROR_OPEN)
        throw UserError(file.string() + ": no such file, or it cannot be read");
    if (error != READSTAT_OK)
        throw UserError(file.string() + ": not a readable " + (format == "sav" ? "SPSS .sav" : "Stata .dta") +
                        " file (" + readstat_error_message(error) + ")" +
                        (sink.failure.empty() ? std::string() : ": " + sink.failure));
    for (MicrodataVariable& v : sink.data.variables) {
        v.values.resize(sink.data.rows);
        if (const auto set = sink.labelSetOf.find(v.name); set != sink.labelSetOf.end())
            if (const auto labels = sink.labelSets.find(set->second); labels != sink.labelSets.end())
                v.valueLabels = labels->second;
        v.label = text::toNfc(v.label);
        for (auto& [value, label] : v.valueLabels)
            label = text::toNfc(label);
        for (MicrodataValue& value : v.values)
            if (!v.numeric)
                value.text = text::toNfc(value.text);
    }
    return sink.data;
}

} // namespace

std::string formatNumber(double value)
{
    char buffer[64];
    const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
    if (error != std::errc())
        return std::to_string(value);
    return std::string(buffer, end);
}

std::string MicrodataVariable::display(const MicrodataValue& value) const
{
    const auto found = valueLabels.find(value.text);
    return found != valueLabels.end() && !found->second.empty() ? found->second : value.text;
}

std::string Microdata::rowName(std::size_t row) const
{
    if (row < lines.size())
        return "line " + std::to_string(lines[row]);
    return "case " + std::to_string(row + 1);
}

const MicrodataVariable* Microdata::find(const std::string& name) const
{
    const std::string key = text::fold(name);
    for (const MicrodataVariable& v : variables)
        if (text::fold(v.name) == key)
            return &v;
    return nullptr;
}

const MicrodataVariable& Microdata::require(const std::string& name, const std::string& purpose) const
{
    if (const MicrodataVariable* v = find(name))
        return *v;
    std::string known;
    for (const MicrodataVariable& v : variables)
        known += (known.empty() ? "" : ", ") + v.name;
    throw UserError(fileName + ": no " + purpose + " column '" + name + "' (the file has: " + known + ")");
}

Microdata parseCsvMicrodata(const std::string& utf8, const std::string& fileName)
{
    const text::CsvTable table = text::parseCsv(utf8, fileName);
    Microdata data;
    data.fileName = fileName;
    data.format = "csv";
    data.rows = table.rows.size();
    for (const text::CsvRow& row : table.rows)
        data.lines.push_back(row.line);
    for (std::size_t c = 0; c < table.header.size(); ++c) {
        MicrodataVariable v;
        v.name = table.header[c];
        for (const text::CsvRow& row : table.rows) {
            MicrodataValue value;
            value.text = text::toNfc(row.fields[c]);
            value.missing = value.text.empty();
            if (!value.missing) {
                value.number = parseNumber(value.text);
                v.numeric = v.numeric && value.number.has_value();
            }
            v.values.push_back(value);
        }
        if (!v.numeric)
            for (MicrodataValue& value : v.values)
                value.number.reset();
        data.variables.push_back(std::move(v));
    }
    return data;
}

Microdata readMicrodata(const std::filesystem::path& file)
{
    const std::string extension = import::lowerExtension(file);
    if (extension == "csv")
        return parseCsvMicrodata(import::readFileBytes(file), file.filename().string());
    if (extension == "sav" || extension == "zsav")
        return readWithReadstat(file, "sav");
    if (extension == "dta")
        return readWithReadstat(file, "dta");
    throw UserError(file.string() + ": survey microdata must be .csv, .sav (SPSS) or .dta (Stata)");
}

} // namespace hilo::analysis
