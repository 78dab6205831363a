#include "detectors.h"
#include "patterns.h"

#include <algorithm>

namespace hilo::import::deid {
namespace {

// Top-level domains people say after "punto" or "dot".
const std::string spokenTld = R"((?i:com|net|org|mx|edu|gob|gov|es|us|info|io|co|uk))";
// Mail providers are said alone too: "lupita arroba hotmail".
const std::string mailProvider = R"((?i:gmail|hotmail|yahoo|outlook|icloud|live|prodigy|msn|aol|protonmail|proton))";

} // namespace

void findSpokenEmails(const QString& text, Candidates& out)
{
    const std::string localToken = R"([\p{L}\p{N}_](?:[\p{L}\p{N}_.\-]*[\p{L}\p{N}_])?)";
    const std::string spokenJoin = R"(\h+(?i:punto|dot|gui[oó]n\h+bajo|underscore|gui[oó]n|dash|hyphen)\h+)";
    const std::string local = localToken + "(?:" + spokenJoin + localToken + ")*";
    // "arroba", "at", "(at)", "[at]" or a spaced "@".
    const std::string at = R"((?:\h+(?i:arroba|at)\h+|\h*[(\[{]\h*(?i:arroba|at)\h*[)\]}]\h*|\h+@\h+))";
    const std::string label = R"([\p{L}\p{N}](?:[\p{L}\p{N}\-]*[\p{L}\p{N}])?)";
    const std::string dot = R"((?:\h+(?i:punto|dot)\h+|\h*[(\[{]\h*(?i:punto|dot)\h*[)\]}]\h*|\.))";
    const std::string before = R"((?<![\p{L}\p{N}\p{M}_.@\-]))";
    // The domain ends at the last label that is a TLD: "gmail punto com punto mx".
    static const QRegularExpression withDomain = compile(before + local + at + label + "(?:" + dot + label + ")*" +
                                                         dot + spokenTld + R"((?![\p{L}\p{N}\p{M}_]))");
    static const QRegularExpression withProvider =
        compile(before + local + at + mailProvider + R"((?![\p{L}\p{N}\p{M}_@.]))");
    collect(withDomain, text, IdentifierKind::Email, out);
    collect(withProvider, text, IdentifierKind::Email, out);
}

namespace {

// Where people say a handle without its "@": after a platform or "usuario", "me busca como",
// "goes by". "X" counts only as a capital letter standing alone.
const QRegularExpression& handleContext()
{
    static const QRegularExpression context = compile(
        R"((?<![\p{L}\p{N}])(?:(?i:insta(?:gram)?|ig|tik\h?tok|face(?:book)?|fb|snap(?:chat)?|twitter|)"
        R"(whats(?:app)?|wats|telegram|discord|threads|twitch|kik|free\h+fire|roblox|fortnite|xbox|psn|)"
        R"(gamertag|usuario|username|user\h?name|user|handle|perfil|profile|account|)"
        R"(b[uú]s[ck]a(?:me|s)?\h+como|me\h+encuentras\h+como|aparezco\h+como|sale\h+como|aparece\h+como|)"
        R"(goes\h+by|find\h+me\h+as)|X)(?![\p{L}\p{N}]))");
    return context;
}

bool isAbbreviationOrDomain(QStringView token)
{
    static const QRegularExpression tldEnd = compile(R"(\.(?i:com|net|org|mx|edu|gob|gov|io|co|me)$)");
    if (tldEnd.match(token).hasMatch())
        return true;
    // "p.m", "EE.UU", "U.S": no part of three characters or more.
    const auto parts = token.split(u'.');
    return std::none_of(parts.begin(), parts.end(), [](QStringView part) { return part.size() >= 3; });
}

// A handle said without "@" must look like one, since the words around it are ordinary words:
// it starts with a letter or "_" and has a digit, an underscore or an inner period
// ("lupita_hdz22", "jenny.rdz", "Karla.Mtz.07").
Span validBareHandle(const QString& text, const QRegularExpressionMatch& match)
{
    const QStringView token = match.capturedView();
    if (token.size() < 3 || token.size() > 30 || !(token.front().isLetter() || token.front() == u'_'))
        return {};
    const bool marked = std::any_of(token.begin(), token.end(),
                                    [](QChar c) { return c == u'_' || c == u'.' || c.isDigit(); });
    if (!marked || isAbbreviationOrDomain(token))
        return {};
    if (!contextBefore(text, match.capturedStart(), handleContext(), 40))
        return {};
    return {match.capturedStart(), match.capturedEnd()};
}

} // namespace

void findHandlesWithoutAt(const QString& text, Candidates& out)
{
    static const QRegularExpression token =
        compile(R"((?<![\p{L}\p{N}\p{M}_.@/#$%\-])(?=[\p{L}\p{N}_.]*[_.0-9]))"
                R"([\p{L}\p{N}_]+(?:\.[\p{L}\p{N}_]+)*(?![\p{L}\p{N}\p{M}_@/]))");
    collect(token, text, IdentifierKind::SocialHandle, out, validBareHandle);
}

} // namespace hilo::import::deid
