#pragma once
// The Qt boundary: Qt counts UTF-16 units, Hilo counts code points. Convert here and nowhere else.
#include <QString>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace hilo::text {

QString toQString(std::string_view utf8);
std::string fromQString(const QString& text);

// Maps positions between code points and UTF-16 units of one QString, for code that walks many
// positions (turn splitting, the de-identification guard, highlighting, selection). The two
// differ only at surrogate pairs (emoji and other characters outside the BMP), so only those
// are stored, and a lookup is a binary search among them: O(log k) for k pairs, O(1) for text
// without any. A table per character would be 16 bytes per character, half a gigabyte for a
// 32 MB transcript.
class Utf16CodePointMap {
public:
    explicit Utf16CodePointMap(const QString& text);

    // The code point that the UTF-16 position lies in (a low surrogate maps to its pair's start).
    // Positions 0 to the length; std::out_of_range otherwise.
    std::int64_t toCodePoint(qsizetype utf16Position) const;
    // Code points 0 to codePointCount(); std::out_of_range otherwise.
    qsizetype toUtf16(std::int64_t codePoint) const;
    std::int64_t codePointCount() const { return static_cast<std::int64_t>(length_) - static_cast<std::int64_t>(pairTails_.size()); }

private:
    qsizetype length_ = 0;                     // in UTF-16 units
    std::vector<qsizetype> pairTails_;         // UTF-16 position of each pair's low surrogate, ascending
    std::vector<std::int64_t> pairCodePoints_; // the code point each pair is, ascending
};

} // namespace hilo::text
