// School names: a Spanish school word with a number or a name after it ("Secundaria Técnica
// 12", "Escuela Benito Juárez", "CBTis 155", "la prepa 9"), or a name before an English one
// ("Lincoln High School", "Roosevelt Elementary"). The school word alone ("la secundaria",
// "in high school") and names made only of ordinary words ("Instituto Nacional de
// Migración", "Escuela Secundaria") are not flagged.
#include "detectors.h"
#include "patterns.h"
#include "text_words.h"
#include "word_lists.h"

#include <unordered_set>

namespace hilo::import::deid {
namespace {

Span spanishSchool(const QString& text, const QRegularExpressionMatch& match)
{
    const QStringView name = match.capturedView(u"name");
    if (!name.isEmpty()) {
        // An acronym names one school system's campus with any place after it ("Conalep Tijuana").
        const bool acronym = !match.capturedView(u"acronym").isEmpty();
        if (!acronym && wordLists().isOnlyOrdinaryWords(name))
            return {};
        return {match.capturedStart(), match.capturedEnd()};
    }
    // "en la primaria 3 años", "la secundaria 5 de mis amigas": a count, not a school number.
    static const QRegularExpression countAfter = compile(R"(^\h+(?:de|of)\h)");
    const QStringView rest = QStringView(text).mid(match.capturedEnd());
    if (startsWithUnit(rest) || countAfter.match(rest).hasMatch())
        return {};
    return {match.capturedStart(), match.capturedEnd()};
}

// Words that open a sentence or a noun phrase before "High School": "In High School", "my
// Elementary", "The Academy".
bool isEnglishFunctionWord(const std::string& folded)
{
    static const std::unordered_set<std::string> words{
        "the", "a", "an", "my", "his", "her", "our", "their", "your", "this", "that", "in", "at", "when", "then",
        "after", "before", "from", "to", "and", "but", "so", "of", "for", "local", "public", "private", "new",
        "old", "same", "other", "every", "each", "some", "no", "any", "all", "one", "first", "last", "next", "both",
        "senior", "junior", "freshman", "sophomore", "its", "i", "we", "they", "he", "she", "it", "you"};
    return words.count(folded) > 0;
}

Span englishSchool(const QString& text, const QRegularExpressionMatch& match)
{
    const qsizetype nameBegin = match.capturedStart(u"name");
    const QStringView name = match.capturedView(u"name");
    // Leading function words and ordinary words are not the school's name.
    for (const Word& word : splitWords(name)) {
        const std::string folded = foldedWord(name.mid(word.begin, word.end - word.begin));
        if (isEnglishFunctionWord(folded) || wordLists().isOrdinary(folded))
            continue;
        return {nameBegin + word.begin, match.capturedEnd()};
    }
    (void)text;
    return {};
}

} // namespace

void findSchools(const QString& text, Candidates& out)
{
    const std::string acronym = R"((?<acronym>(?i:cbtis|cbta|cbtf|cetis|conalep|cecyt|cecytem?|cobach|cetmar)))";
    const std::string keyword =
        "(?:" + acronym +
        R"(|(?i:escuela|colegio|secundaria|primaria|preparatoria|prepa|telesecundaria|telebachillerato|instituto|)"
        R"(jard[ií]n\h+de\h+niños|k[ií]nder|kindergarten|bachilleres|bachillerato))(?![\p{L}\p{M}]))";
    const std::string qualifier =
        R"((?:\h+(?i:primaria|secundaria|t[eé]cnica|federal|estatal|general|oficial|particular|diurna|nocturna|)"
        R"(vespertina|matutina|industrial|agropecuaria|rural|urbana|anexa|mixta|p[uú]blica|privada|plantel)(?![\p{L}\p{M}]))*)";
    const std::string numberMark = R"((?:(?i:n[uú]mero|n[uú]m\.?|no\.?|n[°º]\.?)\h*|#\h*)?)";
    static const QRegularExpression spanish = compile(
        wordBefore + keyword + qualifier + R"((?:\h+)" + numberMark + R"([0-9]{1,4}(?:\h?[A-Z](?![\p{L}]))?)" +
        numberAfter + R"((?!\h*%)|\h+["\x{201C}\x{00AB}]?(?<name>)" + properName(4) + "))");
    collect(spanish, text, IdentifierKind::School, out, spanishSchool);

    const std::string englishKeyword =
        R"((?:(?i:high\h+school|middle\h+school|junior\h+high(?:\h+school)?|elementary(?:\h+school)?|primary\h+school|)"
        R"(secondary\h+school|intermediate\h+school|charter\h+school|preparatory(?:\h+school|\h+academy)?|)"
        R"(prep\h+school|academy|montessori(?:\h+school)?|community\h+school|day\h+school)|)"
        // "Westview High": the school's name and a capitalised "High" at the end of the phrase.
        R"(High(?!\h+\p{Lu})))";
    static const QRegularExpression english = compile(
        wordBefore + "(?<name>" + capitalisedWord + R"((?:\h+)" + capitalisedWord + R"(){0,2})\h+)" + englishKeyword +
        wordAfter);
    collect(english, text, IdentifierKind::School, out, englishSchool);
}

} // namespace hilo::import::deid
