#include "qt_offsets.h"

#include <algorithm>
#include <stdexcept>

namespace hilo::text {

QString toQString(std::string_view utf8)
{
    return QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
}

std::string fromQString(const QString& text)
{
    return text.toStdString();
}

Utf16CodePointMap::Utf16CodePointMap(const QString& text) : length_(text.size())
{
    for (qsizetype i = 1; i < length_; ++i) {
        if (text.at(i).isLowSurrogate() && text.at(i - 1).isHighSurrogate()) {
            // Each earlier pair took two units for one code point.
            pairCodePoints_.push_back(static_cast<std::int64_t>(i - 1) - static_cast<std::int64_t>(pairTails_.size()));
            pairTails_.push_back(i);
            ++i; // a low surrogate cannot start the next pair
        }
    }
}

std::int64_t Utf16CodePointMap::toCodePoint(qsizetype utf16Position) const
{
    if (utf16Position < 0 || utf16Position > length_)
        throw std::out_of_range("UTF-16 position outside the text");
    // Every pair whose low surrogate lies at or before the position took one unit more than
    // one code point; a low surrogate itself so maps to its pair's code point.
    const auto pairsUpTo = std::upper_bound(pairTails_.begin(), pairTails_.end(), utf16Position) - pairTails_.begin();
    return static_cast<std::int64_t>(utf16Position) - static_cast<std::int64_t>(pairsUpTo);
}

qsizetype Utf16CodePointMap::toUtf16(std::int64_t codePoint) const
{
    if (codePoint < 0 || codePoint > codePointCount())
        throw std::out_of_range("code point outside the text");
    const auto pairsBefore =
        std::lower_bound(pairCodePoints_.begin(), pairCodePoints_.end(), codePoint) - pairCodePoints_.begin();
    return static_cast<qsizetype>(codePoint + pairsBefore);
}

} // namespace hilo::text
