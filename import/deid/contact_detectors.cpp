#include "detectors.h"
#include "patterns.h"

#include <algorithm>

namespace hilo::import::deid {

void findEmails(const QString& text, Candidates& out)
{
    // The TLD must be letters, so "ana@correo.mx." at a sentence end stops before the period.
    static const QRegularExpression email = compile(
        R"((?<![\p{L}\p{N}_.+%-])[\p{L}\p{N}_+%-](?:[\p{L}\p{N}_.+%-]*[\p{L}\p{N}_+%-])?)"
        R"(@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,24}(?![\p{L}\p{N}_-]))");
    collect(email, text, IdentifierKind::Email, out);
}

namespace {

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

} // namespace

void findUrls(const QString& text, Candidates& out)
{
    const std::string notInToken = R"((?<![\p{L}\p{N}_.@/-]))";
    const std::string rest = R"([^\s<>"\x{201C}\x{201D}]*)";
    static const QRegularExpression withScheme = compile(R"((?i:https?://)[^\s<>"\x{201C}\x{201D}]+)");
    static const QRegularExpression withWww =
        compile(notInToken + R"((?i:www)\.[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+(?:[/?#])" + rest + ")?");
    // A bare domain counts only with a common TLD and a path: "facebook.com/ana.lopez",
    // "wa.me/5216641234567" and "linktr.ee/ana" are addresses, while "etc. Luego" or
    // "la casa.Después" are not.
    static const QRegularExpression bareWithPath = compile(
        notInToken + R"((?:[\p{L}\p{N}-]+\.)+)" +
        R"((?i:com|net|org|mx|edu|gob|gov|info|io|co|me|tv|ly|gl|be|app|us|uk|es|ar|cl|pe|ca|ee|gg|to))" +
        R"((?:\.(?i:[a-z]{2}))?/[^\s<>"\x{201C}\x{201D}/])" + rest);
    collect(withScheme, text, IdentifierKind::Url, out, trimmedUrl);
    collect(withWww, text, IdentifierKind::Url, out, trimmedUrl);
    collect(bareWithPath, text, IdentifierKind::Url, out, trimmedUrl);
}

void findHandles(const QString& text, Candidates& out)
{
    static const QRegularExpression handle = compile(
        R"((?<![^\s(\[{¿¡"'\x{201C}\x{2018}\x{00AB}<])@[\p{L}\p{M}\p{N}_.]+(?![\p{L}\p{N}\p{M}_@]))");
    collect(handle, text, IdentifierKind::SocialHandle, out, validHandle);
}

} // namespace hilo::import::deid
