// Names of people that are not on the project's list, found two ways:
//  - a common given name (shipped lists, import/data/) followed by at least one surname:
//    "María Guadalupe Hernández Ruiz", "Ashley Thompson". Two given names alone ("José Luis",
//    "María José") are only a first name and are not flagged; nor are places and streets
//    named after people ("San Luis Potosí", "Ciudad Victoria", "calle Benito Juárez") or
//    public figures ("Benito Juárez", "López Obrador");
//  - a given name (or its diminutive) introduced as a person: "se llama Brenda", "mi prima
//    Fernanda", "my cousin Tyler", "named Kevin"; after "me llamo" or "my name is", any
//    capitalised word that is not an ordinary one ("Me llamo Xóchitl").
// Surnames are capitalised words that are not ordinary capitalised words (months, God,
// institutions, places: import/data/ordinary_capitalised.txt).
#include "detectors.h"
#include "text_words.h"
#include "word_lists.h"

#include <algorithm>
#include <unordered_set>

namespace hilo::import::deid {
namespace {

bool containsDigit(QStringView word)
{
    return std::any_of(word.begin(), word.end(), [](QChar c) { return c.isDigit(); });
}

// Between the words of a context ("mi prima", "se llama"): plain spaces on one line.
bool isPlainSpace(QStringView gap)
{
    return !gap.isEmpty() && std::all_of(gap.begin(), gap.end(), [](QChar c) { return c == u' ' || c == u'\t'; });
}

// Words after which a capitalised name is a place, a street or an institution, not a person:
// "San Luis", "Ciudad Victoria", "calle Miguel Hidalgo", "Escuela Benito Juárez".
bool isPlacePrefix(const std::string& folded)
{
    static const std::unordered_set<std::string> prefixes{
        "san", "santa", "santo", "sta", "st", "saint", "ciudad", "cd", "villa", "puerto", "valle", "colonia", "col",
        "fraccionamiento", "fracc", "barrio", "calle", "avenida", "av", "avda", "blvd", "boulevard", "bulevar",
        "calzada", "privada", "callejon", "carretera", "escuela", "colegio", "secundaria", "primaria",
        "preparatoria", "prepa", "instituto", "kinder", "hospital", "clinica", "parque", "plaza", "mercado",
        "teatro", "estadio", "museo", "aeropuerto", "presa", "universidad", "centro", "unidad", "edificio", "torre",
        "fort", "mount", "mt", "lake", "port", "hotel", "restaurante", "virgen", "dia", "street", "avenue",
        "estacion", "metro", "general", "presidente", "licenciado"};
    return prefixes.count(folded) > 0;
}

bool isPlaceAbbreviationGap(QStringView gap)
{
    // "Av. Benito Juárez", "Sta. María": one period and spaces.
    return gap.count(u'.') <= 1 && std::all_of(gap.begin(), gap.end(), [](QChar c) { return c == u'.' || c == u' '; }) &&
           !gap.isEmpty();
}

enum class Introduction { None, Person, OwnName };

// How the words before `i` introduce it: "se llama", "mi (mejor) amiga", "la maestra",
// "named" make the next given name a person's; "me llamo", "my name is" any capitalised word.
Introduction introductionBefore(const WordIndex& words, std::size_t i)
{
    static const std::unordered_set<std::string> possessives{"mi", "su", "tu", "nuestra", "nuestro", "my", "her",
                                                             "his", "our", "their", "your"};
    static const std::unordered_set<std::string> kin{
        "amiga", "amigo", "prima", "primo", "tia", "tio", "hermana", "hermano", "hermanita", "hermanito", "novia",
        "novio", "vecina", "vecino", "companera", "companero", "cunada", "cunado", "sobrina", "sobrino", "madrina",
        "padrino", "abuela", "abuelo", "mama", "papa", "hija", "hijo", "nieta", "nieto", "esposo", "esposa",
        "pareja", "maestra", "maestro", "profe", "ex", "padrastro", "madrastra", "friend", "cousin", "aunt",
        "auntie", "uncle", "sister", "brother", "boyfriend", "girlfriend", "neighbor", "neighbour", "teacher", "mom",
        "mum", "dad", "stepdad", "stepmom", "stepfather", "stepmother", "son", "daughter", "niece", "nephew",
        "grandma", "grandpa", "partner", "classmate", "mate", "bestie", "buddy", "caseworker", "counselor",
        "counsellor", "coach"};
    static const std::unordered_set<std::string> adjectives{"mejor", "best", "older", "younger", "little", "big",
                                                            "old", "new", "mayor", "menor", "chiquita", "chiquito",
                                                            "grande", "other", "otra", "otro"};
    static const std::unordered_set<std::string> titles{"maestra", "maestro", "profe", "profesora", "profesor",
                                                        "licenciada", "licenciado", "doctora", "senora", "senorita",
                                                        "seno", "dona", "don", "tia", "tio"};
    // The previous words, nearest first, while they sit on the same line separated by spaces.
    std::vector<std::string> before;
    for (std::size_t k = i; k > 0 && before.size() < 4; --k) {
        if (!isPlainSpace(words.gapBefore(k)))
            break;
        before.push_back(words.folded(k - 1));
    }
    const auto at = [&before](std::size_t k) -> const std::string& {
        static const std::string none;
        return k < before.size() ? before[k] : none;
    };
    if ((at(0) == "llamo" && at(1) == "me") || (at(0) == "is" && at(1) == "name" && at(2) == "my") ||
        (at(0) == "es" && at(1) == "nombre" && at(2) == "mi"))
        return Introduction::OwnName;
    if ((at(0) == "llama" || at(0) == "llamaba" || at(0) == "llaman" || at(0) == "llamas") &&
        (at(1) == "se" || at(1) == "te"))
        return Introduction::Person;
    if ((at(0) == "dicen" || at(0) == "decian" || at(0) == "decimos" || at(0) == "dice") && at(1) == "le")
        return Introduction::Person;
    if (at(0) == "is" && at(1) == "name" && (at(2) == "her" || at(2) == "his" || at(2) == "their"))
        return Introduction::Person;
    if (at(0) == "named" || at(0) == "called" || at(0) == "nicknamed" || at(0) == "apodado" || at(0) == "apodada")
        return Introduction::Person;
    // "mi prima", "mi mejor amiga", "mi hermano mayor", "my best friend".
    if (kin.count(at(0)) && possessives.count(at(1)))
        return Introduction::Person;
    if (kin.count(at(0)) && adjectives.count(at(1)) && possessives.count(at(2)))
        return Introduction::Person;
    if (adjectives.count(at(0)) && kin.count(at(1)) && possessives.count(at(2)))
        return Introduction::Person;
    // "la maestra Rosa", "doña Mari": Spanish titles in lower case (capitalised "Dr." and
    // "Sr." go before surnames, which are not looked up here).
    if (titles.count(at(0)) && words.isCapitalised(i - 1) == false)
        return Introduction::Person;
    return Introduction::None;
}

class PersonNameScanner {
public:
    explicit PersonNameScanner(const WordIndex& words) : words_(words), lists_(wordLists()) {}

