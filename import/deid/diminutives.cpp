#include "diminutives.h"

#include <array>

namespace hilo::import::deid {
namespace {

bool endsWith(const std::string& word, const std::string& suffix)
{
    return word.size() >= suffix.size() && word.compare(word.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool isVowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

// Spelling keeps the consonant's sound before "i": Paco -> Paquito, Diego -> Dieguito.
std::string beforeI(std::string stem)
{
    if (endsWith(stem, "c"))
        stem.replace(stem.size() - 1, 1, "qu");
    else if (endsWith(stem, "g"))
        stem += "u";
    else if (endsWith(stem, "z"))
        stem.replace(stem.size() - 1, 1, "c");
    return stem;
}

} // namespace

std::vector<std::string> diminutivesOf(const std::string& name)
{
    std::vector<std::string> forms;
    if (name.size() < 3)
        return forms;
    const auto addSuffixes = [&forms](const std::string& stem, std::initializer_list<const char*> suffixes) {
        for (const char* suffix : suffixes)
            forms.push_back(stem + suffix);
    };
    const char last = name.back();
    if (endsWith(name, "io") || endsWith(name, "ia")) {
        // Rosario -> Rosarito, Mario -> Marito, Lucía -> Lucita.
        addSuffixes(beforeI(name.substr(0, name.size() - 2)), {"ito", "ita"});
    } else if (last == 'a' || last == 'o') {
        // Ana -> Anita, Paco -> Paquito, Pedro -> Pedrillo.
        addSuffixes(beforeI(name.substr(0, name.size() - 1)), {"ito", "ita", "illo", "illa"});
    } else if (last == 'e') {
        // Pepe -> Pepito, José -> Josecito.
        addSuffixes(beforeI(name.substr(0, name.size() - 1)), {"ito", "ita"});
        addSuffixes(name, {"cito", "cita"});
    } else if (!isVowel(last)) {
        // Juan -> Juanito, Juancito; Carmen -> Carmencita; Inés -> Inesita.
        addSuffixes(beforeI(name), {"ito", "ita", "cito", "cita"});
    }
    return forms;
}

std::vector<std::string> possibleBasesOf(const std::string& word)
{
    std::vector<std::string> bases;
    static const std::array<const char*, 6> suffixes{"cito", "cita", "ito", "ita", "illo", "illa"};
    for (const char* suffix : suffixes) {
        const std::string s(suffix);
        if (!endsWith(word, s) || word.size() < s.size() + 2)
            continue;
        std::string stem = word.substr(0, word.size() - s.size());
        // Undo the spelling change before "i".
        std::vector<std::string> stems{stem};
        if (endsWith(stem, "qu"))
            stems.push_back(stem.substr(0, stem.size() - 2) + "c");
        if (endsWith(stem, "gu"))
            stems.push_back(stem.substr(0, stem.size() - 1));
        if (endsWith(stem, "c"))
            stems.push_back(stem.substr(0, stem.size() - 1) + "z");
        for (const std::string& base : stems)
            for (const char* ending : {"", "a", "o", "e", "io", "ia"})
                bases.push_back(base + ending);
    }
    return bases;
}

} // namespace hilo::import::deid
