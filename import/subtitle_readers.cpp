#include "subtitle_readers.h"

#include "import_error.h"
#include "text/unicode_text.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <optional>
#include <vector>

namespace hilo::import {
namespace {

// ---- Lines and blocks ----

struct Line {
    std::string_view text;
    long number = 0; // 1-based, for error messages
};

using Block = std::vector<Line>;

// LF, CRLF and lone CR all end a line (WebVTT allows each; SRT files come from every platform).
std::vector<Line> splitLines(std::string_view input)
{
    std::vector<Line> lines;
    long number = 1;
    std::size_t start = 0;
    for (std::size_t i = 0; i < input.size(); ++i) {
        if (input[i] != '\n' && input[i] != '\r')
            continue;
        lines.push_back({input.substr(start, i - start), number++});
        if (input[i] == '\r' && i + 1 < input.size() && input[i + 1] == '\n')
            ++i;
        start = i + 1;
    }
    if (start < input.size())
        lines.push_back({input.substr(start), number});
    return lines;
}

bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

std::string_view trim(std::string_view text)
{
    while (!text.empty() && isAsciiSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isAsciiSpace(text.back()))
        text.remove_suffix(1);
    return text;
}

// A line of only spaces is as good as empty: editors leave them behind.
bool isBlank(std::string_view line)
{
    return trim(line).empty();
}

std::vector<Block> splitBlocks(const std::vector<Line>& lines)
{
    std::vector<Block> blocks;
    Block current;
    for (const Line& line : lines) {
        if (!isBlank(line.text)) {
            current.push_back(line);
        } else if (!current.empty()) {
            blocks.push_back(std::move(current));
            current.clear();
        }
    }
    if (!current.empty())
        blocks.push_back(std::move(current));
    return blocks;
}

// The keyword alone or followed by white space ("NOTE", "NOTE text"), not "NOTES".
bool startsWithKeyword(std::string_view line, std::string_view keyword)
{
    return line.substr(0, keyword.size()) == keyword
        && (line.size() == keyword.size() || line[keyword.size()] == ' ' || line[keyword.size()] == '\t');
}

// 1-based column in code points of a byte position in a line.
long columnOf(std::string_view line, std::size_t bytePosition)
{
    return static_cast<long>(text::codePointLength(line.substr(0, bytePosition))) + 1;
}

// ---- Cue timings ----

enum class Format { WebVtt, SubRip };

const char* timingExample(Format format)
{
    return format == Format::WebVtt ? "HH:MM:SS.mmm --> HH:MM:SS.mmm" : "HH:MM:SS,mmm --> HH:MM:SS,mmm";
}

struct CueTiming {
    std::int64_t startMs = 0;
    std::int64_t endMs = 0;
};

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Reads `count` digits at `pos` (or, with count 0, one or more up to 7), advancing `pos`.
std::optional<std::int64_t> readDigits(std::string_view line, std::size_t& pos, std::size_t count)
{
    const std::size_t begin = pos;
    const std::size_t limit = count == 0 ? 7 : count;
    std::int64_t value = 0;
    while (pos < line.size() && pos - begin < limit && isDigit(line[pos]))
        value = value * 10 + (line[pos++] - '0');
    const std::size_t read = pos - begin;
    if (read == 0 || (count != 0 && read != count) || (pos < line.size() && isDigit(line[pos])))
        return std::nullopt;
    return value;
}

// [H...:]MM:SS.mmm, with ',' or '.' before the milliseconds (SRT writes ',', WebVTT '.', and
// converters mix them up). Hours are optional in WebVTT and tolerated missing in SRT.
std::optional<std::int64_t> readTimestamp(std::string_view line, std::size_t& pos)
{
    std::vector<std::int64_t> fields;
    for (;;) {
        const auto field = readDigits(line, pos, fields.empty() ? 0 : 2);
        if (!field)
            return std::nullopt;
        fields.push_back(*field);
        if (pos >= line.size() || line[pos] != ':' || fields.size() == 3)
            break;
        ++pos;
    }
    if (fields.size() < 2 || pos >= line.size() || (line[pos] != '.' && line[pos] != ','))
        return std::nullopt;
    ++pos;
    const auto millis = readDigits(line, pos, 3);
    if (!millis)
        return std::nullopt;
    if (fields.size() == 2)
        fields.insert(fields.begin(), 0);
    // Minutes written with two digits but above 59 would silently shift the timeline.
    if (fields[1] > 59 || fields[2] > 59)
        return std::nullopt;
    return ((fields[0] * 60 + fields[1]) * 60 + fields[2]) * 1000 + *millis;
}

std::string formatTimestamp(std::int64_t ms)
{
    const auto two = [](std::int64_t n) { return (n < 10 ? "0" : "") + std::to_string(n); };
    std::string millis = std::to_string(ms % 1000);
    millis.insert(0, 3 - millis.size(), '0');
    return two(ms / 3600000) + ":" + two(ms / 60000 % 60) + ":" + two(ms / 1000 % 60) + "." + millis;
}

void skipSpaces(std::string_view line, std::size_t& pos)
{
    while (pos < line.size() && (line[pos] == ' ' || line[pos] == '\t'))
        ++pos;
}

bool startsWithTimestamp(std::string_view line)
{
    std::size_t pos = 0;
    skipSpaces(line, pos);
    return readTimestamp(line, pos).has_value();
}

CueTiming parseTiming(const Line& line, Format format, const std::string& fileName)
{
    const std::string_view text = line.text;
    const auto fail = [&](std::size_t pos, const std::string& problem) {
        return ImportError(fileName, line.number, columnOf(text, pos),
                           problem + " (expected \"" + timingExample(format) + "\")");
    };
    std::size_t pos = 0;
    skipSpaces(text, pos);
    const std::size_t startPos = pos;
    const auto start = readTimestamp(text, pos);
    if (!start)
        throw fail(startPos, "bad cue start time");
    skipSpaces(text, pos);
    if (text.substr(pos, 3) != "-->")
        throw fail(pos, "expected \"-->\" after the cue start time");
    pos += 3;
    skipSpaces(text, pos);
    const std::size_t endPos = pos;
    const auto end = readTimestamp(text, pos);
    // Cue settings (WebVTT) or coordinates (SRT) may follow, but only after white space.
    if (!end || (pos < text.size() && text[pos] != ' ' && text[pos] != '\t'))
        throw fail(endPos, "bad cue end time");
    if (*end < *start)
        throw ImportError(fileName, line.number, columnOf(text, endPos),
                          "cue ends (" + formatTimestamp(*end) + ") before it starts (" + formatTimestamp(*start) + ")");
    return {*start, *end};
}

// ---- Cue text ----

// Decodes the character references WebVTT defines (and numeric ones); unknown ones stay literal.
// Returns the number of bytes consumed at `pos` (which points at '&'), or 0.
std::size_t decodeEntity(std::string_view text, std::size_t pos, std::string& out)
{
    const std::size_t semicolon = text.find(';', pos);
    if (semicolon == std::string_view::npos || semicolon - pos > 10)
        return 0;
    const std::string_view name = text.substr(pos + 1, semicolon - pos - 1);
    static const std::pair<std::string_view, std::string_view> named[] = {
        {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"},
        // A no-break space in a caption is layout, not meaning: a plain space keeps words apart.
        {"nbsp", " "}, {"lrm", "\u200E"}, {"rlm", "\u200F"},
    };
    for (const auto& [entity, replacement] : named) {
        if (name == entity) {
            out += replacement;
            return semicolon - pos + 1;
        }
    }
    if (name.size() < 2 || name[0] != '#')
        return 0;
    const bool hex = name[1] == 'x' || name[1] == 'X';
    const std::string_view digits = name.substr(hex ? 2 : 1);
    char32_t codePoint = 0;
    for (const char c : digits) {
        const int digit = isDigit(c) ? c - '0'
            : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
            : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                          : -1;
        if (digit < 0)
            return 0;
        codePoint = codePoint * (hex ? 16 : 10) + static_cast<char32_t>(digit);
        if (codePoint > 0x10FFFF)
            return 0;
    }
    if (digits.empty() || codePoint == 0 || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
        return 0;
    out += text::toUtf8(std::u32string(1, codePoint));
    return semicolon - pos + 1;
}

struct CueTextRules {
    bool decodeEntities = false;
    // WebVTT: every '<' opens a tag (timestamps such as <00:01.000> included). SRT has no
    // escaping, so only '<' followed by a letter is a tag there and "a < b" stays text.
    bool anyAngleIsTag = false;
    bool stripAssOverrides = false; // SRT files converted from ASS carry {\an8} and the like
};

// A run of cue text and the voice (<v Name>) it was spoken in, if one was named.
struct VoiceSegment {
    std::optional<std::string> voice;
    std::string text;
};

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool looksLikeTag(std::string_view text, std::size_t pos, const CueTextRules& rules)
{
    if (rules.anyAngleIsTag)
        return true;
    const std::size_t next = pos + 1 < text.size() && text[pos + 1] == '/' ? pos + 2 : pos + 1;
    return next < text.size() && isAsciiLetter(text[next]);
}

std::string collapseSpaces(std::string_view text)
{
    std::string out;
    bool space = false;
    for (const char c : text) {
        if (isAsciiSpace(c)) {
            space = !out.empty();
            continue;
        }
        if (space)
            out += ' ';
        space = false;
        out += c;
    }
    return out;
}

// "v Name", "v.class.other Name": the voice's name, or nullopt for any other tag.
std::optional<std::string> voiceOf(std::string_view tag, const CueTextRules& rules)
{
    if (tag.empty() || tag[0] != 'v' || (tag.size() > 1 && tag[1] != '.' && !isAsciiSpace(tag[1])))
        return std::nullopt;
    std::size_t pos = 1;
    while (pos < tag.size() && !isAsciiSpace(tag[pos]))
        ++pos;
    const std::string_view annotation = trim(tag.substr(pos));
    std::string name;
    for (std::size_t i = 0; i < annotation.size(); ++i) {
        const std::size_t used = rules.decodeEntities && annotation[i] == '&' ? decodeEntity(annotation, i, name) : 0;
        if (used > 0)
            i += used - 1;
        else
            name += annotation[i];
    }
    return collapseSpaces(name);
}

std::vector<VoiceSegment> splitVoices(std::string_view text, const CueTextRules& rules)
{
    std::vector<VoiceSegment> segments(1);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '<' && looksLikeTag(text, i, rules)) {
            const std::size_t close = text.find('>', i);
            if (close != std::string_view::npos) {
                const auto voice = voiceOf(text.substr(i + 1, close - i - 1), rules);
                if (voice && !voice->empty())
                    segments.push_back({voice, {}});
                i = close;
                continue;
            }
        }
        if (c == '{' && rules.stripAssOverrides && i + 1 < text.size() && text[i + 1] == '\\') {
            const std::size_t close = text.find('}', i);
            if (close != std::string_view::npos) {
                i = close;
                continue;
            }
        }
        const std::size_t used = c == '&' && rules.decodeEntities ? decodeEntity(text, i, segments.back().text) : 0;
        if (used > 0)
            i += used - 1;
        else
            segments.back().text += c;
    }
    return segments;
}

// Sentence punctuation means the colon ends a clause ("Well, what I said was: ..."), not a name.
bool isSentencePunctuation(char32_t c)
{
    static constexpr std::u32string_view punctuation = U".,;:!?\"\u00BF\u00A1\u2026\u201C\u201D\u00AB\u00BB";
    return punctuation.find(c) != std::u32string_view::npos;
}

bool looksLikeSpeakerName(std::string_view name)
{
    constexpr std::size_t maxNameLength = 40;
    constexpr long maxNameWords = 5;
    const std::u32string codePoints = text::toUtf32(name);
    if (codePoints.empty() || codePoints.size() > maxNameLength)
        return false;
    if (std::count(name.begin(), name.end(), ' ') >= maxNameWords)
        return false;
    bool letter = false;
    for (const char32_t c : codePoints) {
        if (isSentencePunctuation(c))
            return false;
        letter = letter || u_isalpha(static_cast<UChar32>(c));
    }
    return letter; // "10: ..." is a count, not a speaker
}

struct Labelled {
    std::string speaker;
    std::string words;
};

// "Name: words" (the colon followed by white space, so "https://..." and "10:30" are not labels).
std::optional<Labelled> splitSpeakerLabel(std::string_view words)
{
    const std::size_t colon = words.find(':');
    if (colon == std::string_view::npos || (colon + 1 < words.size() && words[colon + 1] != ' '))
        return std::nullopt;
    const std::string_view name = trim(words.substr(0, colon));
    if (!looksLikeSpeakerName(name))
        return std::nullopt;
    return Labelled{std::string(name), std::string(trim(words.substr(colon + 1)))};
}

// Captions mark a change of speaker inside one cue with a dash: "- <v A>Yes.\n- <v B>No."
std::string withoutDialogueDashes(std::string words, bool anotherVoiceFollows)
{
    if (words == "-")
        return {};
    if (words.starts_with("- "))
        words.erase(0, 2);
    if (anotherVoiceFollows && words.ends_with(" -"))
        words.erase(words.size() - 2);
    return words;
}

// One speaker's words from one cue, NFC-normalized.
struct Utterance {
    std::optional<std::string> speaker;
    std::string words;
};

std::vector<Utterance> utterancesOf(const std::vector<Line>& textLines, const CueTextRules& rules)
{
    std::string joined;
    for (const Line& line : textLines) {
        joined += line.text;
        joined += '\n';
    }
    const std::vector<VoiceSegment> segments = splitVoices(joined, rules);
    std::vector<Utterance> utterances;
    for (std::size_t i = 0; i < segments.size(); ++i) {
        Utterance utterance{segments[i].voice, withoutDialogueDashes(collapseSpaces(segments[i].text), i + 1 < segments.size())};
        if (i == 0 && !utterance.speaker) {
            if (auto labelled = splitSpeakerLabel(utterance.words)) {
                utterance.speaker = std::move(labelled->speaker);
                utterance.words = std::move(labelled->words);
            }
        }
        if (utterance.words.empty())
            continue;
        utterance.words = text::toNfc(utterance.words);
        if (utterance.speaker)
            utterance.speaker = text::toNfc(*utterance.speaker);
        utterances.push_back(std::move(utterance));
    }
    return utterances;
}

// ---- Turns ----

class TurnAssembler {
public:
    // A named speaker different from the current one starts a turn; an unnamed one continues it.
    void add(const Utterance& utterance, const CueTiming& timing)
    {
        const bool newSpeaker = utterance.speaker && (turns_.empty() || turns_.back().speaker != *utterance.speaker);
        if (newSpeaker || turns_.empty()) {
            turns_.push_back({utterance.speaker.value_or(std::string()), utterance.words, timing.startMs, timing.endMs});
            return;
        }
        PendingTurn& turn = turns_.back();
        turn.words += ' ';
        turn.words += utterance.words;
        turn.endMs = timing.endMs;
    }

