#pragma once
// What the regular-expression detectors share: compiling a pattern, collecting its matches
// through a filter, the pattern pieces for word and number boundaries and proper names, and
// the checks of the words around a match (units after a number, a context word before it).
#include "candidate.h"

#include <QRegularExpression>
#include <QString>
#include <QStringView>

#include <functional>
#include <string>
#include <utility>

namespace hilo::import::deid {

// Patterns are constants of the detectors, so an invalid one is a programming error; the
// message names the pattern problem only, never the transcript.
QRegularExpression compile(const std::string& pattern);

// A filter sees each match in context and returns the (possibly trimmed) span to keep, or an
// empty span to drop it: some checks (digit counts, money words after a number, a context word
// nearby) are clearer in code than in a pattern.
using Span = std::pair<qsizetype, qsizetype>;
using MatchFilter = std::function<Span(const QString& text, const QRegularExpressionMatch& match)>;

Span wholeMatch(const QString& text, const QRegularExpressionMatch& match);

void collect(const QRegularExpression& expression, const QString& text, IdentifierKind kind, Candidates& out,
             const MatchFilter& filter = wholeMatch);

// Shared pattern pieces. \h (horizontal white space) rather than \s keeps every match on one
// line, so a line and column always describe it.
extern const std::string wordBefore;
extern const std::string wordAfter;
// A number that continues as a decimal, time, date or fraction is not the end of a match.
extern const std::string numberAfter;
// Words that make a preceding number a count or an amount rather than an identifier.
extern const std::string unitWords;
// One capitalised word of a proper name: "Juárez", "O'Brien", "Héroes".
extern const std::string capitalisedWord;
// A proper name of one to `words` capitalised words, with "de", "del", "de la", "de los"
// between them: "San Judas", "Niños Héroes", "Valle de las Palmas".
std::string properName(int words);

// True when the text right after a number is a unit ("años", "pesos", "times"...).
bool startsWithUnit(QStringView rest);

// True when `context` matches in the `window` UTF-16 units before `begin`, on the same line,
// with no sentence end (. ! ? ;) between the context and the match. `context` is matched
// anywhere in that window.
bool contextBefore(const QString& text, qsizetype begin, const QRegularExpression& context, qsizetype window);
// The same for the `window` units after `end`.
bool contextAfter(const QString& text, qsizetype end, const QRegularExpression& context, qsizetype window);

} // namespace hilo::import::deid
