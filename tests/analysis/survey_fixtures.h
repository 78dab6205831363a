#pragma once
// One small, fictional survey written three ways: SPSS .sav and Stata .dta (through
// libreadstat's writer, with value labels) and CSV. Eight respondents:
//   gender 1 = Girl, 2 = Boy (variable label "Género", written with a combining accent);
//   told 0 = "Told no one", 1 = "Se lo contó a alguien" (missing for one); wt, a survey weight.
#include "support/temp_folder.h"

#include <readstat.h>

#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

namespace hilo::test {

struct SurveyRow {
    int gender;
    double told; // NAN: missing
    double weight;
};

inline const std::vector<SurveyRow> kSurveyRows = {
    {1, 0, 2.0}, {1, 1, 1.0}, {1, 0, 1.0}, {2, 0, 0.5}, {2, 1, 1.5}, {2, 1, 1.0}, {1, NAN, 1.0}, {2, 0, 2.0},
};

inline ssize_t appendBytes(const void* data, size_t length, void* context)
{
    static_cast<std::string*>(context)->append(static_cast<const char*>(data), length);
    return static_cast<ssize_t>(length);
}

// format: "sav" or "dta". Returns the file's bytes.
inline std::string writeSurvey(const std::string& format)
{
    std::string bytes;
    readstat_writer_t* writer = readstat_writer_init();
    readstat_set_data_writer(writer, appendBytes);
    const bool stata = format == "dta";
    // Stata's value labels are integer-valued; SPSS's are doubles.
    const readstat_type_t labelType = stata ? READSTAT_TYPE_INT32 : READSTAT_TYPE_DOUBLE;
    readstat_label_set_t* genderLabels = readstat_add_label_set(writer, labelType, "genderlbl");
    readstat_label_set_t* toldLabels = readstat_add_label_set(writer, labelType, "toldlbl");
    if (stata) {
        readstat_label_int32_value(genderLabels, 1, "Girl");
        readstat_label_int32_value(genderLabels, 2, "Boy");
        readstat_label_int32_value(toldLabels, 0, "Told no one");
        readstat_label_int32_value(toldLabels, 1, "Se lo contó a alguien");
    } else {
        readstat_label_double_value(genderLabels, 1, "Girl");
        readstat_label_double_value(genderLabels, 2, "Boy");
        readstat_label_double_value(toldLabels, 0, "Told no one");
        readstat_label_double_value(toldLabels, 1, "Se lo contó a alguien");
    }
    readstat_variable_t* gender = readstat_add_variable(writer, "gender", labelType, 0);
    readstat_variable_set_label(gender, "Ge\u0301nero"); // decomposed: Hilo stores NFC
    readstat_variable_set_label_set(gender, genderLabels);
    readstat_variable_t* told = readstat_add_variable(writer, "told", labelType, 0);
    readstat_variable_set_label_set(told, toldLabels);
    readstat_variable_t* weight = readstat_add_variable(writer, "wt", READSTAT_TYPE_DOUBLE, 0);
    const long rows = static_cast<long>(kSurveyRows.size());
    if (stata)
        readstat_begin_writing_dta(writer, &bytes, rows);
    else
        readstat_begin_writing_sav(writer, &bytes, rows);
    for (const SurveyRow& row : kSurveyRows) {
        readstat_begin_row(writer);
        if (stata)
            readstat_insert_int32_value(writer, gender, row.gender);
        else
            readstat_insert_double_value(writer, gender, row.gender);
        if (std::isnan(row.told))
            readstat_insert_missing_value(writer, told);
        else if (stata)
            readstat_insert_int32_value(writer, told, static_cast<int>(row.told));
        else
            readstat_insert_double_value(writer, told, row.told);
        readstat_insert_double_value(writer, weight, row.weight);
        readstat_end_row(writer);
    }
    readstat_end_writing(writer);
    readstat_writer_free(writer);
    return bytes;
}

inline std::string surveyCsv()
{
    std::string csv = "gender,told,wt\n";
    for (const SurveyRow& row : kSurveyRows) {
        char line[64];
        std::snprintf(line, sizeof line, "%d,%s,%g\n", row.gender, std::isnan(row.told) ? "" : (row.told == 0 ? "0" : "1"),
                      row.weight);
        csv += line;
    }
    return csv;
}

} // namespace hilo::test