    bool empty() const { return turns_.empty(); }

    // "Speaker: words" per turn, turns separated by a blank line, offsets in code points.
    void writeTo(RawDocument& document) const
    {
        std::int64_t offset = 0;
        for (const PendingTurn& pending : turns_) {
            if (!document.text.empty()) {
                document.text += "\n\n";
                offset += 2;
            }
            Turn turn;
            turn.start = offset;
            if (!pending.speaker.empty()) {
                const std::string label = pending.speaker + ": ";
                document.text += label;
                offset += text::codePointLength(label);
            }
            turn.speechStart = offset;
            document.text += pending.words;
            offset += text::codePointLength(pending.words);
            turn.end = offset;
            turn.speaker = pending.speaker;
            turn.role = Role::Unknown;
            turn.timeStartMs = pending.startMs;
            turn.timeEndMs = pending.endMs;
            document.turns.push_back(std::move(turn));
        }
        document.turnsFromCues = true;
    }

private:
    struct PendingTurn {
        std::string speaker;
        std::string words;
        std::int64_t startMs = 0;
        std::int64_t endMs = 0;
    };
    std::vector<PendingTurn> turns_;
};

// ---- Cues ----

struct Cue {
    CueTiming timing;
    std::vector<Line> textLines;
};

// A timing line among a cue's text means the blank line before the next cue is missing; reading
// on would swallow that cue's timing as words. ("A --> B" in speech is left alone.)
void checkCueText(const std::vector<Line>& textLines, const std::string& fileName)
{
    for (const Line& line : textLines) {
        const std::size_t arrow = line.text.find("-->");
        if (arrow != std::string_view::npos && startsWithTimestamp(line.text))
            throw ImportError(fileName, line.number, columnOf(line.text, arrow),
                              "unexpected \"-->\" in cue text (is the blank line before this cue missing?)");
    }
}

Cue cueFrom(const Block& block, std::size_t timingIndex, Format format, const std::string& fileName)
{
    Cue cue;
    cue.timing = parseTiming(block[timingIndex], format, fileName);
    cue.textLines.assign(block.begin() + static_cast<std::ptrdiff_t>(timingIndex) + 1, block.end());
    checkCueText(cue.textLines, fileName);
    return cue;
}

[[noreturn]] void throwMissingTiming(const Block& block, std::size_t index, Format format, const std::string& fileName)
{
    // "00:01.000 -> 00:02.000" has no "-->" and so passes for a cue identifier; the line that
    // starts with a time is the one to point at, with what is wrong in it.
    if (index > 0 && startsWithTimestamp(block[index - 1].text))
        parseTiming(block[index - 1], format, fileName);
    // A block of one line has its timing line missing just below it, where the blank line is.
    const long lineNumber = index < block.size() ? block[index].number : block.back().number + 1;
    throw ImportError(fileName, lineNumber, 1, std::string("expected a cue timing line \"") + timingExample(format) + "\"");
}

bool hasArrow(const Line& line)
{
    return line.text.find("-->") != std::string_view::npos;
}

RawDocument assemble(const std::vector<Cue>& cues, const CueTextRules& rules, const std::string& format,
                     const std::string& fileName)
{
    if (cues.empty())
        throw ImportError(fileName, "contains no cues");
    TurnAssembler turns;
    for (const Cue& cue : cues) {
        for (const Utterance& utterance : utterancesOf(cue.textLines, rules))
            turns.add(utterance, cue.timing);
    }
    if (turns.empty())
        throw ImportError(fileName, "contains no text in its cues");
    RawDocument document;
    document.format = format;
    turns.writeTo(document);
    return document;
}

void requireValidUtf8(std::string_view utf8, const std::string& fileName)
{
    if (!text::isValidUtf8(utf8))
        throw ImportError(fileName, "is not valid UTF-8");
}

// ---- WebVTT ----

// "Key: value" as in a text transcript's header block (keys like "Participant" or "Fecha").
std::optional<std::string> headerLine(std::string_view line)
{
    line = trim(line);
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos)
        return std::nullopt;
    const std::string_view key = trim(line.substr(0, colon));
    if (!looksLikeSpeakerName(key))
        return std::nullopt;
    const std::string_view value = trim(line.substr(colon + 1));
    return value.empty() ? std::string(key) + ":" : std::string(key) + ": " + std::string(value);
}

std::string noteHeader(const Block& note)
{
    std::string header;
    for (std::size_t i = 0; i < note.size(); ++i) {
        // "NOTE Participant: YP03" puts a header line on the NOTE line itself.
        const std::string_view text = i == 0 ? trim(note[0].text.substr(4)) : note[i].text;
        if (auto line = headerLine(text)) {
            if (!header.empty())
                header += '\n';
            header += *line;
        }
    }
    return header.empty() ? header : text::toNfc(header);
}

} // namespace

