#include "deid_guard.h"

#include "deid/detectors.h"
#include "deid/text_words.h"

#include "text/qt_offsets.h"

#include <QString>
#include <QStringView>

#include <algorithm>
#include <cstdint>
#include <map>
#include <utility>
#include <vector>

namespace hilo::import {

const char* identifierKindName(IdentifierKind kind)
{
    switch (kind) {
    case IdentifierKind::Email: return "email";
    case IdentifierKind::Phone: return "phone";
    case IdentifierKind::Url: return "url";
    case IdentifierKind::SocialHandle: return "handle";
    case IdentifierKind::Curp: return "curp";
    case IdentifierKind::Rfc: return "rfc";
    case IdentifierKind::StreetAddress: return "address";
    case IdentifierKind::Name: return "name";
    case IdentifierKind::School: return "school";
    case IdentifierKind::LicencePlate: return "plate";
    case IdentifierKind::BirthDate: return "birth_date";
    case IdentifierKind::VoterCard: return "ine";
    case IdentifierKind::SocialSecurity: return "nss";
    }
    return "name";
}

namespace {

using deid::Candidate;
using deid::Candidates;

// Lower is more specific; breaks ties between candidates of the same length.
int specificity(IdentifierKind kind)
{
    switch (kind) {
    case IdentifierKind::Email: return 0;
    case IdentifierKind::Url: return 1;
    case IdentifierKind::Curp: return 2;
    case IdentifierKind::VoterCard: return 3;
    case IdentifierKind::Rfc: return 4;
    case IdentifierKind::SocialSecurity: return 5;
    case IdentifierKind::Phone: return 6;
    case IdentifierKind::LicencePlate: return 7;
    case IdentifierKind::BirthDate: return 8;
    case IdentifierKind::SocialHandle: return 9;
    case IdentifierKind::School: return 10;
    case IdentifierKind::StreetAddress: return 11;
    case IdentifierKind::Name: return 12;
    }
    return 13;
}

// One flag per stretch of text: the longest candidate covers the ones inside it (an e-mail
// contains a handle-like "@domain", an address contains a listed name, a URL a handle), and
// among equally long ones the most specific kind wins.
Candidates resolveOverlaps(Candidates candidates)
{
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        const auto lengthA = a.end - a.begin, lengthB = b.end - b.begin;
        if (lengthA != lengthB)
            return lengthA > lengthB;
        if (specificity(a.kind) != specificity(b.kind))
            return specificity(a.kind) < specificity(b.kind);
        return a.begin < b.begin;
    });
    std::map<qsizetype, Candidate> accepted; // by begin; accepted spans never overlap
    for (const Candidate& candidate : candidates) {
        const auto after = accepted.lower_bound(candidate.end);
        const bool overlaps = after != accepted.begin() && std::prev(after)->second.end > candidate.begin;
        if (!overlaps)
            accepted.emplace(candidate.begin, candidate);
    }
    Candidates inTextOrder;
    inTextOrder.reserve(accepted.size());
    for (const auto& entry : accepted)
        inTextOrder.push_back(entry.second);
    return inTextOrder;
}

// Line starts as code point offsets. "\r\n" is one break; a lone "\r" (old Mac files) is too.
class LineIndex {
public:
    LineIndex(const QString& text, const hilo::text::Utf16CodePointMap& map)
    {
        lineStarts_.push_back(0);
        for (qsizetype i = 0; i < text.size(); ++i) {
            const bool lineFeed = text.at(i) == u'\n';
            const bool loneReturn = text.at(i) == u'\r' && (i + 1 == text.size() || text.at(i + 1) != u'\n');
            if (lineFeed || loneReturn)
                lineStarts_.push_back(map.toCodePoint(i + 1));
        }
    }

    // 1-based line and column.
    std::pair<long, long> locate(std::int64_t codePoint) const
    {
        const auto next = std::upper_bound(lineStarts_.begin(), lineStarts_.end(), codePoint);
        const auto line = next - lineStarts_.begin();
        return {static_cast<long>(line), static_cast<long>(codePoint - *std::prev(next) + 1)};
    }

private:
    std::vector<std::int64_t> lineStarts_;
};

// Keeps the first character of each run of letters and digits and replaces the rest with '*';
// punctuation and spaces stay, so the shape of the identifier remains visible in the report.
// A combining mark follows its base: kept with a kept letter, dropped with a masked one.
std::string mask(QStringView match)
{
    QString masked;
    bool inRun = false;
    bool lastKept = false;
    qsizetype i = 0;
    while (i < match.size()) {
        const char32_t codePoint = deid::codePointAt(match, i);
        const qsizetype units = deid::unitsOf(codePoint);
        if (QChar::isLetterOrNumber(codePoint)) {
            lastKept = !inRun;
            masked += lastKept ? match.mid(i, units).toString() : QStringLiteral("*");
            inRun = true;
        } else if (deid::isMark(codePoint) && inRun) {
            if (lastKept)
                masked += match.mid(i, units);
        } else {
            masked += match.mid(i, units);
            inRun = false;
        }
        i += units;
    }
    return masked.toStdString();
}

Candidates findCandidates(const QString& text, const GuardOptions& options)
{
    Candidates candidates;
    deid::findEmails(text, candidates);
    deid::findSpokenEmails(text, candidates);
    deid::findUrls(text, candidates);
    deid::findHandles(text, candidates);
    deid::findHandlesWithoutAt(text, candidates);
    deid::findPhones(text, candidates);
    deid::findCurps(text, candidates);
    deid::findRfcs(text, candidates);
    deid::findIneNumbers(text, candidates);
    deid::findSocialSecurityNumbers(text, candidates);
    deid::findLicencePlates(text, candidates);
    deid::findBirthDates(text, candidates);
    deid::findStreetAddresses(text, candidates);
    deid::findLandmarkAddresses(text, candidates);
    deid::findSchools(text, candidates);
    const deid::WordIndex words(text);
    deid::findSpelledOutPhones(words, candidates);
    deid::findListedNames(words, options.names, candidates);
    deid::findPersonNames(words, candidates);
    return candidates;
}

} // namespace

std::vector<GuardFlag> scanForIdentifiers(std::string_view text, const GuardOptions& options)
{
    const QString qtext = hilo::text::toQString(text);
    const hilo::text::Utf16CodePointMap map(qtext);
    const LineIndex lines(qtext, map);
    std::vector<GuardFlag> flags;
    for (const Candidate& candidate : resolveOverlaps(findCandidates(qtext, options))) {
        const auto [line, column] = lines.locate(map.toCodePoint(candidate.begin));
        flags.push_back({candidate.kind, line, column,
                         mask(QStringView(qtext).mid(candidate.begin, candidate.end - candidate.begin))});
    }
    return flags;
}

} // namespace hilo::import
