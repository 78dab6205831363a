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

// Maps positions between code points and UTF-16 units of one QString, in O(1) after an O(n)
// build, for code that walks many positions (turn splitting, highlighting, selection).
class Utf16CodePointMap {
public:
    explicit Utf16CodePointMap(const QString& text);

    // The code point that the UTF-16 position lies in (a low surrogate maps to its pair's start).
    std::int64_t toCodePoint(qsizetype utf16Position) const;
    qsizetype toUtf16(std::int64_t codePoint) const;
    std::int64_t codePointCount() const { return static_cast<std::int64_t>(utf16OfCodePoint_.size()) - 1; }

private:
    std::vector<qsizetype> utf16OfCodePoint_;   // size codePoints + 1
    std::vector<std::int64_t> codePointOfUtf16_; // size utf16 length + 1
};

} // namespace hilo::text
