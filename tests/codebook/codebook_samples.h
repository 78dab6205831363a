#pragma once
// A codebook that exercises everything the exchange formats must carry, and a field-by-field
// comparison that names the code and field that differ.
#include "codebook/codebook.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace hilo::codebook::samples {

inline Code makeCode(std::string guid, std::string name)
{
    Code code;
    code.guid = std::move(guid);
    code.name = std::move(name);
    return code;
}

// Depth 4, accents, emoji, markup characters, multi-line values, values that look like the
// description's section labels, empty fields, a grouping code that is not codable.
inline Codebook richCodebook()
{
    Code online = makeCode("0c8f1e6a-3b7d-4c2e-9f1a-5d6e7f8a9b0c", "Online <grooming> & \"trust\"");
    online.labelEs = "Captación en línea 🕸️";
    online.color = "#1e88e5";
    online.definition = "Building trust to abuse later.\nSecond line with <tags> & ampersands.";
    online.inclusion = "Apply when:\nInclusion: a line that looks like a label\n\\Exclusion: one with a backslash";
    online.exclusion = "Not for one-off requests;\n\nuse 'Requests' instead.";
    online.example = "\"Me dijo que era de mi edad\" 😔";
    online.memo = "  leading and trailing spaces  ";

    Code deepest = makeCode("d4e5f6a7-b8c9-4d0e-8f1a-2b3c4d5e6f70", "Niña/niño (menores)");
    deepest.definition = "Definition: begins like a label, and has no other field.";
    deepest.color = "#ABCDEF";

    Code third = makeCode("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d", "Vergüenza y culpa");
    third.definition = "Shame, self-blame.\r\nWindows line end kept.";
    third.labelEs = "Vergüenza";
    third.children.push_back(deepest);

    Code second = makeCode("f0e1d2c3-b4a5-4968-8776-655443322110", "Barreras, miedos");
    second.codable = false;
    second.example = "Memo: not a memo, an example";
    second.children.push_back(third);

    Code harm = makeCode("5b9d6f2a-1c3e-4a5b-9c7d-8e9f0a1b2c3d", "Forms of Harm");
    harm.codable = false;
    harm.color = "#e57373";
    harm.definition = "Kinds of harm.\n\nSpanning paragraphs.";
    harm.children.push_back(online);
    harm.children.push_back(second);

    Code zeta = makeCode("99999999-aaaa-4bbb-8ccc-dddddddddddd", "Zeta comes before Alpha");
    Code alpha = makeCode("11111111-2222-4333-8444-555555555555", "Alpha, after Zeta");
    alpha.memo = "Only a memo";

    Codebook book;
    book.codes = {harm, zeta, alpha};
    return book;
}

// Colours travel lower-case: the model after reading has them so.
inline Codebook lowerCaseColours(Codebook book)
{
    const auto lower = [](auto& self, std::vector<Code>& codes) -> void {
        for (Code& code : codes) {
            for (char& c : code.color)
                c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            self(self, code.children);
        }
    };
    lower(lower, book.codes);
    return book;
}

inline void checkSameCodes(const std::vector<Code>& expected, const std::vector<Code>& actual,
                           const std::string& parent = "")
{
    REQUIRE(actual.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const Code& e = expected[i];
        const Code& a = actual[i];
        const std::string path = parent + "/" + e.name;
        INFO("code " << path);
        CHECK(a.guid == e.guid);
        CHECK(a.name == e.name);
        CHECK(a.labelEs == e.labelEs);
        CHECK(a.color == e.color);
        CHECK(a.definition == e.definition);
        CHECK(a.inclusion == e.inclusion);
        CHECK(a.exclusion == e.exclusion);
        CHECK(a.example == e.example);
        CHECK(a.memo == e.memo);
        CHECK(a.codable == e.codable);
        checkSameCodes(e.children, a.children, path);
    }
}

} // namespace hilo::codebook::samples
