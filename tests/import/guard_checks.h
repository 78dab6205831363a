#pragma once
// Checks the guard tests share: scan a text, describe its flags, and require what it must flag.
#include "import/deid_guard.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace hilo::test::guard {

using hilo::import::GuardFlag;
using hilo::import::GuardOptions;
using hilo::import::IdentifierKind;
using hilo::import::identifierKindName;
using hilo::import::scanForIdentifiers;

inline std::vector<GuardFlag> scan(const std::string& text, const std::vector<std::string>& names = {})
{
    GuardOptions options;
    options.names = names;
    return scanForIdentifiers(text, options);
}

inline std::string describe(const std::vector<GuardFlag>& flags)
{
    std::string text;
    for (const GuardFlag& flag : flags)
        text += std::string(text.empty() ? "" : "; ") + identifierKindName(flag.kind) + " at " +
                std::to_string(flag.column) + " " + flag.masked;
    return text.empty() ? "no flags" : text;
}

// The text holds exactly one identifier, of this kind.
inline GuardFlag requireSingle(const std::string& text, IdentifierKind kind, const std::vector<std::string>& names = {})
{
    const auto flags = scan(text, names);
    INFO("text: " << text << "\nflags: " << describe(flags));
    REQUIRE(flags.size() == 1);
    CHECK(identifierKindName(flags.front().kind) == std::string(identifierKindName(kind)));
    return flags.front();
}

// ... masked so.
inline void requireMasked(const std::string& text, IdentifierKind kind, const std::string& masked,
                          const std::vector<std::string>& names = {})
{
    const GuardFlag flag = requireSingle(text, kind, names);
    INFO("text: " << text);
    CHECK(flag.masked == masked);
}

inline void requirePosition(const std::string& text, IdentifierKind kind, long line, long column,
                            const std::vector<std::string>& names = {})
{
    const GuardFlag flag = requireSingle(text, kind, names);
    INFO("text: " << text);
    CHECK(flag.line == line);
    CHECK(flag.column == column);
}

inline void requireNoFlags(const std::vector<std::string>& sentences, const std::vector<std::string>& names = {})
{
    for (const std::string& sentence : sentences) {
        const auto flags = scan(sentence, names);
        INFO("sentence: " << sentence << "\nflags: " << describe(flags));
        CHECK(flags.empty());
    }
}

} // namespace hilo::test::guard
