#include "language_detection.h"

#include "text/unicode_text.h"

#include <QRegularExpression>
#include <QSet>
#include <QString>

namespace hilo::import {

std::string guessLanguage(std::string_view utf8)
{
    // Words frequent in one language and absent (or rare) in the other.
    static const QSet<QString> english = {
        QStringLiteral("the"), QStringLiteral("and"), QStringLiteral("to"), QStringLiteral("of"),
        QStringLiteral("it"), QStringLiteral("that"), QStringLiteral("was"), QStringLiteral("you"),
        QStringLiteral("he"), QStringLiteral("she"), QStringLiteral("my"), QStringLiteral("is"),
        QStringLiteral("for"), QStringLiteral("with"), QStringLiteral("but"), QStringLiteral("not"),
        QStringLiteral("they"), QStringLiteral("we"), QStringLiteral("what"), QStringLiteral("have")};
    static const QSet<QString> spanish = {
        QStringLiteral("de"), QStringLiteral("la"), QStringLiteral("que"), QStringLiteral("el"),
        QStringLiteral("y"), QStringLiteral("los"), QStringLiteral("se"), QStringLiteral("del"),
        QStringLiteral("las"), QStringLiteral("por"), QStringLiteral("un"), QStringLiteral("una"),
        QStringLiteral("es"), QStringLiteral("lo"), QStringLiteral("con"), QStringLiteral("para"),
        QStringLiteral("como"), QStringLiteral("pero"), QStringLiteral("mas"), QStringLiteral("yo")};
    static const QRegularExpression word(QStringLiteral(R"(\p{L}+)"));

    // A sample is enough; long transcripts need not be scanned whole.
    const std::string_view sample = utf8.substr(0, std::min<std::size_t>(utf8.size(), 20000));
    std::size_t cut = sample.size();
    while (cut > 0 && cut < utf8.size() && (static_cast<unsigned char>(utf8[cut]) & 0xC0U) == 0x80U)
        --cut; // do not split a code point
    const QString folded = QString::fromStdString(text::fold(utf8.substr(0, cut)));

    int englishHits = 0;
    int spanishHits = 0;
    for (auto it = word.globalMatch(folded); it.hasNext();) {
        const QString w = it.next().captured(0);
        englishHits += english.contains(w) ? 1 : 0;
        spanishHits += spanish.contains(w) ? 1 : 0;
    }
    return spanishHits > englishHits ? "es" : "en";
}

std::string normalizeLanguage(std::string_view name)
{
    const std::string folded = text::fold(name);
    if (folded == "en" || folded == "english" || folded == "ingles")
        return "en";
    if (folded == "es" || folded == "spanish" || folded == "espanol")
        return "es";
    return {};
}

} // namespace hilo::import
