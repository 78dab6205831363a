// Street addresses with a number: "Calle Hidalgo 123", "Av. 16 de Septiembre 1200",
// "Manzana 5 Lote 12", "123 Main Street", "Apt 4B".
#include "detectors.h"
#include "patterns.h"

namespace hilo::import::deid {
namespace {

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

} // namespace

void findStreetAddresses(const QString& text, Candidates& out)
{
    findSpanishAddresses(text, out);
    findEnglishAddresses(text, out);
}

} // namespace hilo::import::deid
