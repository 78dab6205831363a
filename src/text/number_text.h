#pragma once
// Reading a number a person typed or a file holds: the whole text must be one finite number
// ("12", "-0.5", "1e3"), with no spaces or units around it. Locale-independent.
#include <charconv>
#include <cmath>
#include <optional>
#include <string_view>

namespace hilo::text {

inline std::optional<double> parseNumber(std::string_view text)
{
    double value = 0;
    const char* end = text.data() + text.size();
    const auto [stop, error] = std::from_chars(text.data(), end, value);
    if (error != std::errc() || stop != end || !std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace hilo::text