RawDocument readWebVtt(std::string_view utf8, const std::string& fileName)
{
    requireValidUtf8(utf8, fileName);
    const std::vector<Line> lines = splitLines(utf8);
    if (lines.empty() || !startsWithKeyword(lines[0].text, "WEBVTT"))
        throw ImportError(fileName, 1, 1, "does not start with the WebVTT signature \"WEBVTT\"");

    std::vector<Block> blocks = splitBlocks(lines);
    // The header runs to the first blank line; a cue timing right under it (no blank line) is
    // common enough in exported files to accept as the first cue.
    Block header = std::move(blocks.front());
    blocks.erase(blocks.begin());
    const auto arrow = std::find_if(header.begin(), header.end(), hasArrow);
    if (arrow != header.end())
        blocks.insert(blocks.begin(), Block(arrow, header.end()));

    std::vector<Cue> cues;
    std::optional<std::string> headerText;
    for (const Block& block : blocks) {
        const std::string_view first = block.front().text;
        if (startsWithKeyword(first, "NOTE")) {
            if (!headerText)
                headerText = noteHeader(block);
            continue;
        }
        if (startsWithKeyword(first, "STYLE") || startsWithKeyword(first, "REGION"))
            continue;
        // An optional identifier line comes before the timing.
        const std::size_t timingIndex = hasArrow(block.front()) ? 0 : 1;
        if (timingIndex >= block.size() || !hasArrow(block[timingIndex]))
            throwMissingTiming(block, timingIndex, Format::WebVtt, fileName);
        cues.push_back(cueFrom(block, timingIndex, Format::WebVtt, fileName));
    }

    const CueTextRules rules{.decodeEntities = true, .anyAngleIsTag = true, .stripAssOverrides = false};
    RawDocument document = assemble(cues, rules, "vtt", fileName);
    document.headerText = headerText.value_or(std::string());
    return document;
}

RawDocument readSubRip(std::string_view utf8, const std::string& fileName)
{
    requireValidUtf8(utf8, fileName);
    std::vector<Cue> cues;
    for (const Block& block : splitBlocks(splitLines(utf8))) {
        // The cue number is dropped by some converters; the timing line alone starts a cue too.
        std::size_t timingIndex = 0;
        if (!hasArrow(block.front())) {
            const std::string_view number = trim(block.front().text);
            if (!std::all_of(number.begin(), number.end(), isDigit)) {
                if (startsWithTimestamp(number))
                    parseTiming(block.front(), Format::SubRip, fileName); // says what is wrong in it
                throw ImportError(fileName, block.front().number, 1, "expected a cue number or a cue timing line");
            }
            timingIndex = 1;
            if (timingIndex >= block.size() || !hasArrow(block[timingIndex]))
                throwMissingTiming(block, timingIndex, Format::SubRip, fileName);
        }
        cues.push_back(cueFrom(block, timingIndex, Format::SubRip, fileName));
    }
    const CueTextRules rules{.decodeEntities = false, .anyAngleIsTag = false, .stripAssOverrides = true};
    return assemble(cues, rules, "srt", fileName);
}

} // namespace hilo::import
