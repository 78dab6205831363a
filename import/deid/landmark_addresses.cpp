// Addresses without a street number, the way people give directions: corners ("esquina de
// Morelos y Allende", "corner of Fifth and Maple"), "entre las calles X y Y", neighbourhoods
// ("colonia Infonavit Presidentes", "fracc. Villa Fontana"), a landmark near a place ("a una
// cuadra del Oxxo de la calle Juárez", "frente a la iglesia de San Judas", "across from the
// Walmart"), and a street named next to such a cue ("en la calle Juárez, por la farmacia").
// A street or place alone ("la calle Hidalgo", "cerca de Tijuana", "la Col. Centro") says
// too little to flag.
#include "detectors.h"
#include "patterns.h"
#include "text_words.h"
#include "word_lists.h"

namespace hilo::import::deid {
namespace {

// A street's or place's name: capitalised words, or a date ("5 de Mayo", "20 de Noviembre"),
// or a numbered street ("calle 10").
std::string placeName()
{
    return "(?:" + properName(4) + R"(|[0-9]{1,2}\h+de\h+)" + capitalisedWord + ")";
}

const std::string streetWord =
    R"((?i:calle|avenida|av\.|avda\.|boulevard|bulevar|blvd\.|calzada|privada|callej[oó]n|carretera|camino|street|avenue))";

// A name made only of ordinary words ("Centro", "Ciudad de México", "Casa Hogar", "Oxxo") is
// not a place to flag.
bool isPlaceToFlag(QStringView name)
{
    return !name.isEmpty() && !wordLists().isOnlyOrdinaryWords(name);
}

bool startsWithGivenName(QStringView name)
{
    const std::vector<Word> words = splitWords(name);
    return !words.empty() &&
           wordLists().isGivenName(foldedWord(name.mid(words.front().begin, words.front().end - words.front().begin)));
}

Span cornerOrBetween(const QString&, const QRegularExpressionMatch& match)
{
    // Two ordinary names ("esquina de Tijuana y Mexicali" is not a corner) say nothing.
    if (!isPlaceToFlag(match.capturedView(u"first")) && !isPlaceToFlag(match.capturedView(u"second")))
        return {};
    return {match.capturedStart(), match.capturedEnd()};
}

Span neighbourhood(const QString&, const QRegularExpressionMatch& match)
{
    if (!isPlaceToFlag(match.capturedView(u"name")))
        return {};
    return {match.capturedStart(), match.capturedEnd()};
}

Span landmark(const QString&, const QRegularExpressionMatch& match)
{
    const QStringView name = match.capturedView(u"name");
    const bool hasNoun = !match.capturedView(u"noun").isEmpty();
    // A chain store alone ("frente al Oxxo") locates no one; with its street it does.
    if (!isPlaceToFlag(name) && !isPlaceToFlag(match.capturedView(u"tailname")))
        return {};
    // "cerca de", "near", "next to", "behind" go with whole towns and people, and "frente a
    // María" is a person: these only with a landmark ("cerca del mercado Hidalgo").
    if (!hasNoun && (!match.capturedView(u"weak").isEmpty() || startsWithGivenName(name)))
        return {};
    return {match.capturedStart(), match.capturedEnd()};
}

const QRegularExpression& streetCue()
{
    static const QRegularExpression cue = compile(
        R"((?<![\p{L}])(?i:cuadras?|esquina|frente|enfrente|junto|lado|cerca|atr[aá]s|detr[aá]s|colonia|col\.|)"
        R"(fraccionamiento|oxxo|iglesia|parroquia|mercado|parque|plaza|tienda|farmacia|gasolinera|escuela|)"
        R"(secundaria|primaria|corner|across|block)(?![\p{L}]))");
    return cue;
}

Span streetWithCue(const QString& text, const QRegularExpressionMatch& match)
{
    if (!isPlaceToFlag(match.capturedView(u"name")))
        return {};
    if (!contextBefore(text, match.capturedStart(), streetCue(), 50) &&
        !contextAfter(text, match.capturedEnd(), streetCue(), 50))
        return {};
    return {match.capturedStart(), match.capturedEnd()};
}

} // namespace

void findLandmarkAddresses(const QString& text, Candidates& out)
{
    const std::string name = placeName();
    const std::string article = R"((?:(?i:la|las|el|los|the)\h+)?)";
    const std::string streetPrefix = R"((?:(?i:la\h+|las\h+)?(?i:calle|avenida|av\.|calles)\h+)?)";

    // A corner's street: a name after an optional "calle", or a numbered street ("Calle 8").
    const std::string numberedStreet = R"((?i:calle|avenida|av\.)\h+[0-9]{1,3}(?![0-9]))";
    const std::string cornerStreet = "(?:" + numberedStreet + "|" + streetPrefix + name + ")";
    static const QRegularExpression corner = compile(
        wordBefore + R"((?i:esquina|esq\.)\h+(?:(?i:de|con)\h+)?)" + "(?<first>" + cornerStreet + ")" +
        R"((?:\h+(?i:y|e|con)\h+)" + "(?<second>" + cornerStreet + "))?");
    static const QRegularExpression cornerAfter = compile("(?<first>" + cornerStreet +
                                                          R"()\h+(?i:esquina|esq\.)\h+(?:(?i:con)\h+)?)" +
                                                          "(?<second>" + cornerStreet + ")");
    const std::string englishStreet = R"((?:)" + properName(3) + R"(|[0-9]{1,3}(?:st|nd|rd|th)))";
    static const QRegularExpression englishCorner = compile(
        wordBefore + R"((?i:corner\h+of)\h+)" + article + "(?<first>" + englishStreet + R"()\h+(?:and|&)\h+)" +
        "(?<second>" + englishStreet + ")");
    static const QRegularExpression between = compile(
        wordBefore + R"((?i:entre\h+(?:las\h+)?calles|entre\h+(?:la\h+)?calle)\h+)" + "(?<first>" + name + ")" +
        R"(\h+(?i:y|e)\h+)" + streetPrefix + "(?<second>" + name + ")");
    collect(corner, text, IdentifierKind::StreetAddress, out, cornerOrBetween);
    collect(cornerAfter, text, IdentifierKind::StreetAddress, out, cornerOrBetween);
    collect(englishCorner, text, IdentifierKind::StreetAddress, out, cornerOrBetween);
    collect(between, text, IdentifierKind::StreetAddress, out, cornerOrBetween);

    static const QRegularExpression colonia = compile(
        wordBefore + R"((?i:colonia|col\.|fraccionamiento|fracc?\.|barrio|unidad\h+habitacional|ejido)\h+)" +
        "(?<name>" + name + ")");
    collect(colonia, text, IdentifierKind::StreetAddress, out, neighbourhood);

    // A street or neighbourhood named after the landmark: "del Oxxo de la calle Juárez".
    const std::string tail = R"((?:,?\h+(?i:de|en|sobre|por)\h+)" + article +
                             R"((?i:calle|avenida|av\.|colonia|col\.|boulevard|bulevar|calzada|carretera)\h+)" + "(?<tailname>" +
                             name + "))?";
    const std::string lead =
        R"((?i:(?:en)?frente\h+(?:a|al|de|del)|junto\h+(?:a|al)|al\h+lado\h+(?:de|del)|a\h+un\h+lado\h+(?:de|del)|)"
        R"(atr[aá]s\h+(?:de|del)|detr[aá]s\h+(?:de|del)|)"
        R"(a\h+(?:una|dos|tres|cuatro|cinco|media|unas|pocas)\h+cuadras?\h+(?:de|del)|across\h+(?:the\h+street\h+)?from|)"
        R"(down\h+the\h+(?:street|block)\h+from|(?<weak>cerca\h+(?:de|del)|near|next\h+to|behind)))";
    const std::string noun =
        R"((?i:iglesia|parroquia|templo|capilla|mercado|tianguis|parque|plaza|jard[ií]n|kiosco|tienda|farmacia|)"
        R"(panader[ií]a|tortiller[ií]a|gasolinera|estaci[oó]n|hospital|cl[ií]nica|centro\h+de\h+salud|deportivo|)"
        R"(cancha|unidad\h+deportiva|pante[oó]n|cementerio|f[aá]brica|maquila|escuela|secundaria|primaria|kinder|)"
        R"(puente|glorieta|monumento|cine|restaurante|taquer[ií]a|hotel|motel|cantina|super(?:mercado)?|)"
        R"(church|park|store|school|gas\h+station|mall|motel|restaurant|bar))";
    static const QRegularExpression nearLandmark = compile(
        wordBefore + lead + R"(\h+)" + article + "(?:(?<noun>" + noun + R"()\h+(?:(?i:de|del|of)\h+)?)" + article + ")?" +
        "(?<name>" + name + ")" + tail);
    collect(nearLandmark, text, IdentifierKind::StreetAddress, out, landmark);

    static const QRegularExpression street =
        compile(wordBefore + streetWord + R"(\h+(?<name>)" + properName(4) + ")");
    collect(street, text, IdentifierKind::StreetAddress, out, streetWithCue);
}

} // namespace hilo::import::deid
