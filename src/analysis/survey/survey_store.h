#pragma once
// Survey themes in project.db (schema migration 5): each theme's indicators, the codes linked to
// it and the researcher's note for the joint display. Every write is one transaction.
#include "project/project.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace hilo::analysis {

struct SurveyIndicator {
    std::string label;
    double value = 0;                 // a percentage, 0 to 100
    std::optional<std::int64_t> base; // respondents the percentage is of
    std::string subgroup;             // "" for everyone
    std::optional<double> ciLow;      // 95% confidence interval, percent
    std::optional<double> ciHigh;
    std::string sourceNote;
};

// How a theme was computed from microdata, when it was.
struct ThemeDefinition {
    std::string fileName;
    std::string format; // csv, sav, dta
    std::string weight; // "" for unweighted
    std::string variable;
    std::string condition;
    std::string subgroups; // comma-separated
    std::int64_t rows = 0;
};

struct LinkedCode {
    std::int64_t id = 0;
    std::string path;
};

struct SurveyTheme {
    std::int64_t id = 0;
    std::string name;
    std::string note;
    std::vector<SurveyIndicator> indicators;
    std::vector<LinkedCode> codes; // codebook order
    std::optional<ThemeDefinition> definition;
};

// A theme's figures as a table or a computation gives them, with the codes to link.
struct ThemeFigures {
    std::string theme;
    std::vector<SurveyIndicator> indicators;
    std::vector<std::string> codes; // code references (path, name or GUID)
};

// Microdata behind computed figures, recorded with them.
struct DatasetRecord {
    std::string fileName;
    std::string format;
    std::string weight;
    std::int64_t rows = 0;
    // variable -> value -> label
    std::map<std::string, std::map<std::string, std::string>> valueLabels;
};

class SurveyStore {
public:
    explicit SurveyStore(Project& project) : project_(project) {}

    // In the order they were first imported.
    std::vector<SurveyTheme> themes();
    // By name (case-insensitive) or numeric id; UserError naming the known themes when none.
    SurveyTheme theme(const std::string& reference);

    // Adds or updates themes in one transaction: a theme already present keeps its note and
    // links, and its indicators are replaced by the new ones. Code references are resolved
    // first, so an unknown code imports nothing. Returns the number of indicators stored.
    std::size_t importFigures(const std::vector<ThemeFigures>& themes);
    // The same for one theme computed from microdata, recording the dataset, its value labels
    // and the definition.
    void importComputed(const ThemeFigures& figures, const DatasetRecord& dataset, const ThemeDefinition& definition);

    // Links a code to a theme; linking twice is not an error. Returns false if it was linked.
    bool link(const std::string& codeReference, const std::string& themeReference);
    bool unlink(const std::string& codeReference, const std::string& themeReference);
    void setNote(const std::string& themeReference, const std::string& note);
    void removeTheme(const std::string& themeReference);

    // The value labels recorded for a dataset's variable (value -> label).
    std::map<std::string, std::string> valueLabels(const std::string& fileName, const std::string& variable);

private:
    std::int64_t upsertTheme(const std::string& name);
    void replaceIndicators(std::int64_t themeId, const std::vector<SurveyIndicator>& indicators);
    Project& project_;
};

} // namespace hilo::analysis
