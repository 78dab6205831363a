#pragma once
// Survey microdata, one respondent a row: from CSV (libcsv), SPSS .sav or Stata .dta
// (libreadstat). Values are numbers or text; missing values (empty CSV cells, system-missing,
// user-defined or tagged missing values) are kept as missing. Value labels of .sav and .dta
// files are kept with their variables.
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace hilo::analysis {

struct MicrodataValue {
    bool missing = true;
    std::optional<double> number; // numeric variables
    std::string text;             // text variables, and the number as written for numeric ones
};

struct MicrodataVariable {
    std::string name;
    std::string label; // from .sav/.dta; "" when none
    bool numeric = true;
    std::map<std::string, std::string> valueLabels; // value as text ("1") -> label ("Girl")
    std::vector<MicrodataValue> values;             // one per row

    // The label of a value, or the value itself when it has none.
    std::string display(const MicrodataValue& value) const;
};

struct Microdata {
    std::string fileName;
    std::string format; // csv, sav, dta
    std::size_t rows = 0;
    std::vector<MicrodataVariable> variables;
    std::vector<long> lines; // CSV: the line each row starts on, for messages

    // "line 7" (CSV) or "case 7" (.sav, .dta, 1-based) for messages about a row.
    std::string rowName(std::size_t row) const;

    // A variable by name (case-insensitive), or nullptr.
    const MicrodataVariable* find(const std::string& name) const;
    // The variable, or a UserError naming the file, what it is for and the variables it has.
    const MicrodataVariable& require(const std::string& name, const std::string& purpose) const;
};

// A number as Hilo writes values: the shortest form that reads back the same ("1", "2.5").
std::string formatNumber(double value);

// By extension: .csv, .sav (.zsav), .dta. Throws UserError naming the file for an unknown
// extension, an unreadable or corrupt file.
Microdata readMicrodata(const std::filesystem::path& file);

// CSV microdata from memory (a column is numeric when every non-empty cell is a number).
Microdata parseCsvMicrodata(const std::string& utf8, const std::string& fileName);

} // namespace hilo::analysis
