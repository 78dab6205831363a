#include "transcript_builder.h"

#include "group_detection.h"
#include "header_block.h"
#include "import_error.h"
#include "language_detection.h"
#include "raw_document.h"
#include "text/unicode_text.h"

#include <algorithm>

namespace hilo::import {
namespace {

// Windows and old Mac line ends become "\n", so that offsets do not depend on the platform
// a transcript was typed on.
std::string unifyLineEnds(std::string text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r') {
            out.push_back('\n');
            if (i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
        } else {
            out.push_back(text[i]);
        }
    }
    return out;
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

void addAttribute(const std::string& name, std::vector<Attribute>& attributes, Attribute attribute,
                  const std::string& where)
{
    const auto same = std::find_if(attributes.begin(), attributes.end(), [&](const Attribute& a) {
        return text::fold(a.name) == text::fold(attribute.name);
    });
    if (same == attributes.end()) {
        attributes.push_back(std::move(attribute));
        return;
    }
    if (text::fold(same->value) != text::fold(attribute.value))
        throw ImportError(name, "attribute '" + attribute.name + "' is '" + same->value + "' in the header but '" +
                                    attribute.value + "' in " + where);
}

} // namespace

BuiltTranscript buildTranscript(const std::filesystem::path& file, const BuildOptions& options)
{
    const std::string name = file.filename().string();
    const std::string stem = file.stem().string();
    RawDocument raw = readDocument(file);

    std::string fullText = text::toNfc(raw.turnsFromCues ? raw.text : unifyLineEnds(raw.text));
    if (!fullText.empty() && fullText.rfind("\xEF\xBB\xBF", 0) == 0)
        fullText.erase(0, 3); // a byte order mark inside the text is not content
    if (raw.turnsFromCues && fullText != raw.text)
        throw ImportError(name, "caption text changed under normalization; cannot keep turn offsets");

    BuiltTranscript built;
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
    std::string body;
    if (raw.turnsFromCues) {
        header = parseHeaderLines(text::toNfc(unifyLineEnds(raw.headerText)));
        body = fullText;
    } else {
        const HeaderBlock block =
            parseHeaderBlock(fullText, [&splitter](std::string_view label) { return splitter.isSpeakerLabel(label); });
        header = block.fields;
        body = fullText.substr(block.bodyByteOffset);
    }
    if (body.find_first_not_of(" \t\n") == std::string::npos)
        throw ImportError(name, header.empty() ? "contains no text" : "contains a header but no interview text");

    Transcript& t = built.transcript;
    t.name = stem;
    t.originPath = std::filesystem::absolute(file).lexically_normal().string();
    t.format = raw.format;
    t.encoding = raw.encoding;
    t.groupTag = settleGroup(name, stem, options, header);
    t.language = settleLanguage(name, options, header, body);

    for (const HeaderField& field : header) {
        switch (classifyHeaderKey(field.key)) {
        case HeaderKey::Participant: t.participant = canonicalParticipantId(field.value); break;
        case HeaderKey::Note: t.note = field.value; break;
        case HeaderKey::Attribute:
            addAttribute(name, t.attributes, {field.key, field.value, inferAttributeType(field.value)}, "the header");
            break;
        default: break;
        }
    }
    if (t.participant.empty())
        t.participant = participantFromFileName(stem, options.knownGroups).value_or("");
    if (options.attributes != nullptr && !t.participant.empty())
        if (const std::vector<Attribute>* row = options.attributes->find(t.participant))
            for (const Attribute& attribute : *row)
                addAttribute(name, t.attributes, attribute, "the attributes file");

    if (raw.turnsFromCues) {
        t.turns = std::move(raw.turns);
        for (Turn& turn : t.turns)
            turn.role = splitter.classify(turn.speaker).value_or(turn.speaker.empty() ? Role::Unknown : Role::Participant);
    } else {
        t.turns = splitter.split(body);
    }
    t.text = std::move(body);
    return built;
}

} // namespace hilo::import
