#pragma once
// Whose voices a basket carries: per participant group, how many quotes and from how many
// distinct participants; per participant, their share of the basket; and warnings when one
// participant supplies more than a set share, or a group that has sources is not quoted.
#include "quote_store.h"

#include <string>
#include <vector>

namespace hilo::quotes {

struct GroupDiversity {
    std::string tag;
    int quotes = 0;
    int participants = 0; // distinct
    int sources = 0;      // sources the group has in the project
};

struct ParticipantShare {
    std::string participant;
    std::string groupTag;
    int quotes = 0;
    double share = 0; // of the basket
};

struct DiversityReport {
    int quotes = 0;
    double maxShare = 0;
    std::vector<GroupDiversity> groups;         // in the project's group order
    std::vector<ParticipantShare> participants; // most quoted first
    std::vector<std::string> warnings;
};

// maxShare: a participant with more than this share of the quotes (and more than one quote)
// is warned about. Throws UserError unless 0 < maxShare <= 1.
DiversityReport diversityReport(Project& project, const std::vector<QuoteRecord>& quotes, double maxShare = 0.25);

} // namespace hilo::quotes
