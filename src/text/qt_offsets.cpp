#include "qt_offsets.h"

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

Utf16CodePointMap::Utf16CodePointMap(const QString& text)
{
    const qsizetype length = text.size();
    codePointOfUtf16_.resize(static_cast<std::size_t>(length) + 1);
    utf16OfCodePoint_.reserve(static_cast<std::size_t>(length) + 1);
    std::int64_t codePoint = 0;
    for (qsizetype i = 0; i < length; ++i) {
        const bool pairTail = i > 0 && text.at(i).isLowSurrogate() && text.at(i - 1).isHighSurrogate();
        if (pairTail) {
            codePointOfUtf16_[static_cast<std::size_t>(i)] = codePoint - 1;
            continue;
        }
        codePointOfUtf16_[static_cast<std::size_t>(i)] = codePoint;
        utf16OfCodePoint_.push_back(i);
        ++codePoint;
    }
    codePointOfUtf16_[static_cast<std::size_t>(length)] = codePoint;
    utf16OfCodePoint_.push_back(length);
}

std::int64_t Utf16CodePointMap::toCodePoint(qsizetype utf16Position) const
{
    if (utf16Position < 0 || static_cast<std::size_t>(utf16Position) >= codePointOfUtf16_.size())
        throw std::out_of_range("UTF-16 position outside the text");
    return codePointOfUtf16_[static_cast<std::size_t>(utf16Position)];
}

qsizetype Utf16CodePointMap::toUtf16(std::int64_t codePoint) const
{
    if (codePoint < 0 || static_cast<std::size_t>(codePoint) >= utf16OfCodePoint_.size())
        throw std::out_of_range("code point outside the text");
    return utf16OfCodePoint_[static_cast<std::size_t>(codePoint)];
}

} // namespace hilo::text
