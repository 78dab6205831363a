#pragma once
// The text as words, for the detectors that reason about words rather than characters
// (names, numbers spelled out): maximal runs of letters, digits and combining marks, each with
// its folded form (lower case, no accents) computed once per distinct word.
#include <QHash>
#include <QString>
#include <QStringView>

#include <string>
#include <vector>

namespace hilo::import::deid {

struct Word {
    qsizetype begin = 0; // UTF-16 units
    qsizetype end = 0;
};

char32_t codePointAt(QStringView text, qsizetype i);
qsizetype unitsOf(char32_t codePoint);
bool isMark(char32_t codePoint);

std::vector<Word> splitWords(QStringView text);

// Folded as names are compared: case- and accent-insensitively ("Muñoz" -> "munoz").
std::string foldedWord(QStringView word);

// Words of one multi-word name may be separated by spaces, hyphens or apostrophes
// ("María José", "María-José", "O'Brien"), but not by a line break or other punctuation.
bool isNameGap(QStringView gap);

class WordIndex {
public:
    explicit WordIndex(const QString& text);

    const QString& text() const { return text_; }
    std::size_t size() const { return words_.size(); }
    const Word& at(std::size_t i) const { return words_[i]; }
    QStringView view(std::size_t i) const;
    // The text between word i - 1 and word i (from the text's start for the first word).
    QStringView gapBefore(std::size_t i) const;
    // Transcripts repeat their words a lot, and folding goes through ICU: each distinct word is
    // folded once.
    const std::string& folded(std::size_t i) const;
    // Starts with an upper-case letter: "María", "MARÍA", "O'Brien".
    bool isCapitalised(std::size_t i) const;

private:
    const QString& text_;
    std::vector<Word> words_;
    mutable QHash<QString, std::string> cache_;
};

} // namespace hilo::import::deid
