#pragma once
// The disagreements of chosen coders on one code, read from a project: per source, each region
// where they differ with every coder's codings and the words, for the team's discussion.
#include "analysis/agreement/disagreements.h"
#include "project/project.h"

#include <optional>
#include <string>
#include <vector>

namespace hilo::analysis {

struct RegionText {
    std::string text;                // the region's words
    std::vector<std::string> runs;   // the words of each differing run, in order
};

struct SourceDisagreements {
    std::int64_t sourceId = 0;
    std::string source;
    std::string groupTag;
    std::vector<Disagreement> items;
    std::vector<RegionText> texts; // one per item
};

struct DisagreementReport {
    std::int64_t codeId = 0;
    std::string code; // path
    std::vector<std::string> coders; // as the project spells them, in the order asked
    std::vector<SourceDisagreements> sources; // sources with at least one disagreement
    std::vector<std::string> compared;        // every source looked at
};

struct DisagreementRequest {
    std::vector<std::string> coders; // at least two
    std::string code;                // reference: path, name or GUID
    std::optional<std::string> source{}; // name or id; default: every source all coders coded
    bool includeSubcodes = false;    // as in project_agreement.h: a code's own codings by default
};

// UserError for fewer than two coders, an unknown coder, code or source.
DisagreementReport projectDisagreements(Project& project, const DisagreementRequest& request);

} // namespace hilo::analysis
