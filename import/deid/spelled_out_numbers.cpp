// Phone numbers said in words, as transcribers write what they hear: "seis seis cuatro, dos
// tres uno, cuatro cinco, seis siete", "sesenta y seis, cuarenta y uno, veintitrés...", "five
// five five, one two three, four five six seven", "eight one eight, nine oh two...". A run of
// number words joined by spaces, commas, hyphens or "y" is read into groups the way a listener
// would (sesenta y seis is two digits, ciento veinte three), and is a phone when it makes seven
// digits or more. Counting ("uno, dos, tres, cuatro..."), round numbers ("veinte, treinta,
// cuarenta") and amounts ("... mil", "... pesos") are not phones.
#include "detectors.h"
#include "patterns.h"
#include "text_words.h"

#include <algorithm>
#include <optional>
#include <unordered_map>

namespace hilo::import::deid {
namespace {

enum class NumberWordType {
    Digit,          // cero .. nueve, zero .. nine, oh
    TwoDigits,      // diez .. veintinueve, ten .. nineteen: a whole group
    Tens,           // treinta, forty: a group that a following digit may complete
    Hundreds,       // ciento, doscientos: a group that tens and digits may complete
    Hundred,        // cien: a whole group
    HundredsOf,     // English "hundred" after a digit: "eight hundred"
    Repeat,         // double, triple
};

struct NumberWord {
    NumberWordType type;
    int value = 0;
};

const std::unordered_map<std::string, NumberWord>& numberWords()
{
    using T = NumberWordType;
    static const std::unordered_map<std::string, NumberWord> words = [] {
        std::unordered_map<std::string, NumberWord> w;
        const char* spanishDigits[] = {"cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"};
        const char* englishDigits[] = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
        for (int d = 0; d < 10; ++d) {
            w[spanishDigits[d]] = {T::Digit, d};
            w[englishDigits[d]] = {T::Digit, d};
        }
        w["oh"] = {T::Digit, 0};
        const char* spanishTeens[] = {"diez", "once", "doce", "trece", "catorce", "quince", "dieciseis", "diecisiete",
                                      "dieciocho", "diecinueve"};
        const char* englishTeens[] = {"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                                      "seventeen", "eighteen", "nineteen"};
        for (int t = 0; t < 10; ++t) {
            w[spanishTeens[t]] = {T::TwoDigits, 10 + t};
            w[englishTeens[t]] = {T::TwoDigits, 10 + t};
        }
        const char* spanishTwenties[] = {"veintiuno", "veintidos", "veintitres", "veinticuatro", "veinticinco",
                                         "veintiseis", "veintisiete", "veintiocho", "veintinueve"};
        for (int u = 1; u < 10; ++u)
            w[spanishTwenties[u - 1]] = {T::TwoDigits, 20 + u};
        w["veintiun"] = {T::TwoDigits, 21};
        const char* spanishTens[] = {"veinte", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"};
        const char* englishTens[] = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int t = 0; t < 8; ++t) {
            w[spanishTens[t]] = {T::Tens, 20 + 10 * t};
            w[englishTens[t]] = {T::Tens, 20 + 10 * t};
        }
        w["cien"] = {T::Hundred, 100};
        const char* spanishHundreds[] = {"ciento", "doscientos", "trescientos", "cuatrocientos", "quinientos",
                                         "seiscientos", "setecientos", "ochocientos", "novecientos"};
        for (int h = 0; h < 9; ++h)
            w[spanishHundreds[h]] = {T::Hundreds, 100 * (h + 1)};
        w["hundred"] = {T::HundredsOf, 100};
        w["double"] = {T::Repeat, 2};
        w["triple"] = {T::Repeat, 3};
        return w;
    }();
    return words;
}

std::optional<NumberWord> numberWord(const WordIndex& words, std::size_t i)
{
    const auto found = numberWords().find(words.folded(i));
    if (found == numberWords().end())
        return std::nullopt;
    return found->second;
}

// What may stand between two number words of one reading: spaces, commas and dashes.
// A comma (or dash) is a pause: the next word starts a new group.
struct Separation {
    bool allowed = false;
    bool pause = false;
};

Separation separationOf(QStringView gap)
{
    Separation separation{!gap.isEmpty(), false};
    for (QChar c : gap) {
        if (c == u',' || c == u'-' || c == u'\u2013')
            separation.pause = true;
        else if (!c.isSpace() || c == u'\n' || c == u'\r')
            return {};
    }
    return separation;
}

// A run of number words being read into digit groups.
class NumberReading {
public:
    void add(const NumberWord& word, bool pause)
    {
        using T = NumberWordType;
        const bool canComplete = !pause && !groups_.empty();
        switch (word.type) {
        case T::Digit:
            nonRound_ = nonRound_ || word.value != 0;
            if (repeat_ > 0) {
                for (int k = 0; k < repeat_; ++k)
                    startGroup(word.value, 1, Open::None);
                repeat_ = 0;
            } else if (canComplete && (open_ == Open::Tens || open_ == Open::Hundreds)) {
                groups_.back() += word.value;
                open_ = Open::None;
            } else {
                startGroup(word.value, 1, Open::None);
                lastWasDigit_ = true;
                return;
            }
            break;
        case T::TwoDigits:
            if (canComplete && open_ == Open::Hundreds)
                groups_.back() += word.value;
            else
                startGroup(word.value, 2, Open::None);
            open_ = Open::None;
            nonRound_ = nonRound_ || word.value != 10;
            break;
        case T::Tens:
            if (canComplete && open_ == Open::Hundreds)
                groups_.back() += word.value;
            else
                startGroup(word.value, 2, Open::None);
            open_ = Open::Tens;
            break;
        case T::Hundreds:
            startGroup(word.value, 3, Open::Hundreds);
            break;
        case T::Hundred:
            startGroup(word.value, 3, Open::None);
            break;
        case T::HundredsOf:
            // Only "eight hundred": a digit just before, with no pause.
            if (!(lastWasDigit_ && canComplete)) {
                broken_ = true;
                return;
            }
            groups_.back() *= 100;
            digits_ += 2;
            open_ = Open::Hundreds;
            break;
        case T::Repeat:
            repeat_ = word.value;
            break;
        }
        lastWasDigit_ = false;
    }

    // A Spanish "y" completes an open tens group ("sesenta y seis"); elsewhere it only joins.
    bool acceptsAnd() const { return !groups_.empty() && repeat_ == 0; }
    bool broken() const { return broken_; }

    bool looksLikePhone() const
    {
        return !broken_ && digits_ >= 7 && nonRound_ && !isCounting();
    }

private:
    enum class Open { None, Tens, Hundreds };

    void startGroup(int value, int digits, Open open)
    {
        groups_.push_back(value);
        digits_ += digits;
        open_ = open;
    }

    // "uno, dos, tres, cuatro, cinco, seis, siete" or "ten, nine, eight...": counting, not a number.
    bool isCounting() const
    {
        if (groups_.size() < 3)
            return false;
        const int step = groups_[1] - groups_[0];
        if (step != 1 && step != -1)
            return false;
        for (std::size_t k = 2; k < groups_.size(); ++k)
            if (groups_[k] - groups_[k - 1] != step)
                return false;
        return true;
    }

    std::vector<int> groups_;
    int digits_ = 0;
    int repeat_ = 0;
    Open open_ = Open::None;
    bool lastWasDigit_ = false;
    bool nonRound_ = false;
    bool broken_ = false;
};

bool isAnd(const WordIndex& words, std::size_t i)
{
    return words.folded(i) == "y";
}

// "$ cinco millones..." or "... pesos": an amount.
bool isAmount(const WordIndex& words, std::size_t first, std::size_t last)
{
    const QString& text = words.text();
    const QStringView before = words.gapBefore(first);
    const bool currencyBefore = before.contains(u'$');
    return currencyBefore || startsWithUnit(QStringView(text).mid(words.at(last).end));
}

} // namespace

void findSpelledOutPhones(const WordIndex& words, Candidates& out)
{
    std::size_t i = 0;
    while (i < words.size()) {
        const auto first = numberWord(words, i);
        // "oh" reads as zero only inside a number; it opens none.
        if (!first || words.folded(i) == "oh") {
            ++i;
            continue;
        }
        NumberReading reading;
        reading.add(*first, false);
        std::size_t last = i;
        std::size_t next = i + 1;
        while (next < words.size() && !reading.broken()) {
            Separation separation = separationOf(words.gapBefore(next));
            std::size_t candidate = next;
            if (separation.allowed && isAnd(words, next) && reading.acceptsAnd() && next + 1 < words.size()) {
                const Separation afterAnd = separationOf(words.gapBefore(next + 1));
                if (!afterAnd.allowed)
                    break;
                separation.pause = separation.pause || afterAnd.pause;
                candidate = next + 1;
            }
            const auto word = separation.allowed ? numberWord(words, candidate) : std::nullopt;
            if (!word)
                break;
            reading.add(*word, separation.pause);
            if (!reading.broken())
                last = candidate;
            next = candidate + 1;
        }
        if (reading.looksLikePhone() && !isAmount(words, i, last))
            out.push_back({IdentifierKind::Phone, words.at(i).begin, words.at(last).end});
        i = last + 1;
    }
}

} // namespace hilo::import::deid