    void scan(Candidates& out)
    {
        std::size_t i = 0;
        while (i < words_.size()) {
            const Found found = nameAt(i);
            if (found.isName)
                out.push_back({IdentifierKind::Name, words_.at(i).begin, words_.at(found.end - 1).end});
            i = std::max(found.end, i + 1);
        }
    }

private:
    // Whether a name starts at word i, and where the scan goes on: after the name, or after a
    // public figure's name (so that "Juan Pablo Segundo" does not leave "Pablo Segundo").
    struct Found {
        bool isName = false;
        std::size_t end = 0;
    };

    Found nameAt(std::size_t i) const
    {
        if (!words_.isCapitalised(i) || containsDigit(words_.view(i)))
            return {};
        const std::string& first = words_.folded(i);
        if (lists_.isOrdinary(first) && !lists_.isGivenName(first))
            return {};
        const Introduction introduction = introductionBefore(words_, i);
        if ((introduction == Introduction::Person && lists_.isGivenNameOrDiminutive(first)) ||
            introduction == Introduction::OwnName)
            return {true, nameEnd(i).end};
        if (!lists_.isGivenName(first) || followsPlacePrefix(i))
            return {};
        const NameEnd name = nameEnd(i);
        if (isPublicFigure(i, name.end))
            return {false, name.end};
        return {name.hasSurname, name.end};
    }

    struct NameEnd {
        std::size_t end;
        bool hasSurname;
    };

    // Extends a name over further given names and surnames, with "de", "del", "de la", "de
    // los" between them ("María de la Luz", "Juan del Valle"), up to five words.
    NameEnd nameEnd(std::size_t i) const
    {
        NameEnd result{i + 1, false};
        std::size_t j = i + 1;
        std::size_t words = 1;
        while (j < words_.size() && words < 5) {
            std::size_t next = j;
            while (next < words_.size() && next - j < 2 && isPlainSpace(words_.gapBefore(next)) &&
                   !words_.isCapitalised(next) && isNameConnector(words_.folded(next), next - j))
                ++next;
            if (next >= words_.size() || !isNameGap(words_.gapBefore(next)) || !isNamePart(next))
                break;
            if (!lists_.isGivenName(words_.folded(next)))
                result.hasSurname = true;
            result.end = next + 1;
            j = next + 1;
            ++words;
        }
        return result;
    }

    static bool isNameConnector(const std::string& folded, std::size_t position)
    {
        if (position == 0)
            return folded == "de" || folded == "del";
        return folded == "la" || folded == "las" || folded == "los";
    }

    bool isNamePart(std::size_t k) const
    {
        return words_.isCapitalised(k) && !containsDigit(words_.view(k)) && !lists_.isOrdinary(words_.folded(k));
    }

    bool followsPlacePrefix(std::size_t i) const
    {
        return i > 0 && isPlaceAbbreviationGap(words_.gapBefore(i)) && isPlacePrefix(words_.folded(i - 1));
    }

    bool isPublicFigure(std::size_t begin, std::size_t end) const
    {
        std::vector<std::string> folded;
        for (std::size_t k = begin; k < end; ++k)
            folded.push_back(words_.folded(k));
        return lists_.startsWithPublicFigure(folded);
    }

    const WordIndex& words_;
    const WordLists& lists_;
};

} // namespace

void findPersonNames(const WordIndex& words, Candidates& out)
{
    PersonNameScanner(words).scan(out);
}

} // namespace hilo::import::deid
