#include "selection_offsets.h"

#include "text/unicode_text.h"
#include "text/user_error.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <limits>
#include <optional>

namespace hilo::import {
namespace {

// Line ends as \n: CRLF and a lone CR become one \n. mapped[i] is where raw position i lands.
std::u32string unifyLineEnds(const std::u32string& raw, std::vector<std::int64_t>& mapped)
{
    std::u32string out;
    out.reserve(raw.size());
    mapped.assign(raw.size() + 1, 0);
    for (std::size_t i = 0; i < raw.size(); ++i) {
        mapped[i] = static_cast<std::int64_t>(out.size());
        if (raw[i] == U'\r') {
            if (i + 1 < raw.size() && raw[i + 1] == U'\n')
                continue; // the \n that follows is the line end
            out.push_back(U'\n');
        } else {
            out.push_back(raw[i]);
        }
    }
    mapped[raw.size()] = static_cast<std::int64_t>(out.size());
    return out;
}

// NFC piece by piece, cut where the normalizer says no composition crosses, so that positions
// map exactly at every piece boundary; a position inside a piece that changes length (a letter
// with combining marks that compose) maps to the piece's start.
std::u32string composeWithMap(const std::u32string& text, std::vector<std::int64_t>& mapped)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    mapped.assign(text.size() + 1, 0);
    std::u32string out;
    out.reserve(text.size());
    std::size_t piece = 0;
    auto flush = [&](std::size_t end) {
        if (end == piece)
            return;
        const std::u32string_view segment(text.data() + piece, end - piece);
        icu::UnicodeString source = icu::UnicodeString::fromUTF32(reinterpret_cast<const UChar32*>(segment.data()),
                                                                   static_cast<int32_t>(segment.size()));
        UErrorCode error = U_ZERO_ERROR;
        const icu::UnicodeString composed = nfc->normalize(source, error);
        std::u32string result(static_cast<std::size_t>(composed.countChar32()), U'\0');
        UErrorCode convert = U_ZERO_ERROR;
        composed.toUTF32(reinterpret_cast<UChar32*>(result.data()), static_cast<int32_t>(result.size()), convert);
        const auto base = static_cast<std::int64_t>(out.size());
        const bool sameLength = result.size() == segment.size();
        for (std::size_t i = piece; i < end; ++i)
            mapped[i] = sameLength ? base + static_cast<std::int64_t>(i - piece) : base;
        out += result;
        piece = end;
    };
    for (std::size_t i = 1; i < text.size(); ++i)
        if (nfc->hasBoundaryBefore(static_cast<UChar32>(text[i])))
            flush(i);
    flush(text.size());
    mapped[text.size()] = static_cast<std::int64_t>(out.size());
    return out;
}

bool isWordCharacter(char32_t c)
{
    const auto cp = static_cast<UChar32>(c);
    return u_isalnum(cp) || (U_GET_GC_MASK(cp) & U_GC_M_MASK) != 0;
}

bool onWordBoundary(const std::u32string& text, std::int64_t p)
{
    const auto i = static_cast<std::size_t>(p);
    return p <= 0 || i >= text.size() || !isWordCharacter(text[i - 1]) || !isWordCharacter(text[i]);
}

// Whitespace collapsed and trimmed, for comparing a selection's name with its text.
std::u32string squeezed(std::u32string_view text)
{
    std::u32string out;
    bool space = false;
    for (const char32_t c : text) {
        if (u_isUWhiteSpace(static_cast<UChar32>(c))) {
            space = !out.empty();
            continue;
        }
        if (space)
            out.push_back(U' ');
        space = false;
        out.push_back(c);
    }
    return out;
}

// A name agrees when it is the selected text, or (tools shorten long names) a start of it of
// at least a few characters, with or without an ellipsis.
bool nameAgrees(const std::u32string& name, const std::u32string& selected)
{
    if (name.empty())
        return false;
    std::u32string n = name;
    for (const std::u32string_view ellipsis : {std::u32string_view(U"\u2026"), std::u32string_view(U"...")})
        if (n.size() > ellipsis.size() && n.compare(n.size() - ellipsis.size(), ellipsis.size(), ellipsis) == 0)
            n.resize(n.size() - ellipsis.size());
    if (n == selected)
        return true;
    return n.size() >= 5 && selected.size() > n.size() && selected.compare(0, n.size(), n) == 0;
}

// units[i]: how many units a tool reading this way counts before raw position i.
std::vector<std::int64_t> unitCounts(const SourceText& source, const OffsetReading& reading)
{
    const std::u32string& raw = source.raw;
    std::vector<std::int64_t> units(raw.size() + 1, 0);
    std::int64_t count = reading.bomCounted && source.hadBom ? 1 : 0;
    for (std::size_t i = 0; i < raw.size(); ++i) {
        units[i] = count;
        const char32_t c = raw[i];
        std::int64_t width = reading.utf16 && c > 0xFFFF ? 2 : 1;
        if (reading.lineEnds == OffsetReading::LineEnds::CrLfAsOne && c == U'\r' && i + 1 < raw.size() && raw[i + 1] == U'\n')
            width = 0;
        if (reading.lineEnds == OffsetReading::LineEnds::LfAsTwo && c == U'\n' && (i == 0 || raw[i - 1] != U'\r'))
            width = 2;
        count += width;
    }
    units[raw.size()] = count;
    return units;
}

// The raw position a unit count names, or nothing when it lies outside the text or inside a
// character (half an emoji in UTF-16).
std::optional<std::size_t> rawPosition(const std::vector<std::int64_t>& units, std::int64_t position)
{
    const auto it = std::lower_bound(units.begin(), units.end(), position);
    if (it == units.end() || *it != position)
        return std::nullopt;
    return static_cast<std::size_t>(it - units.begin());
}

struct Trial {
    OffsetReading reading;
    std::size_t invalid = 0;
    std::size_t firstInvalid = 0;
    std::int64_t score = 0;
    std::vector<std::int64_t> starts;
    std::vector<std::int64_t> ends;
};

Trial tryReading(const OffsetReading& reading, const std::vector<SourceText>& sources,
                 const std::vector<std::u32string>& storedTexts, const std::vector<RawSelection>& selections)
{
    Trial trial{reading, 0, 0, 0, {}, {}};
    std::vector<std::vector<std::int64_t>> units;
    units.reserve(sources.size());
    for (const SourceText& source : sources)
        units.push_back(unitCounts(source, reading));
    for (std::size_t k = 0; k < selections.size(); ++k) {
        const RawSelection& s = selections[k];
        const auto start = rawPosition(units[s.source], s.start);
        const auto end = rawPosition(units[s.source], s.end);
        if (!start || !end || *end <= *start) {
            if (trial.invalid++ == 0)
                trial.firstInvalid = k;
            trial.starts.push_back(0);
            trial.ends.push_back(0);
            continue;
        }
        const SourceText& source = sources[s.source];
        const std::int64_t storedStart = source.storedOffset[*start];
        const std::int64_t storedEnd = source.storedOffset[*end];
        trial.starts.push_back(storedStart);
        trial.ends.push_back(storedEnd);
        const std::u32string& text = storedTexts[s.source];
        trial.score += onWordBoundary(text, storedStart) ? 1 : 0;
        trial.score += onWordBoundary(text, storedEnd) ? 1 : 0;
        if (!s.name.empty() && storedEnd > storedStart) {
            const std::u32string selected = squeezed(std::u32string_view(text).substr(
                static_cast<std::size_t>(storedStart), static_cast<std::size_t>(storedEnd - storedStart)));
            trial.score += nameAgrees(squeezed(text::toUtf32(text::toNfc(s.name))), selected) ? 4 : 0;
        }
    }
    return trial;
}

} // namespace

