// Licence plates: Mexican (ABC-123-D, ABC-12-34, ABC-1234, A12-BCD) and US (7ABC123, ABC 1234)
// shapes, in capitals, where the talk is about a plate ("placas", "matrícula", "plate"):
// without that word, "TXK 4821" could be a model, a form or a code.
#include "detectors.h"
#include "patterns.h"

namespace hilo::import::deid {
namespace {

const QRegularExpression& plateContext()
{
    static const QRegularExpression context =
        compile(R"((?<![\p{L}])(?i:placas?|plates?|matr[ií]cula|license|licence|tags?)(?![\p{L}]))");
    return context;
}

Span plateNearContext(const QString& text, const QRegularExpressionMatch& match)
{
    if (!contextBefore(text, match.capturedStart(), plateContext(), 60) &&
        !contextAfter(text, match.capturedEnd(), plateContext(), 30))
        return {};
    return {match.capturedStart(), match.capturedEnd()};
}

} // namespace

void findLicencePlates(const QString& text, Candidates& out)
{
    const std::string gap = R"([\h\-]?)";
    const std::string shapes = "(?:"
                               "[A-Z]{3}" + gap + "[0-9]{3}" + gap + "[A-Z]"       // ABC-123-D
                               "|[A-Z]{3}" + gap + "[0-9]{2}" + gap + "[0-9]{2}"   // ABC-12-34
                               "|[A-Z]{3}" + gap + "[0-9]{3,4}"                    // ABC-1234, ABC 123
                               "|[A-Z]{2}" + gap + "[0-9]{2}" + gap + "[0-9]{3}"   // AB-12-345
                               "|[A-Z][0-9]{2}" + gap + "[A-Z]{3}"                 // A12-BCD
                               "|[0-9]{2,3}" + gap + "[A-Z]{2,3}" + gap + "[0-9]{1,3}" // 12-ABC-3
                               "|[0-9][A-Z]{3}[0-9]{3}"                            // 7ABC123
                               ")";
    // Case-sensitive: plates are written in capitals.
    static const QRegularExpression plate =
        compile(R"((?<![\p{L}\p{N}\p{M}_\-]))" + shapes + R"((?![\p{L}\p{N}\p{M}_])(?!-[A-Z0-9]))");
    collect(plate, text, IdentifierKind::LicencePlate, out, plateNearContext);
}

} // namespace hilo::import::deid
