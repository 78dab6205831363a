#pragma once
// Positions of text selections as other QDA tools really write them. REFI-QDA counts Unicode
// code points from 0 over the UTF-8 source text, end exclusive; in the wild, some tools count
// UTF-16 code units (so an emoji counts two), count a byte order mark they put at the start of
// the file, or count line ends differently from how the file holds them (CRLF as one, or LF as
// two). resolveSelections tries each reading the files make possible and keeps the one under
// which every selection lies within its text and the most selections start and end on word
// boundaries and agree with the text their `name` carries; ties go to the standard.
#include <cstdint>
#include <string>
#include <vector>

namespace hilo::import {

struct OffsetReading {
    enum class LineEnds { AsWritten, CrLfAsOne, LfAsTwo };
    bool utf16 = false;      // UTF-16 code units instead of code points
    bool bomCounted = false; // a byte order mark at the start counts as one unit
    LineEnds lineEnds = LineEnds::AsWritten;

    bool isStandard() const { return !utf16 && !bomCounted && lineEnds == LineEnds::AsWritten; }
    // "Unicode code points (the REFI-QDA standard)", "UTF-16 code units, counting the byte
    // order mark", ...
    std::string describe() const;
};

// A source's text as the archive holds it, and as Hilo stores it: the BOM removed, line ends
// made \n, NFC. storedOffset maps each code point position of `raw` (0..size) to the stored text.
struct SourceText {
    std::u32string raw; // without the byte order mark
    bool hadBom = false;
    std::string stored;
    std::vector<std::int64_t> storedOffset;
};
SourceText prepareSourceText(std::u32string raw, bool hadBom);

struct RawSelection {
    std::size_t source = 0;   // index into the SourceText list
    std::int64_t start = 0;   // as written in the file
    std::int64_t end = 0;
    std::string name;         // the selection's name attribute (often its text); may be empty
    std::string where;        // for errors: "selection <guid> in source 'YP01'"
};

struct ResolvedSelections {
    OffsetReading reading;
    std::vector<std::int64_t> starts; // per selection, code points in the stored text
    std::vector<std::int64_t> ends;
};

// Throws UserError naming `fileName` and the first selection that lies outside its text (or
// inside a character) under every reading.
ResolvedSelections resolveSelections(const std::vector<SourceText>& sources, const std::vector<RawSelection>& selections,
                                     const std::string& fileName);

} // namespace hilo::import
