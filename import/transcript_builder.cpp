#include "transcript_builder.h"

#include "group_detection.h"
#include "header_block.h"
#include "import_error.h"
#include "language_detection.h"
#include "raw_document.h"
#include "read_limits.h"
#include "text/unicode_text.h"

#include <algorithm>
#include <unordered_map>

namespace hilo::import {
namespace {

// Windows and old Mac line ends become "\n", so that offsets do not depend on the platform
// a transcript was typed on. In place: the text only shrinks, and a second copy of a large
// transcript is memory an import does not need.
std::string unifyLineEnds(std::string text)
{
    std::size_t out = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r') {
            text[out++] = '\n';
            if (i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
        } else {
            text[out++] = text[i];
        }
    }
    text.resize(out);
    return text;
}

void refuseFlags(const std::string& name, const std::vector<GuardFlag>& flags)
{
    const GuardFlag& first = flags.front();
    std::string message = "possible " + std::string(identifierKindName(first.kind)) + " left in the text (" +
                          first.masked + ")";
    if (flags.size() > 1)
        message += " and " + std::to_string(flags.size() - 1) + " more";
    message += "; de-identify the file, or import with --accept-flags";
    throw ImportError(name, first.line, first.column, message);
}

std::optional<std::string> knownTag(const std::string& tag, const std::vector<std::string>& knownGroups)
{
    for (const std::string& known : knownGroups)
        if (text::fold(known) == text::fold(tag))
            return known;
    return std::nullopt;
}

std::string joinTags(const std::vector<std::string>& tags)
{
    std::string joined;
    for (const std::string& tag : tags)
        joined += (joined.empty() ? "" : ", ") + tag;
    return joined;
}

// Every place that names a group must name the same known group.
std::string settleGroup(const std::string& name, const std::string& stem, const BuildOptions& options,
                        const std::vector<HeaderField>& header)
{
    struct Claim {
        std::string tag;
        std::string where;
    };
    std::vector<Claim> claims;
    if (options.group)
        claims.push_back({*options.group, "--group"});
    if (const auto fromName = groupFromFileName(stem, options.knownGroups))
        claims.push_back({*fromName, "the file name"});
    for (const HeaderField& field : header)
        if (classifyHeaderKey(field.key) == HeaderKey::Group)
            claims.push_back({field.value, "the header (line " + std::to_string(field.line) + ")"});

    if (claims.empty())
        throw ImportError(name, "has no participant group: start the file name with one (" +
                                    joinTags(options.knownGroups) + "), add a 'Group:' header line, or use --group");
    std::string settled;
    for (const Claim& claim : claims) {
        const auto tag = knownTag(claim.tag, options.knownGroups);
        if (!tag)
            throw ImportError(name, "unknown group '" + claim.tag + "' in " + claim.where + " (known: " +
                                        joinTags(options.knownGroups) + "; add one with 'hilo groups PROJECT add')");
        if (!settled.empty() && *tag != settled)
            throw ImportError(name, "contradicting groups: " + claims.front().where + " says " + settled + " but " +
                                        claim.where + " says " + *tag);
        settled = *tag;
    }
    return settled;
}

std::string settleLanguage(const std::string& name, const BuildOptions& options,
                           const std::vector<HeaderField>& header, std::string_view body)
{
    if (options.language != "auto") {
        const std::string language = normalizeLanguage(options.language);
        if (language.empty())
            throw ImportError(name, "unknown language '" + options.language + "' (use en, es or auto)");
        return language;
    }
    for (const HeaderField& field : header) {
        if (classifyHeaderKey(field.key) != HeaderKey::Language)
            continue;
        const std::string language = normalizeLanguage(field.value);
        if (language.empty())
            throw ImportError(name, field.line, 1, "unknown language '" + field.value + "' (use en or es)");
        return language;
    }
    return guessLanguage(body);
}

// The transcript's attributes, each name once: a name given again (compared case- and
// accent-insensitively) must carry the same value. Names are folded once each and looked up in
// a hash map, so that an attributes file with thousands of columns takes linear time; comparing
// each new name with every earlier one folded both names again every time, which took a minute
// for 10,000 columns.
class AttributeList {
public:
    AttributeList(const std::string& fileName, std::vector<Attribute>& attributes)
        : fileName_(fileName), attributes_(attributes)
    {
        for (std::size_t i = 0; i < attributes_.size(); ++i)
            byFoldedName_.emplace(text::fold(attributes_[i].name), i);
    }

