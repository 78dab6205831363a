#include "deid_guard.h"

#include "text/qt_offsets.h"
#include "text/unicode_text.h"

#include <QHash>
#include <QRegularExpression>
#include <QString>
#include <QStringView>

#include <algorithm>
#include <cstdint>
#include <functional>
#include <map>
#include <stdexcept>
#include <string>
#include <unordered_map>
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
    }
    return "name";
}

namespace {

// A match before overlap resolution, in UTF-16 units of the scanned QString.
struct Candidate {
    IdentifierKind kind;
    qsizetype begin = 0;
    qsizetype end = 0;
};
using Candidates = std::vector<Candidate>;

// ---------------------------------------------------------------------------------------------
// Regular expressions
// ---------------------------------------------------------------------------------------------

// Patterns are constants of this file, so an invalid one is a programming error; the message
// names the pattern problem only, never the transcript.
QRegularExpression compile(const std::string& pattern)
{
    QRegularExpression expression(QString::fromStdString(pattern),
                                  QRegularExpression::UseUnicodePropertiesOption);
    if (!expression.isValid())
        throw std::logic_error("invalid de-identification pattern: " +
                               expression.errorString().toStdString() + " at offset " +
                               std::to_string(expression.patternErrorOffset()));
    return expression;
}

// A filter sees each match in context and returns the (possibly trimmed) span to keep, or an
// empty span to drop it: some checks (digit counts, money words after a number) are clearer in
// code than in a pattern.
using Span = std::pair<qsizetype, qsizetype>;
using MatchFilter = std::function<Span(const QString& text, const QRegularExpressionMatch& match)>;

Span wholeMatch(const QString&, const QRegularExpressionMatch& match)
{
    return {match.capturedStart(), match.capturedEnd()};
}

void collect(const QRegularExpression& expression, const QString& text, IdentifierKind kind,
             Candidates& out, const MatchFilter& filter = wholeMatch)
{
    auto matches = expression.globalMatch(text);
    while (matches.hasNext()) {
        const Span span = filter(text, matches.next());
        if (span.second > span.first)
            out.push_back({kind, span.first, span.second});
    }
}

// Shared pattern pieces. \h (horizontal white space) rather than \s keeps every match on one
// line, so a line and column always describe it.
const std::string wordBefore = R"((?<![\p{L}\p{N}\p{M}_]))";
const std::string wordAfter = R"((?![\p{L}\p{N}\p{M}_]))";
// A number that continues as a decimal, time, date or fraction is not the end of a match.
const std::string numberAfter = R"((?![\p{L}\p{N}\p{M}_])(?![.,:/\-][0-9]))";
// Words that make a preceding number a count or an amount rather than an identifier.
const std::string unitWords =
    R"((?i:años?|mes(?:es)?|d[ií]as?|semanas?|horas?|minutos?|veces|vez|pesos|d[oó]lares|mxn|usd|)"
    R"(personas|niñ[oa]s|hij[oa]s|years?|months?|weeks?|days?|hours?|minutes?|times|people|)"
    R"(dollars|kids|children)(?![\p{L}\p{M}]))";

// ---------------------------------------------------------------------------------------------
// E-mail, URL, handle
// ---------------------------------------------------------------------------------------------

void findEmails(const QString& text, Candidates& out)
{
    // The TLD must be letters, so "ana@correo.mx." at a sentence end stops before the period.
    static const QRegularExpression email = compile(
        R"((?<![\p{L}\p{N}_.+%-])[\p{L}\p{N}_+%-](?:[\p{L}\p{N}_.+%-]*[\p{L}\p{N}_+%-])?)"
        R"(@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,24}(?![\p{L}\p{N}_-]))");
    collect(email, text, IdentifierKind::Email, out);
}

// Sentence punctuation after a URL belongs to the sentence; a closing bracket belongs to the
// URL only when the URL opened it (as in Wikipedia addresses).
qsizetype trimUrlEnd(const QString& text, qsizetype begin, qsizetype end)
{
    const QString trailing = QStringLiteral(".,;:!?'\"\u201D\u2019\u00BB");
    while (end > begin) {
        const QChar last = text.at(end - 1);
        if (trailing.contains(last)) {
            --end;
            continue;
        }
        const QChar opener = last == u')' ? u'(' : last == u']' ? u'[' : last == u'}' ? u'{' : QChar();
        if (opener.isNull())
            break;
        const QStringView url = QStringView(text).mid(begin, end - begin);
        if (url.count(opener) >= url.count(last))
            break;
        --end;
    }
    return end;
}

Span trimmedUrl(const QString& text, const QRegularExpressionMatch& match)
{
    return {match.capturedStart(), trimUrlEnd(text, match.capturedStart(), match.capturedEnd())};
}

void findUrls(const QString& text, Candidates& out)
{
    const std::string notInToken = R"((?<![\p{L}\p{N}_.@/-]))";
    const std::string rest = R"([^\s<>"\x{201C}\x{201D}]*)";
    static const QRegularExpression withScheme = compile(R"((?i:https?://)[^\s<>"\x{201C}\x{201D}]+)");
    static const QRegularExpression withWww =
        compile(notInToken + R"((?i:www)\.[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+(?:[/?#])" + rest + ")?");
    // A bare domain counts only with a common TLD and a path: "facebook.com/ana.lopez" is an
    // address, while "etc. Luego" or "la casa.Después" are not.
    static const QRegularExpression bareWithPath = compile(
        notInToken + R"((?:[\p{L}\p{N}-]+\.)+)" +
        R"((?i:com|net|org|mx|edu|gob|gov|info|io|co|me|tv|ly|gl|be|app|us|uk|es|ar|cl|pe|ca))" +
        R"((?:\.(?i:[a-z]{2}))?/[^\s<>"\x{201C}\x{201D}/])" + rest);
    collect(withScheme, text, IdentifierKind::Url, out, trimmedUrl);
    collect(withWww, text, IdentifierKind::Url, out, trimmedUrl);
    collect(bareWithPath, text, IdentifierKind::Url, out, trimmedUrl);
}

