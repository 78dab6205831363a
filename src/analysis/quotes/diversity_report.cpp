#include "diversity_report.h"

#include "project/source_store.h"
#include "text/user_error.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace hilo::quotes {
namespace {

std::string percent(double share)
{
    return std::to_string(static_cast<int>(std::lround(share * 100))) + "%";
}

} // namespace

DiversityReport diversityReport(Project& project, const std::vector<QuoteRecord>& quotes, double maxShare)
{
    if (!(maxShare > 0 && maxShare <= 1))
        throw UserError("the largest share for one participant must be above 0 and at most 1 (e.g. 0.25)");
    DiversityReport report;
    report.quotes = static_cast<int>(quotes.size());
    report.maxShare = maxShare;
    std::map<std::string, std::set<std::string>> participantsOf;
    std::map<std::string, int> quotesOf;
    std::map<std::string, ParticipantShare> shares;
    for (const QuoteRecord& quote : quotes) {
        participantsOf[quote.groupTag].insert(quote.participant);
        ++quotesOf[quote.groupTag];
        ParticipantShare& share = shares[quote.participant];
        share.participant = quote.participant;
        share.groupTag = quote.groupTag;
        ++share.quotes;
    }
    for (const GroupInfo& group : SourceStore(project).groups()) {
        GroupDiversity g{group.tag, quotesOf[group.tag], static_cast<int>(participantsOf[group.tag].size()),
                         static_cast<int>(group.sourceCount)};
        if (g.quotes == 0 && g.sources > 0 && report.quotes > 0)
            report.warnings.push_back("group " + group.tag + " has " + std::to_string(g.sources) +
                                      " sources but no quote in the basket");
        report.groups.push_back(g);
    }
    for (auto& [name, share] : shares) {
        share.share = report.quotes > 0 ? static_cast<double>(share.quotes) / report.quotes : 0;
        report.participants.push_back(share);
    }
    std::sort(report.participants.begin(), report.participants.end(), [](const ParticipantShare& a, const ParticipantShare& b) {
        return a.quotes != b.quotes ? a.quotes > b.quotes : a.participant < b.participant;
    });
    for (const ParticipantShare& share : report.participants)
        if (share.quotes > 1 && share.share > maxShare)
            report.warnings.push_back(share.participant + " (" + share.groupTag + ") supplies " +
                                      std::to_string(share.quotes) + " of " + std::to_string(report.quotes) +
                                      " quotes (" + percent(share.share) + "), more than " + percent(maxShare));
    return report;
}

} // namespace hilo::quotes
