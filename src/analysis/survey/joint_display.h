#pragma once
// The joint display: per survey theme, the survey figures beside what the interviews say.
// For each theme: its indicators (value, base, CI, subgroup, source), the linked codes, how many
// excerpts and participants per group those codes (with their descendants) hold, two or three
// exemplar quotes from different participants, and the researcher's note.
#include "project/project.h"
#include "survey_store.h"

#include <cstdint>
#include <string>
#include <vector>

namespace hilo::analysis {

struct JointGroupCount {
    std::string group; // tag: YP, FW, JP, ...
    std::string label;
    std::int64_t excerpts = 0;
    std::int64_t participants = 0; // distinct sources with an excerpt
    std::int64_t sources = 0;      // the group's sources, coded or not
};

struct JointQuote {
    std::int64_t codingId = 0;
    std::int64_t sourceId = 0;
    std::string sourceName;
    std::string participant; // participant id from the header block, else the source name
    std::string group;
    std::string codePath;
    std::int64_t start = 0;
    std::int64_t end = 0;
    std::string text;
};

struct JointTheme {
    SurveyTheme theme;
    std::vector<JointGroupCount> groups;
    std::int64_t excerpts = 0;
    std::int64_t participants = 0;
    std::vector<JointQuote> quotes;
};

struct JointDisplay {
    std::vector<JointTheme> themes;
};

inline constexpr std::size_t kMaxExemplarQuotes = 3;
inline constexpr std::int64_t kMaxQuoteWords = 60;

// Exemplar quotes: codings by participants (not interviewers) are preferred, then those of
// 8 to 60 words; at most one per participant, taking groups in turn so different voices speak.
// A quote longer than 60 words is cut at a word boundary with an ellipsis.
JointDisplay buildJointDisplay(Project& project);

} // namespace hilo::analysis
