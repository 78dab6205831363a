#include "word_lists.h"

#include "diminutives.h"
#include "text_words.h"

#include <QFile>
#include <QString>

#include <algorithm>
#include <stdexcept>

namespace hilo::import::deid {
namespace {

// The lines of a shipped list, without comments ('#' to the end of the line) and blank lines.
std::vector<QString> listLines(const QString& resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        throw std::logic_error("de-identification word list missing from the build: " + resource.toStdString());
    std::vector<QString> lines;
    for (const QString& raw : QString::fromUtf8(file.readAll()).split(u'\n')) {
        const QString line = raw.section(u'#', 0, 0).trimmed();
        if (!line.isEmpty())
            lines.push_back(line);
    }
    return lines;
}

// A phrase folded word by word and joined by single spaces: "José  María" -> "jose maria".
std::vector<std::string> foldedWords(QStringView phrase)
{
    std::vector<std::string> words;
    for (const Word& word : splitWords(phrase))
        words.push_back(foldedWord(phrase.mid(word.begin, word.end - word.begin)));
    return words;
}

std::string joined(const std::vector<std::string>& words, std::size_t count)
{
    std::string result;
    for (std::size_t i = 0; i < count; ++i)
        result += (i == 0 ? "" : " ") + words[i];
    return result;
}

} // namespace

WordLists::WordLists()
{
    for (const char* list : {":/deid/given_names_es.txt", ":/deid/given_names_en.txt"})
        for (const QString& name : listLines(QString::fromLatin1(list)))
            givenNames_.insert(foldedWord(name));
    for (const QString& line : listLines(QStringLiteral(":/deid/nicknames.txt"))) {
        const std::vector<std::string> baseWords = foldedWords(line.section(u':', 0, 0));
        const std::string base = joined(baseWords, baseWords.size());
        for (const QString& nickname : line.section(u':', 1).split(u',', Qt::SkipEmptyParts)) {
            const std::string folded = foldedWord(nickname.trimmed());
            nicknames_[base].push_back(folded);
            givenNames_.insert(folded);
        }
    }
    for (const QString& word : listLines(QStringLiteral(":/deid/ordinary_capitalised.txt")))
        ordinary_.insert(foldedWord(word));
    for (const QString& figure : listLines(QStringLiteral(":/deid/public_figures.txt"))) {
        const std::vector<std::string> words = foldedWords(figure);
        publicFigures_.insert(joined(words, words.size()));
        longestPublicFigure_ = std::max(longestPublicFigure_, words.size());
    }
}

bool WordLists::isGivenNameOrDiminutive(const std::string& folded) const
{
    if (isGivenName(folded))
        return true;
    for (const std::string& base : possibleBasesOf(folded))
        if (isGivenName(base))
            return true;
    return false;
}

const std::vector<std::string>& WordLists::nicknamesOf(const std::string& folded) const
{
    static const std::vector<std::string> none;
    const auto found = nicknames_.find(folded);
    return found == nicknames_.end() ? none : found->second;
}

bool WordLists::startsWithPublicFigure(const std::vector<std::string>& words) const
{
    for (std::size_t count = 2; count <= std::min(words.size(), longestPublicFigure_); ++count)
        if (publicFigures_.count(joined(words, count)) > 0)
            return true;
    return false;
}

bool WordLists::isOnlyOrdinaryWords(QStringView phrase) const
{
    for (const Word& word : splitWords(phrase)) {
        const QStringView text = phrase.mid(word.begin, word.end - word.begin);
        if (text.front().isDigit())
            return false;
        if (text.front().isUpper() && !isOrdinary(foldedWord(text)))
            return false;
    }
    return true;
}

const WordLists& wordLists()
{
    static const WordLists lists;
    return lists;
}

} // namespace hilo::import::deid