std::string OffsetReading::describe() const
{
    std::string text = utf16 ? "UTF-16 code units" : "Unicode code points";
    std::vector<std::string> details;
    if (bomCounted)
        details.push_back("counting the byte order mark");
    if (lineEnds == LineEnds::CrLfAsOne)
        details.push_back("counting CRLF line ends as one");
    if (lineEnds == LineEnds::LfAsTwo)
        details.push_back("counting line ends as two (CRLF)");
    for (std::size_t i = 0; i < details.size(); ++i)
        text += (i == 0 ? ", " : " and ") + details[i];
    if (isStandard())
        text += " (the REFI-QDA standard)";
    return text;
}

SourceText prepareSourceText(std::u32string raw, bool hadBom)
{
    SourceText source;
    source.raw = std::move(raw);
    source.hadBom = hadBom;
    std::vector<std::int64_t> lineMap;
    const std::u32string unified = unifyLineEnds(source.raw, lineMap);
    std::vector<std::int64_t> composeMap;
    const std::u32string composed = composeWithMap(unified, composeMap);
    source.stored = text::toUtf8(composed);
    source.storedOffset.resize(lineMap.size());
    for (std::size_t i = 0; i < lineMap.size(); ++i)
        source.storedOffset[i] = composeMap[static_cast<std::size_t>(lineMap[i])];
    return source;
}