    void add(Attribute attribute, const std::string& where)
    {
        const auto [it, added] = byFoldedName_.emplace(text::fold(attribute.name), attributes_.size());
        if (added) {
            attributes_.push_back(std::move(attribute));
            return;
        }
        const Attribute& same = attributes_[it->second];
        if (text::fold(same.value) != text::fold(attribute.value))
            throw ImportError(fileName_, "attribute '" + attribute.name + "' is '" + same.value + "' in the header but '" +
                                             attribute.value + "' in " + where);
    }

private:
    const std::string& fileName_;
    std::vector<Attribute>& attributes_;
    std::unordered_map<std::string, std::size_t> byFoldedName_;
};

[[noreturn]] void refuseTurnCount(const std::string& name, long line)
{
    const std::string message = "has more than " + std::to_string(kMaxTurnsPerSource) +
                                " speaker turns, the most Hilo keeps for one source (turn " +
                                std::to_string(kMaxTurnsPerSource + 1) + " starts here); split it into one file per interview";
    if (line > 0)
        throw ImportError(name, line, 1, message);
    throw ImportError(name, message);
}

// The line in the file where a turn starts: the header's lines and the body's before it.
long lineOfTurn(std::string_view body, long headerLines, std::int64_t codePoint)
{
    const std::size_t byte = text::byteOffsetOfCodePoint(body, codePoint);
    return headerLines + 1 + static_cast<long>(std::count(body.begin(), body.begin() + static_cast<std::ptrdiff_t>(byte), '\n'));
}

} // namespace

BuiltTranscript buildTranscript(const std::filesystem::path& file, const BuildOptions& options)
{
    const std::string name = file.filename().string();
    const std::string stem = file.stem().string();
    RawDocument raw = readDocument(file, options.decoding);

    // Without cues, the raw text is handed over, not copied: only the normalized text stays.
    std::string fullText = raw.turnsFromCues ? text::toNfc(raw.text) : text::toNfc(unifyLineEnds(std::move(raw.text)));
    if (!fullText.empty() && fullText.rfind("\xEF\xBB\xBF", 0) == 0)
        fullText.erase(0, 3); // a byte order mark inside the text is not content
    if (raw.turnsFromCues && fullText != raw.text)
        throw ImportError(name, "caption text changed under normalization; cannot keep turn offsets");

    BuiltTranscript built;
    built.warnings = std::move(raw.warnings);
    // The guard reads everything, header included: identifiers hide there too.
    std::vector<GuardFlag> flags = scanForIdentifiers(fullText, options.guard);
    if (!raw.headerText.empty()) {
        const std::vector<GuardFlag> headerFlags = scanForIdentifiers(raw.headerText, options.guard);
        flags.insert(flags.begin(), headerFlags.begin(), headerFlags.end());
    }
    if (!flags.empty() && !options.acceptFlags)
        refuseFlags(name, flags);
    built.acceptedFlags = std::move(flags);

    const TurnSplitter splitter(options.speakerRules);
    std::vector<HeaderField> header;
    long headerLines = 0; // lines of the file before the body, for errors that name a line
    if (raw.turnsFromCues) {
        header = parseHeaderLines(text::toNfc(unifyLineEnds(raw.headerText)));
    } else {
        const HeaderBlock block =
            parseHeaderBlock(fullText, [&splitter](std::string_view label) { return splitter.isSpeakerLabel(label); });
        header = block.fields;
        headerLines = block.bodyLine - 1;
        fullText.erase(0, block.bodyByteOffset);
    }
    std::string body = std::move(fullText);
    if (body.find_first_not_of(" \t\n") == std::string::npos)
        throw ImportError(name, header.empty() ? "contains no text" : "contains a header but no interview text");

    Transcript& t = built.transcript;
    t.name = text::singleLineName(stem);
    t.originPath = std::filesystem::absolute(file).lexically_normal().string();
    t.format = raw.format;
    t.encoding = raw.encoding;
    t.groupTag = settleGroup(name, stem, options, header);
    t.language = settleLanguage(name, options, header, body);

    AttributeList attributes(name, t.attributes);
    for (const HeaderField& field : header) {
        switch (classifyHeaderKey(field.key)) {
        case HeaderKey::Participant: t.participant = canonicalParticipantId(field.value); break;
        case HeaderKey::Note: t.note = field.value; break;
        case HeaderKey::Attribute:
            attributes.add({field.key, field.value, inferAttributeType(field.value)}, "the header");
            break;
        default: break;
        }
    }
    if (t.participant.empty())
        t.participant = participantFromFileName(stem, options.knownGroups).value_or("");
    if (options.attributes != nullptr && !t.participant.empty())
        if (const std::vector<Attribute>* row = options.attributes->find(t.participant))
            for (const Attribute& attribute : *row)
                attributes.add(attribute, "the attributes file");

    if (raw.turnsFromCues) {
        if (raw.turns.size() > kMaxTurnsPerSource)
            refuseTurnCount(name, 0);
        t.turns = std::move(raw.turns);
        for (Turn& turn : t.turns)
            turn.role = splitter.classify(turn.speaker).value_or(turn.speaker.empty() ? Role::Unknown : Role::Participant);
    } else {
        t.turns = splitter.split(body, kMaxTurnsPerSource);
        if (t.turns.size() > kMaxTurnsPerSource)
            refuseTurnCount(name, lineOfTurn(body, headerLines, t.turns[kMaxTurnsPerSource].start));
    }
    t.text = std::move(body);
    return built;
}

} // namespace hilo::import
