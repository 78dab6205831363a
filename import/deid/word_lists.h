#pragma once
// The word lists that ship with Hilo (import/data/, compiled in as Qt resources): common
// Spanish and English given names, nicknames, ordinary capitalised words and public figures.
// Loaded and folded once per process; every lookup takes a folded word (see foldedWord).
#include <QStringView>

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace hilo::import::deid {

class WordLists {
public:
    // Spanish and English given names and every nickname in the nickname list.
    bool isGivenName(const std::string& folded) const { return givenNames_.count(folded) > 0; }
    // A given name, or a diminutive of one ("Fernandita", "Juanito").
    bool isGivenNameOrDiminutive(const std::string& folded) const;
    bool isOrdinary(const std::string& folded) const { return ordinary_.count(folded) > 0; }
    // Nicknames of a folded given name ("guadalupe" -> lupe, lupita, ...); empty when none.
    const std::vector<std::string>& nicknamesOf(const std::string& folded) const;
    // True when the folded words, in order, start with a public figure's name ("benito juarez").
    bool startsWithPublicFigure(const std::vector<std::string>& foldedWords) const;

    // True when every capitalised word of `phrase` is ordinary and it has no digit: "Instituto
    // Nacional de Migración", "Centro", "Ciudad de México".
    bool isOnlyOrdinaryWords(QStringView phrase) const;

private:
    friend const WordLists& wordLists();
    WordLists();

    std::unordered_set<std::string> givenNames_;
    std::unordered_set<std::string> ordinary_;
    std::unordered_map<std::string, std::vector<std::string>> nicknames_;
    std::unordered_set<std::string> publicFigures_; // folded words joined by one space
    std::size_t longestPublicFigure_ = 0;           // in words
};

const WordLists& wordLists();

} // namespace hilo::import::deid
