#include "patterns.h"

#include <algorithm>
#include <stdexcept>

namespace hilo::import::deid {

QRegularExpression compile(const std::string& pattern)
{
    QRegularExpression expression(QString::fromStdString(pattern), QRegularExpression::UseUnicodePropertiesOption);
    if (!expression.isValid())
        throw std::logic_error("invalid de-identification pattern: " + expression.errorString().toStdString() +
                               " at offset " + std::to_string(expression.patternErrorOffset()) + " DEBUG " + pattern);
    return expression;
}

Span wholeMatch(const QString&, const QRegularExpressionMatch& match)
{
    return {match.capturedStart(), match.capturedEnd()};
}

void collect(const QRegularExpression& expression, const QString& text, IdentifierKind kind, Candidates& out,
             const MatchFilter& filter)
{
    auto matches = expression.globalMatch(text);
    while (matches.hasNext()) {
        const Span span = filter(text, matches.next());
        if (span.second > span.first)
            out.push_back({kind, span.first, span.second});
    }
}

const std::string wordBefore = R"((?<![\p{L}\p{N}\p{M}_]))";
const std::string wordAfter = R"((?![\p{L}\p{N}\p{M}_]))";
const std::string numberAfter = R"((?![\p{L}\p{N}\p{M}_])(?![.,:/\-][0-9]))";
const std::string unitWords =
    R"((?i:años?|mes(?:es)?|d[ií]as?|semanas?|horas?|minutos?|veces|vez|pesos|d[oó]lares|mxn|usd|)"
    R"(personas|niñ[oa]s|hij[oa]s|years?|months?|weeks?|days?|hours?|minutes?|times|people|)"
    R"(dollars|kids|children)(?![\p{L}\p{M}]))";
const std::string capitalisedWord = R"(\p{Lu}[\p{L}\p{M}'\x{2019}]*)";

std::string properName(int words)
{
    const std::string connector = R"((?:(?:de|del)\h+(?:(?:la|las|los)\h+)?)?)";
    return capitalisedWord + R"((?:\h+)" + connector + capitalisedWord + "){0," + std::to_string(words - 1) + "}";
}

bool startsWithUnit(QStringView rest)
{
    static const QRegularExpression unit = compile(R"(^\h*)" + unitWords);
    return unit.match(rest).hasMatch();
}

namespace {

// A sentence ends at "?", "!", ";" or at a period followed by white space and a capital
// letter: "D.O.B. 2010" and "Lic. Pérez" go on, "en Tijuana. El 3 de marzo" does not.
bool endsSentenceAt(QStringView text, qsizetype i)
{
    const QChar c = text.at(i);
    if (c == u'?' || c == u'!' || c == u';' || c == u'\u00BF' || c == u'\u00A1')
        return true;
    if (c != u'.')
        return false;
    qsizetype next = i + 1;
    if (next >= text.size() || !text.at(next).isSpace())
        return false;
    while (next < text.size() && text.at(next).isSpace())
        ++next;
    return next < text.size() && text.at(next).isUpper();
}

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r';
}

} // namespace

// Both look only inside their window, so that a long line with many matches stays linear.
bool contextBefore(const QString& text, qsizetype begin, const QRegularExpression& context, qsizetype window)
{
    qsizetype from = begin;
    while (from > 0 && begin - from < window && !isLineBreak(text.at(from - 1)))
        --from;
    const QStringView view = QStringView(text).mid(from, begin - from);
    qsizetype start = 0;
    for (qsizetype i = 0; i < view.size(); ++i)
        if (endsSentenceAt(view, i))
            start = i + 1;
    return context.match(view.mid(start)).hasMatch();
}

bool contextAfter(const QString& text, qsizetype end, const QRegularExpression& context, qsizetype window)
{
    qsizetype to = end;
    while (to < text.size() && to - end < window && !isLineBreak(text.at(to)))
        ++to;
    QStringView view = QStringView(text).mid(end, to - end);
    for (qsizetype i = 0; i < view.size(); ++i)
        if (endsSentenceAt(view, i)) {
            view = view.first(i);
            break;
        }
    return context.match(view).hasMatch();
}

} // namespace hilo::import::deid
