#pragma once
// Disagreements as files a team opens in a meeting: CSV for a spreadsheet, and one
// self-contained HTML page (no scripts, no outside resources; every text escaped) that shows
// each region once per coder with that coder's coded words marked, side by side.
#include "analysis/agreement/project_disagreements.h"

#include <string>

namespace hilo::analysis {

// One row per disagreement: source, group, code, start, end (code points), kind, one column of
// spans per coder ("120:245 130:150"), the differing runs ("120:130 ana"), and the words.
std::string disagreementsCsv(const DisagreementReport& report);
std::string disagreementsHtml(const DisagreementReport& report);

// "boundaries differ", or "not coded by ben" (the coders who coded nothing of the region).
std::string disagreementKind(const Disagreement& d, const std::vector<std::string>& coders);
// "120:130 ana; 140:150 ben": each run with the coders who coded it.
std::string describeRuns(const Disagreement& d, const std::vector<std::string>& coders);

} // namespace hilo::analysis
