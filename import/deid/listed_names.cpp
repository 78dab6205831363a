// Names from the project's list, matched as whole words and whole phrases, case- and
// accent-insensitively; and the diminutives and nicknames of a listed person's given name
// ("Rosarito" for "Rosario Méndez", "Lupita" for "Guadalupe Torres"), which must be
// capitalised, since "solito" or "paco" in lower case are ordinary words more often than not.
#include "detectors.h"
#include "diminutives.h"
#include "text_words.h"
#include "word_lists.h"

#include "text/qt_offsets.h"
#include "text/unicode_text.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace hilo::import::deid {
namespace {

// The name list, folded word by word and indexed by its first word.
class NameList {
public:
    explicit NameList(const std::vector<std::string>& names)
    {
        for (const std::string& name : names)
            add(name);
        for (auto& entry : phrasesByFirstWord_)
            std::sort(entry.second.begin(), entry.second.end(),
                      [](const auto& a, const auto& b) { return a.size() > b.size(); });
    }

    bool empty() const { return phrasesByFirstWord_.empty(); }

    // Longest phrases first, so "Ana López" wins over "Ana".
    const std::vector<std::vector<std::string>>* phrasesStartingWith(const std::string& word) const
    {
        const auto found = phrasesByFirstWord_.find(word);
        return found == phrasesByFirstWord_.end() ? nullptr : &found->second;
    }

    bool isDiminutive(const std::string& word) const { return diminutives_.count(word) > 0; }

private:
    void add(const std::string& name)
    {
        const QString text = hilo::text::toQString(name);
        std::vector<std::string> phrase;
        for (const Word& word : splitWords(text))
            phrase.push_back(foldedWord(QStringView(text).mid(word.begin, word.end - word.begin)));
        // A one-letter entry would flag every Spanish "y", "a" or "o".
        if (phrase.empty() || (phrase.size() == 1 && hilo::text::codePointLength(phrase.front()) < 2))
            return;
        addDiminutivesOf(phrase);
        phrasesByFirstWord_[phrase.front()].push_back(std::move(phrase));
    }

    // The first word of a person's name is the given name; a single entry only when it is a
    // known given name ("María", not "Muñoz").
    void addDiminutivesOf(const std::vector<std::string>& phrase)
    {
        const WordLists& lists = wordLists();
        const std::string& given = phrase.front();
        if (phrase.size() == 1 && !lists.isGivenName(given))
            return;
        std::vector<std::string> nicknames = lists.nicknamesOf(given);
        if (phrase.size() >= 2)
            for (const std::string& nickname : lists.nicknamesOf(phrase[0] + " " + phrase[1]))
                nicknames.push_back(nickname);
        // Rosario -> Rosarito, and its nickname Chayo -> Chayito.
        for (const std::string& name : nicknames) {
            diminutives_.insert(name);
            for (const std::string& form : diminutivesOf(name))
                diminutives_.insert(form);
        }
        for (const std::string& form : diminutivesOf(given))
            diminutives_.insert(form);
        for (const std::string& word : phrase)
            diminutives_.erase(word); // the listed words themselves match as phrases only
    }

    std::unordered_map<std::string, std::vector<std::vector<std::string>>> phrasesByFirstWord_;
    std::unordered_set<std::string> diminutives_;
};

class NameScanner {
public:
    NameScanner(const WordIndex& words, const NameList& names) : words_(words), names_(names) {}

    void scan(Candidates& out)
    {
        std::size_t i = 0;
        while (i < words_.size()) {
            std::size_t length = longestMatchAt(i);
            if (length == 0 && isDiminutiveAt(i))
                length = 1;
            if (length == 0) {
                ++i;
                continue;
            }
            out.push_back({IdentifierKind::Name, words_.at(i).begin, words_.at(i + length - 1).end});
            i += length;
        }
    }

private:
    // A capitalised diminutive of a listed given name; but not a town that has the same name
    // after "en", "de", "desde", "hacia", "hasta" ("vivíamos en Rosarito", the town near Tijuana,
    // while "le dije a Rosarito" stays flagged: there the words cannot tell).
    bool isDiminutiveAt(std::size_t i) const
    {
        if (!words_.isCapitalised(i) || !names_.isDiminutive(words_.folded(i)))
            return false;
        if (!wordLists().isOrdinary(words_.folded(i)) || i == 0)
            return true;
        static const std::unordered_set<std::string> placePrepositions{"en", "de", "desde", "hacia", "hasta", "in",
                                                                        "from", "to"};
        return placePrepositions.count(words_.folded(i - 1)) == 0;
    }

    std::size_t longestMatchAt(std::size_t first) const
    {
        const auto* phrases = names_.phrasesStartingWith(words_.folded(first));
        if (phrases == nullptr)
            return 0;
        for (const auto& phrase : *phrases)
            if (matchesAt(first, phrase))
                return phrase.size();
        return 0;
    }

    bool matchesAt(std::size_t first, const std::vector<std::string>& phrase) const
    {
        if (first + phrase.size() > words_.size())
            return false;
        for (std::size_t k = 1; k < phrase.size(); ++k)
            if (!isNameGap(words_.gapBefore(first + k)) || words_.folded(first + k) != phrase[k])
                return false;
        return true;
    }

    const WordIndex& words_;
    const NameList& names_;
};

} // namespace

void findListedNames(const WordIndex& words, const std::vector<std::string>& names, Candidates& out)
{
    const NameList list(names);
    if (list.empty())
        return;
    NameScanner(words, list).scan(out);
}

} // namespace hilo::import::deid