// A handle must start after white space or opening punctuation, so "niñ@s" (gender-neutral
// Spanish) and the "@" inside an e-mail are not handles. At least one letter is required so
// that "@2" (read as "at 2") is not flagged.
Span validHandle(const QString& text, const QRegularExpressionMatch& match)
{
    qsizetype end = match.capturedEnd();
    while (end > match.capturedStart() + 1 && text.at(end - 1) == u'.')
        --end;
    const QStringView name = QStringView(text).mid(match.capturedStart() + 1, end - match.capturedStart() - 1);
    const bool hasLetter = std::any_of(name.begin(), name.end(), [](QChar c) { return c.isLetter() || c == u'_'; });
    if (name.size() < 2 || name.size() > 30 || !hasLetter)
        return {};
    return {match.capturedStart(), end};
}

void findHandles(const QString& text, Candidates& out)
{
    static const QRegularExpression handle = compile(
        R"((?<![^\s(\[{¿¡"'\x{201C}\x{2018}\x{00AB}<])@[\p{L}\p{M}\p{N}_.]+(?![\p{L}\p{N}\p{M}_@]))");
    collect(handle, text, IdentifierKind::SocialHandle, out, validHandle);
}

// ---------------------------------------------------------------------------------------------
// Phone numbers
// ---------------------------------------------------------------------------------------------

bool startsWithUnit(QStringView rest)
{
    static const QRegularExpression unit = compile(R"(^\h*)" + unitWords);
    return unit.match(rest).hasMatch();
}

// "$ 1234567890", "MXN 5512345678" and "5512345678 pesos" are amounts, not phones.
bool isMoneyContext(const QString& text, qsizetype begin, qsizetype end)
{
    static const QRegularExpression currencyBefore = compile(R"((?:[$€£]|(?i:mxn|usd|eur))\h*$)");
    const QStringView before = QStringView(text).mid(std::max<qsizetype>(0, begin - 8),
                                                     begin - std::max<qsizetype>(0, begin - 8));
    return currencyBefore.match(before).hasMatch() || startsWithUnit(QStringView(text).mid(end));
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

// ---------------------------------------------------------------------------------------------
// CURP and RFC
// ---------------------------------------------------------------------------------------------

void findCurps(const QString& text, Candidates& out)
{
    // 4 letters, birth date YYMMDD, sex, state (NE = born abroad), 3 inner consonants,
    // a letter or digit telling the century, and a check digit.
    static const QRegularExpression curp = compile(
        wordBefore +
        R"((?i)[A-Z]{4}[0-9]{2}[01][0-9][0-3][0-9][HM])"
        R"((?:AS|BC|BS|CC|CL|CM|CS|CH|DF|DG|GT|GR|HG|JC|MC|MN|MS|NT|NL|OC|PL|QT|QR|SP|SL|SR|TC|TS|TL|VZ|YN|ZS|NE))"
        R"([B-DF-HJ-NP-TV-Z]{3}[A-Z0-9][0-9])" +
        wordAfter);
    collect(curp, text, IdentifierKind::Curp, out);
}

void findRfcs(const QString& text, Candidates& out)
{
    // 3 letters (companies) or 4 (persons), date YYMMDD, homoclave; hyphens are a common way
    // to write it ("LOPA-850312-AB1"), spaces are not and would invite false positives.
    static const QRegularExpression rfc = compile(
        R"((?<![\p{L}\p{N}\p{M}_&]))"
        R"((?i)[A-ZÑ&]{3,4}-?[0-9]{2}[01][0-9][0-3][0-9]-?[A-Z0-9]{3})"
        R"((?![\p{L}\p{N}\p{M}_&]))");
    collect(rfc, text, IdentifierKind::Rfc, out);
}

// ---------------------------------------------------------------------------------------------
// Street addresses
// ---------------------------------------------------------------------------------------------

Span addressNotCount(const QString& text, const QRegularExpressionMatch& match)
{
    if (startsWithUnit(QStringView(text).mid(match.capturedEnd())))
        return {};
    return {match.capturedStart(), match.capturedEnd()};
}

void findSpanishAddresses(const QString& text, Candidates& out)
{
    // Full words in any case; abbreviations either unambiguous or with their period.
    const std::string street =
        R"((?:(?i:calle|avenida|privada|callej[oó]n|andador|boulevard|bulevar|carretera|calzada|)"
        R"(circuito|cerrada|prolongaci[oó]n|paseo|perif[eé]rico|camino|retorno|pasaje|)"
        R"(av|avda|blvd|blvr|cjon|priv|calz|cto|cda)(?![\p{L}\p{M}])\.?)"
        R"(|(?i:ave|carr|prol|and)\.))";
    // The street's name: capitalised words, with lower-case connectors before and between them
    // ("Callejón del Beso"); a number may open it when a date name ("5 de Mayo") or a numbered
    // street ("Calle 10 #25") follows.
    const std::string nameWord =
        R"((?:\p{Lu}[\p{L}\p{M}'\x{2019}]*\.?|[0-9]{1,3}(?=\h+(?:de\h|#|(?i:n[uú]m|no\.|n[°º])))))";
    const std::string connector = R"((?:de|del|la|las|los|el|y))";
    const std::string name = "(?:" + connector + R"(\h+)*)" + nameWord + R"((?:\h+(?:)" + connector +
                             R"(\h+)*)" + nameWord + "){0,3}";
    const std::string marker = R"((?:#|(?i:n[uú]mero|n[uú]m\.?|no\.|n[°º]\.?|nro\.?))\h*)";
    static const QRegularExpression address = compile(
        wordBefore + street + R"(\h+)" + name + R"(,?\h+(?:)" + marker + R"()?[0-9]{1,5}(?:-?[A-Z])?)" +
        numberAfter + R"((?!\h*%))");
    // "Manzana 5 Lote 12": the way many Mexican addresses are written, with no street number.
    static const QRegularExpression blockAndLot = compile(
        wordBefore + R"((?i:manzana|mza?\.?)\h*[0-9]{1,4}[A-Z]?,?\h*(?i:lote|lte?\.?)\h*[0-9]{1,4}[A-Z]?)" +
        wordAfter);
    collect(address, text, IdentifierKind::StreetAddress, out, addressNotCount);
    collect(blockAndLot, text, IdentifierKind::StreetAddress, out);
}

void findEnglishAddresses(const QString& text, Candidates& out)
{
    // Court, Place, Way and Close are left out: "2 Family Court hearings" is common in this field.
    static const QRegularExpression numberFirst = compile(
        R"((?<![\p{L}\p{N}\p{M}_$€£.,:/#-])[0-9]{1,5}[A-Z]?\h+(?:\p{Lu}[\p{L}\p{M}'\x{2019}.-]*\h+){1,3})"
        R"((?i:street|st\.?|avenue|ave\.?|road|rd\.?|boulevard|blvd\.?|lane|ln\.?|drive|terrace|)"
        R"(crescent|highway|hwy\.?|parkway))" +
        wordAfter);
    static const QRegularExpression apartment = compile(
        wordBefore + R"((?i:apt|apartment|apto|depto|dpto|departamento|suite)(?![\p{L}\p{M}])\.?)"
                     R"(\h*(?:#\h*)?[0-9]{1,5}[A-Za-z]?)" +
        numberAfter);
    collect(numberFirst, text, IdentifierKind::StreetAddress, out);
    collect(apartment, text, IdentifierKind::StreetAddress, out, addressNotCount);
}

// ---------------------------------------------------------------------------------------------
// Names from the project's list
// ---------------------------------------------------------------------------------------------

struct Word {
    qsizetype begin = 0;
    qsizetype end = 0;
};

char32_t codePointAt(QStringView text, qsizetype i)
{
    const QChar c = text.at(i);
    if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
        return QChar::surrogateToUcs4(c, text.at(i + 1));
    return c.unicode();
}

qsizetype unitsOf(char32_t codePoint)
{
    return QChar::requiresSurrogates(codePoint) ? 2 : 1;
}

bool isMark(char32_t codePoint)
{
    const auto category = QChar::category(codePoint);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
           category == QChar::Mark_Enclosing;
}

bool isWordCodePoint(char32_t codePoint)
{
    return QChar::isLetterOrNumber(codePoint) || isMark(codePoint);
}

// Maximal runs of letters, digits and combining marks: the units a name must match whole.
std::vector<Word> splitWords(QStringView text)
{
    std::vector<Word> words;
    qsizetype i = 0;
    while (i < text.size()) {
        const char32_t codePoint = codePointAt(text, i);
        const qsizetype next = i + unitsOf(codePoint);
        if (isWordCodePoint(codePoint)) {
            if (words.empty() || words.back().end != i)
                words.push_back({i, next});
            else
                words.back().end = next;
        }
        i = next;
    }
    return words;
}

// Words of one multi-word name may be separated by spaces, hyphens or apostrophes
// ("María José", "María-José", "O'Brien"), but not by a line break or other punctuation.
bool isNameGap(QStringView gap)
{
    return !gap.isEmpty() && std::all_of(gap.begin(), gap.end(), [](QChar c) {
        return (c.isSpace() && c != u'\n' && c != u'\r') || c == u'-' || c == u'\'' || c == u'\u2019';
    });
}

std::string foldedWord(QStringView word)
{
    return hilo::text::fold(word.toUtf8().toStdString());
}

// The name list, folded word by word and indexed by its first word.
class NameList {
public:
    explicit NameList(const std::vector<std::string>& names)
    {
        for (const std::string& name : names)
            add(name);
        for (auto& entry : phrasesByFirstWord_)
            std::sort(entry.second.begin(), entry.second.end(),
                      [](const auto& a, const auto& b) { return a.size() > b.size(); });
    }

    bool empty() const { return phrasesByFirstWord_.empty(); }

    // Longest phrases first, so "Ana López" wins over "Ana".
    const std::vector<std::vector<std::string>>* phrasesStartingWith(const std::string& word) const
    {
        const auto found = phrasesByFirstWord_.find(word);
        return found == phrasesByFirstWord_.end() ? nullptr : &found->second;
    }

private:
    void add(const std::string& name)
    {
        const QString text = hilo::text::toQString(name);
        std::vector<std::string> phrase;
        for (const Word& word : splitWords(text))
            phrase.push_back(foldedWord(QStringView(text).mid(word.begin, word.end - word.begin)));
        // A one-letter entry would flag every Spanish "y", "a" or "o".
        if (phrase.empty() || (phrase.size() == 1 && hilo::text::codePointLength(phrase.front()) < 2))
            return;
        phrasesByFirstWord_[phrase.front()].push_back(std::move(phrase));
    }

    std::unordered_map<std::string, std::vector<std::vector<std::string>>> phrasesByFirstWord_;
};

class NameScanner {
public:
    NameScanner(const QString& text, const NameList& names)
        : text_(text), names_(names), words_(splitWords(text))
    {
    }

    void scan(Candidates& out)
    {
        std::size_t i = 0;
        while (i < words_.size()) {
            const std::size_t length = longestMatchAt(i);
            if (length == 0) {
                ++i;
                continue;
            }
            out.push_back({IdentifierKind::Name, words_[i].begin, words_[i + length - 1].end});
            i += length;
        }
    }

private:
    std::size_t longestMatchAt(std::size_t first)
    {
        const auto* phrases = names_.phrasesStartingWith(folded(first));
        if (phrases == nullptr)
            return 0;
        for (const auto& phrase : *phrases)
            if (matchesAt(first, phrase))
                return phrase.size();
        return 0;
    }

    bool matchesAt(std::size_t first, const std::vector<std::string>& phrase)
    {
        if (first + phrase.size() > words_.size())
            return false;
        for (std::size_t k = 1; k < phrase.size(); ++k) {
            const Word& previous = words_[first + k - 1];
            const Word& word = words_[first + k];
            if (!isNameGap(QStringView(text_).mid(previous.end, word.begin - previous.end)) ||
                folded(first + k) != phrase[k])
                return false;
        }
        return true;
    }

    // Transcripts repeat their words a lot, and folding goes through ICU: fold each distinct
    // word once.
    const std::string& folded(std::size_t index)
    {
        const Word& word = words_[index];
        const QString key = text_.mid(word.begin, word.end - word.begin);
        auto found = cache_.find(key);
        if (found == cache_.end())
            found = cache_.insert(key, foldedWord(key));
        return found.value();
    }

    const QString& text_;
    const NameList& names_;
    std::vector<Word> words_;
    QHash<QString, std::string> cache_;
};

void findNames(const QString& text, const GuardOptions& options, Candidates& out)
{
    const NameList names(options.names);
    if (names.empty())
        return;
    NameScanner(text, names).scan(out);
}

// ---------------------------------------------------------------------------------------------
// Overlaps, positions, masking
// ---------------------------------------------------------------------------------------------

// Lower is more specific; breaks ties between candidates of the same length.
int specificity(IdentifierKind kind)
{
    switch (kind) {
    case IdentifierKind::Email: return 0;
    case IdentifierKind::Url: return 1;
    case IdentifierKind::Curp: return 2;
    case IdentifierKind::Rfc: return 3;
    case IdentifierKind::Phone: return 4;
    case IdentifierKind::SocialHandle: return 5;
    case IdentifierKind::StreetAddress: return 6;
    case IdentifierKind::Name: return 7;
    }
    return 8;
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
        const char32_t codePoint = codePointAt(match, i);
        const qsizetype units = unitsOf(codePoint);
        if (QChar::isLetterOrNumber(codePoint)) {
            lastKept = !inRun;
            masked += lastKept ? match.mid(i, units).toString() : QStringLiteral("*");
            inRun = true;
        } else if (isMark(codePoint) && inRun) {
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

} // namespace

std::vector<GuardFlag> scanForIdentifiers(std::string_view text, const GuardOptions& options)
{
    const QString qtext = hilo::text::toQString(text);
    Candidates candidates;
    findEmails(qtext, candidates);
    findUrls(qtext, candidates);
    findHandles(qtext, candidates);
    findPhones(qtext, candidates);
    findCurps(qtext, candidates);
    findRfcs(qtext, candidates);
    findSpanishAddresses(qtext, candidates);
    findEnglishAddresses(qtext, candidates);
    findNames(qtext, options, candidates);

    const hilo::text::Utf16CodePointMap map(qtext);
    const LineIndex lines(qtext, map);
    std::vector<GuardFlag> flags;
    for (const Candidate& candidate : resolveOverlaps(std::move(candidates))) {
        const auto [line, column] = lines.locate(map.toCodePoint(candidate.begin));
        flags.push_back({candidate.kind, line, column,
                         mask(QStringView(qtext).mid(candidate.begin, candidate.end - candidate.begin))});
    }
    return flags;
}

} // namespace hilo::import
