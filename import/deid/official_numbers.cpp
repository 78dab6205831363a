// Mexican official numbers, written whole or in groups ("GODE 561231 HDFRRN 09",
// "LOPA-850312-AB1", "03-17-85-4412-6"): CURP, RFC, the INE voter card's elector key and OCR
// number, the IMSS social security number (NSS), and the US social security number, which
// shares the NSS's kind.
#include "detectors.h"
#include "patterns.h"

#include <algorithm>
#include <string>
#include <vector>

namespace hilo::import::deid {
namespace {

// A single space or hyphen that people put between the groups of a code.
const std::string groupGap = R"([\h\-]?)";

std::string joined(const std::vector<std::string>& atoms, const std::string& separator)
{
    std::string pattern;
    for (std::size_t i = 0; i < atoms.size(); ++i)
        pattern += (i == 0 ? "" : separator) + atoms[i];
    return pattern;
}

std::vector<std::string> repeated(const std::string& atom, int count)
{
    return std::vector<std::string>(static_cast<std::size_t>(count), atom);
}

std::vector<std::string> operator+(std::vector<std::string> a, const std::vector<std::string>& b)
{
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

qsizetype countDigits(QStringView span)
{
    return std::count_if(span.begin(), span.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

} // namespace

void findCurps(const QString& text, Candidates& out)
{
    // 4 letters, birth date YYMMDD, sex, state (NE = born abroad), 3 inner consonants, a
    // letter or digit telling the century, and a check digit. Dictated CURPs come in groups
    // of any size ("LOPA 8503 12MJ CPZN 02"), so a space or hyphen may stand between any two
    // characters.
    std::string states;
    for (const char* state : {"AS", "BC", "BS", "CC", "CL", "CM", "CS", "CH", "DF", "DG", "GT", "GR", "HG", "JC",
                              "MC", "MN", "MS", "NT", "NL", "OC", "PL", "QT", "QR", "SP", "SL", "SR", "TC", "TS",
                              "TL", "VZ", "YN", "ZS", "NE"})
        states += std::string(states.empty() ? "" : "|") + state[0] + groupGap + state[1];
    const std::vector<std::string> atoms = repeated("[A-Z]", 4) +
                                           std::vector<std::string>{"[0-9]", "[0-9]", "[01]", "[0-9]", "[0-3]",
                                                                    "[0-9]", "[HM]", "(?:" + states + ")"} +
                                           repeated("[B-DF-HJ-NP-TV-Z]", 3) +
                                           std::vector<std::string>{"[A-Z0-9]", "[0-9]"};
    static const QRegularExpression curp = compile(wordBefore + "(?i)" + joined(atoms, groupGap) + wordAfter);
    collect(curp, text, IdentifierKind::Curp, out);
}

void findRfcs(const QString& text, Candidates& out)
{
    // 3 letters (companies) or 4 (persons), date YYMMDD, homoclave. Hyphens are a common way
    // to write it ("LOPA-850312-AB1"), in any case. Spaces ("GALJ 800101 AB3") only in
    // capitals: in lower case, "caso 240312 del juzgado" would read as one.
    const std::string before = R"((?<![\p{L}\p{N}\p{M}_&]))";
    const std::string after = R"((?![\p{L}\p{N}\p{M}_&]))";
    static const QRegularExpression hyphenated =
        compile(before + R"((?i)[A-ZÑ&]{3,4}-?[0-9]{2}[01][0-9][0-3][0-9]-?[A-Z0-9]{3})" + after);
    static const QRegularExpression spaced =
        compile(before + R"([A-ZÑ&]{3,4}\h[0-9]{2}[01][0-9][0-3][0-9]\h(?=[A-Z0-9]*[0-9])[A-Z0-9]{3})" + after);
    collect(hyphenated, text, IdentifierKind::Rfc, out);
    collect(spaced, text, IdentifierKind::Rfc, out);
}

namespace {

// The INE's OCR number is any 13 digits, so only where the talk is about the card.
const QRegularExpression& voterCardContext()
{
    static const QRegularExpression context =
        compile(R"((?<![\p{L}])(?:INE|IFE|OCR|(?i:credencial|elector|para\h+votar|voter))(?![\p{L}]))");
    return context;
}

const QRegularExpression& socialSecurityContext()
{
    static const QRegularExpression context = compile(
        R"((?<![\p{L}])(?:NSS|IMSS|SSN|(?i:seguro\h+social|afiliaci[oó]n|social\h+security))(?![\p{L}]))");
    return context;
}

// Digits written whole or in groups: the first digit not glued to a word or number before.
std::string digitsInGroups(int count)
{
    return R"((?<![\p{L}\p{N}\p{M}_.,/\-]))" + joined(repeated("[0-9]", count), groupGap) +
           R"((?![\p{L}\p{N}\p{M}_])(?![\h.,/\-]?[0-9]))";
}

MatchFilter nearContext(const QRegularExpression& context)
{
    return [&context](const QString& text, const QRegularExpressionMatch& match) -> Span {
        if (!contextBefore(text, match.capturedStart(), context, 80) &&
            !contextAfter(text, match.capturedEnd(), context, 40))
            return {};
        return {match.capturedStart(), match.capturedEnd()};
    };
}

} // namespace

void findIneNumbers(const QString& text, Candidates& out)
{
    // The elector key: 6 letters of the name, birth date YYMMDD, state of birth (2 digits),
    // sex and 3 digits. Its shape is distinctive enough to need no context.
    // The eight digits come whole or in pairs ("TRLPJN 85 06 12 02 H 400").
    static const QRegularExpression electorKey =
        compile(wordBefore + R"((?i)[A-Z]{6})" + groupGap + joined(repeated("[0-9]{2}", 4), groupGap) + groupGap +
                "[HM]" + groupGap + "[0-9]{3}" + wordAfter);
    static const QRegularExpression ocr = compile(digitsInGroups(13));
    collect(electorKey, text, IdentifierKind::VoterCard, out);
    collect(ocr, text, IdentifierKind::VoterCard, out, nearContext(voterCardContext()));
}

void findSocialSecurityNumbers(const QString& text, Candidates& out)
{
    // The NSS as the IMSS prints it, 2-2-2-4-1 with one kind of separator: distinctive alone.
    static const QRegularExpression printedNss = compile(
        R"((?<![\p{L}\p{N}\p{M}_.,/\-])[0-9]{2}([\h\-])[0-9]{2}\1[0-9]{2}\1[0-9]{4}\1[0-9])" + numberAfter +
        R"((?!\h[0-9]))");
    // Eleven digits any other way, where the talk is about social security.
    static const QRegularExpression nss = compile(digitsInGroups(11));
    // The US SSN: 3-2-4 with hyphens alone, nine digits otherwise only in context.
    static const QRegularExpression hyphenatedSsn =
        compile(R"((?<![\p{L}\p{N}\p{M}_.,/\-])[0-9]{3}-[0-9]{2}-[0-9]{4})" + numberAfter);
    static const QRegularExpression ssn = compile(digitsInGroups(9));
    collect(printedNss, text, IdentifierKind::SocialSecurity, out);
    collect(nss, text, IdentifierKind::SocialSecurity, out, nearContext(socialSecurityContext()));
    collect(hyphenatedSsn, text, IdentifierKind::SocialSecurity, out);
    const MatchFilter inContext = nearContext(socialSecurityContext());
    collect(ssn, text, IdentifierKind::SocialSecurity, out,
            [&inContext](const QString& t, const QRegularExpressionMatch& match) -> Span {
                // Nine digits in one block or as 3-2-4; other groupings are amounts or phones.
                static const QRegularExpression shape = compile(R"(^(?:[0-9]{9}|[0-9]{3}[\h\-][0-9]{2}[\h\-][0-9]{4})$)");
                if (!shape.match(match.capturedView()).hasMatch() || countDigits(match.capturedView()) != 9)
                    return {};
                return inContext(t, match);
            });
}

} // namespace hilo::import::deid
