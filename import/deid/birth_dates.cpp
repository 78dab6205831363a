// Dates of birth: a date (day and month, with or without the year) said next to "nací",
// "nacimiento", "cumpleaños", "born", "DOB", "birthday". An ordinary date is not an identifier
// and is never flagged on its own; nor is a year alone ("nací en 2008"), which says no more
// than an age.
#include "detectors.h"
#include "patterns.h"

namespace hilo::import::deid {
namespace {

const QRegularExpression& birthContext()
{
    static const QRegularExpression context = compile(
        R"((?<![\p{L}])(?:(?i:nac[ií]|naci[oó]|nacid[oa]s?|nacimiento|born|birthday|b-?day|birth\h+date|)"
        R"(date\h+of\h+birth|cumplea[ñn]os|(?:mi|su|tu)\h+cumple|cumple\h+a[ñn]os)|DOB|D\.O\.B\.?)(?![\p{L}]))");
    return context;
}

Span dateNearBirthContext(const QString& text, const QRegularExpressionMatch& match)
{
    if (!contextBefore(text, match.capturedStart(), birthContext(), 50) &&
        !contextAfter(text, match.capturedEnd(), birthContext(), 40))
        return {};
    return {match.capturedStart(), match.capturedEnd()};
}

} // namespace

void findBirthDates(const QString& text, Candidates& out)
{
    const std::string year = R"((?:19|20)[0-9]{2})";
    const std::string spanishMonth =
        R"((?i:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre))";
    // English months are capitalised; "may" and "march" in lower case are a verb and a walk.
    const std::string englishMonth = R"((?:January|February|March|April|May|June|July|August|September|October|)"
                                     R"(November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|)"
                                     R"(Oct\.?|Nov\.?|Dec\.?))";
    const std::string ordinal = R"((?:st|nd|rd|th)?)";
    const std::string day = R"((?:[0-3]?[0-9]))";
    const std::string dates =
        "(?:" +
        // 12 de marzo de 2008, primero de mayo del 2006, 1° de mayo
        std::string(R"((?:[0-3]?[0-9](?:[°º]|ro)?|(?i:primero))\h+(?i:de)\h+)") + spanishMonth +
        R"((?:\h+(?i:de|del)\h+)" + year + ")?" +
        // March 3, 2009; Feb. 14th
        "|" + englishMonth + R"(\h+)" + day + ordinal + R"((?:,?\h+)" + year + ")?" +
        // 14 February 2011, the 3rd of March
        "|" + day + ordinal + R"(\h+(?:of\h+)?)" + englishMonth + R"((?:,?\h+)" + year + ")?" +
        // 05/11/2007, 5-11-07, 05.11.2007, 2010-07-14
        R"(|[0-3]?[0-9][/.\-][0-3]?[0-9][/.\-](?:(?:19|20)?[0-9]{2}))" + "|" + year + R"(-[01][0-9]-[0-3][0-9])" +
        ")";
    static const QRegularExpression date = compile(wordBefore + dates + numberAfter);
    collect(date, text, IdentifierKind::BirthDate, out, dateNearBirthContext);
}

} // namespace hilo::import::deid