ResolvedSelections resolveSelections(const std::vector<SourceText>& sources, const std::vector<RawSelection>& selections,
                                     const std::string& fileName)
{
    bool anyBom = false, anyCrLf = false, anyLoneLf = false, anyAstral = false;
    std::vector<std::u32string> storedTexts;
    for (const SourceText& source : sources) {
        anyBom = anyBom || source.hadBom;
        for (std::size_t i = 0; i < source.raw.size(); ++i) {
            const char32_t c = source.raw[i];
            anyAstral = anyAstral || c > 0xFFFF;
            if (c == U'\n')
                (i > 0 && source.raw[i - 1] == U'\r' ? anyCrLf : anyLoneLf) = true;
        }
        storedTexts.push_back(text::toUtf32(source.stored));
    }

    // The standard first, so that it wins ties; then only the readings these files can tell apart.
    std::vector<OffsetReading> readings;
    for (const bool utf16 : {false, true})
        for (const bool bom : {false, true})
            for (const auto lineEnds : {OffsetReading::LineEnds::AsWritten, OffsetReading::LineEnds::CrLfAsOne,
                                        OffsetReading::LineEnds::LfAsTwo}) {
                if ((utf16 && !anyAstral) || (bom && !anyBom) ||
                    (lineEnds == OffsetReading::LineEnds::CrLfAsOne && !anyCrLf) ||
                    (lineEnds == OffsetReading::LineEnds::LfAsTwo && !anyLoneLf))
                    continue;
                readings.push_back({utf16, bom, lineEnds});
            }

    std::optional<Trial> best;
    for (const OffsetReading& reading : readings) {
        Trial trial = tryReading(reading, sources, storedTexts, selections);
        if (!best || trial.invalid < best->invalid || (trial.invalid == best->invalid && trial.score > best->score))
            best = std::move(trial);
    }
    if (!best || selections.empty())
        return {OffsetReading{}, {}, {}};
    if (best->invalid > 0) {
        const RawSelection& bad = selections[best->firstInvalid];
        const std::int64_t length = static_cast<std::int64_t>(sources[bad.source].raw.size());
        throw UserError(fileName + ": " + bad.where + " has positions " + std::to_string(bad.start) + "-" +
                        std::to_string(bad.end) + ", which do not lie within its text of " + std::to_string(length) +
                        " characters however they are counted (code points or UTF-16 units)");
    }
    return {best->reading, std::move(best->starts), std::move(best->ends)};
}

} // namespace hilo::import
