#include "text_words.h"

#include "text/unicode_text.h"

#include <algorithm>

namespace hilo::import::deid {

char32_t codePointAt(QStringView text, qsizetype i)
{
    const QChar c = text.at(i);
    if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
        return QChar::surrogateToUcs4(c, text.at(i + 1));
    return c.unicode();
}

qsizetype unitsOf(char32_t codePoint)
{
    return QChar::requiresSurrogates(codePoint) ? 2 : 1;
}

bool isMark(char32_t codePoint)
{
    const auto category = QChar::category(codePoint);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
           category == QChar::Mark_Enclosing;
}

namespace {

bool isWordCodePoint(char32_t codePoint)
{
    return QChar::isLetterOrNumber(codePoint) || isMark(codePoint);
}

} // namespace

std::vector<Word> splitWords(QStringView text)
{
    std::vector<Word> words;
    qsizetype i = 0;
    while (i < text.size()) {
        const char32_t codePoint = codePointAt(text, i);
        const qsizetype next = i + unitsOf(codePoint);
        if (isWordCodePoint(codePoint)) {
            if (words.empty() || words.back().end != i)
                words.push_back({i, next});
            else
                words.back().end = next;
        }
        i = next;
    }
    return words;
}

std::string foldedWord(QStringView word)
{
    return hilo::text::fold(word.toUtf8().toStdString());
}

bool isNameGap(QStringView gap)
{
    return !gap.isEmpty() && std::all_of(gap.begin(), gap.end(), [](QChar c) {
        return (c.isSpace() && c != u'\n' && c != u'\r') || c == u'-' || c == u'\'' || c == u'\u2019';
    });
}

WordIndex::WordIndex(const QString& text) : text_(text), words_(splitWords(text)) {}

QStringView WordIndex::view(std::size_t i) const
{
    return QStringView(text_).mid(words_[i].begin, words_[i].end - words_[i].begin);
}

QStringView WordIndex::gapBefore(std::size_t i) const
{
    const qsizetype from = i == 0 ? 0 : words_[i - 1].end;
    return QStringView(text_).mid(from, words_[i].begin - from);
}

const std::string& WordIndex::folded(std::size_t i) const
{
    const QString key = view(i).toString();
    auto found = cache_.find(key);
    if (found == cache_.end())
        found = cache_.insert(key, foldedWord(key));
    return found.value();
}

bool WordIndex::isCapitalised(std::size_t i) const
{
    const char32_t first = codePointAt(text_, words_[i].begin);
    return QChar::isUpper(first) || QChar::isTitleCase(first);
}

} // namespace hilo::import::deid
