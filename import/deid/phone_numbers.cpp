#include "detectors.h"
#include "patterns.h"

#include <algorithm>

namespace hilo::import::deid {
namespace {

// "$ 1234567890", "MXN 5512345678" and "5512345678 pesos" are amounts, not phones.
bool isMoneyContext(const QString& text, qsizetype begin, qsizetype end)
{
    static const QRegularExpression currencyBefore = compile(R"((?:[$€£]|(?i:mxn|usd|eur))\h*$)");
    const qsizetype from = std::max<qsizetype>(0, begin - 8);
    return currencyBefore.match(QStringView(text).mid(from, begin - from)).hasMatch() ||
           startsWithUnit(QStringView(text).mid(end));
}

qsizetype countDigits(QStringView span)
{
    return std::count_if(span.begin(), span.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

Span validInternationalPhone(const QString&, const QRegularExpressionMatch& match)
{
    const QStringView span = match.capturedView();
    const qsizetype digits = countDigits(span);
    // Country code (1-3 digits) and 6-14 further digits.
    if (digits < 8 || digits > 17 || span.count(u'(') != span.count(u')'))
        return {};
    return {match.capturedStart(), match.capturedEnd()};
}

Span validNationalPhone(const QString& text, const QRegularExpressionMatch& match)
{
    if (isMoneyContext(text, match.capturedStart(), match.capturedEnd()))
        return {};
    return {match.capturedStart(), match.capturedEnd()};
}

} // namespace

void findPhones(const QString& text, Candidates& out)
{
    // Not glued to a word, an amount or a reference, nor continuing a decimal ("1.5512345678").
    const std::string before = R"((?<![\p{L}\p{N}\p{M}_$€£#/+])(?<![0-9][.,:\-]))";
    const std::string sep = R"([\h.\-]?)";
    // One digit per repetition keeps the pattern unambiguous (no catastrophic backtracking);
    // the digit count is checked afterwards.
    static const QRegularExpression international =
        compile(before + R"(\+\h?[0-9](?:[\h.\-]?\(?[0-9]\)?)*)" + numberAfter);
    // Mexican ten-digit numbers only in the groupings people write, so that dates (2024-03-12),
    // year ranges (2015-2018) and amounts (1 500 000) never look like phones.
    const std::string d2 = "[0-9]{2}", d3 = "[0-9]{3}", d4 = "[0-9]{4}";
    const std::string national = "(?:[0-9]{10}"
                                 "|\\(?" + d2 + "\\)?" + sep + d4 + sep + d4 +
                                 "|\\(?" + d3 + "\\)?" + sep + d3 + sep + d4 +
                                 "|\\(?" + d3 + "\\)?" + sep + d3 + sep + d2 + sep + d2 +
                                 "|\\(?" + d2 + "\\)?" + sep + d2 + sep + d2 + sep + d2 + sep + d2 + ")";
    // 044/045 (mobile from a landline) and 01 (long distance) are old dialling prefixes.
    static const QRegularExpression mexican =
        compile(before + "(?:(?:0?4[45]|01)[\\h.\\-]?)?" + national + numberAfter);
    collect(international, text, IdentifierKind::Phone, out, validInternationalPhone);
    collect(mexican, text, IdentifierKind::Phone, out, validNationalPhone);
}

} // namespace hilo::import::deid
