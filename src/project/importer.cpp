#include "importer.h"

#include "codebook/codebook.h"
#include "import/transcript_builder.h"
#include "row_stamps.h"
#include "source_store.h"
#include "store/database.h"
#include "text/unicode_text.h"
#include "text/user_error.h"

#include <map>

namespace hilo {
namespace {

import::BuildOptions buildOptions(SourceStore& sources, const ImportRequest& request,
                                  const import::AttributeTable* attributes)
{
    import::BuildOptions options;
    options.group = request.group;
    options.language = request.language;
    options.attributes = attributes;
    options.acceptFlags = request.acceptFlags;
    options.decoding.replaceInvalidBytes = request.replaceInvalidBytes;
    options.guard.names = sources.guardNames();
    for (const GroupInfo& group : sources.groups())
        options.knownGroups.push_back(group.tag);
    // The project's own patterns first, so that they take precedence over the defaults.
    std::vector<import::SpeakerRule> rules;
    for (const SpeakerPattern& pattern : sources.speakerPatterns())
        rules.push_back({pattern.pattern, pattern.role});
    rules.insert(rules.end(), options.speakerRules.begin(), options.speakerRules.end());
    options.speakerRules = std::move(rules);
    return options;
}

// Writes one transcript; the caller holds the transaction.
class SourceWriter {
public:
    explicit SourceWriter(store::Database& db)
        : db_(db),
          insertSource_(db.prepare(
              "INSERT INTO sources(guid, name, group_id, participant, language, text, length, content_hash, note, "
              "origin_path, origin_format, encoding, imported_at) "
              "VALUES (?1, ?2, (SELECT id FROM groups WHERE tag = ?3), ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)")),
          insertTurn_(db.prepare(
              "INSERT INTO turns(source_id, ordinal, start, speech_start, end, speaker, role, time_start_ms, time_end_ms) "
              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")),
          insertAttribute_(db.prepare("INSERT INTO attributes(name, type) VALUES (?1, ?2) "
                                      "ON CONFLICT(name) DO NOTHING")),
          findAttribute_(db.prepare("SELECT id, type FROM attributes WHERE name = ?1")),
          insertValue_(db.prepare("INSERT INTO source_attributes(source_id, attribute_id, value) VALUES (?1, ?2, ?3)")),
          insertFlag_(db.prepare("INSERT INTO accepted_flags(source_id, kind, line, column, masked, accepted_at) "
                                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"))
    {
    }

    std::int64_t write(const import::BuiltTranscript& built, const std::string& hash)
    {
        const import::Transcript& t = built.transcript;
        std::optional<std::string> participant;
        if (!t.participant.empty())
            participant = t.participant;
        std::optional<std::string> note;
        if (!t.note.empty())
            note = t.note;
        insertSource_.bind(1, codebook::newGuid()).bind(2, t.name).bind(3, t.groupTag).bind(4, participant).bind(5, t.language);
        insertSource_.bind(6, t.text).bind(7, text::codePointLength(t.text)).bind(8, hash).bind(9, note);
        insertSource_.bind(10, t.originPath).bind(11, t.format).bind(12, t.encoding).bind(13, timestampNow());
        insertSource_.run();
        const std::int64_t sourceId = db_.lastInsertId();

        std::int64_t ordinal = 0;
        for (const import::Turn& turn : t.turns) {
            insertTurn_.bind(1, sourceId).bind(2, ++ordinal).bind(3, turn.start).bind(4, turn.speechStart);
            insertTurn_.bind(5, turn.end).bind(6, turn.speaker).bind(7, import::roleName(turn.role));
            insertTurn_.bind(8, turn.timeStartMs).bind(9, turn.timeEndMs);
            insertTurn_.run();
        }
        for (const import::Attribute& attribute : t.attributes) {
            insertValue_.bind(1, sourceId).bind(2, attributeId(t.name, attribute)).bind(3, attribute.value);
            insertValue_.run();
        }
        for (const import::GuardFlag& flag : built.acceptedFlags) {
            insertFlag_.bind(1, sourceId).bind(2, import::identifierKindName(flag.kind));
            insertFlag_.bind(3, static_cast<std::int64_t>(flag.line)).bind(4, static_cast<std::int64_t>(flag.column));
            insertFlag_.bind(5, flag.masked).bind(6, timestampNow());
            insertFlag_.run();
        }
        return sourceId;
    }

private:
    // An attribute keeps the type it was first given; a value that does not fit it is an error.
    std::int64_t attributeId(const std::string& sourceName, const import::Attribute& attribute)
    {
        insertAttribute_.bind(1, attribute.name).bind(2, import::attributeTypeName(attribute.type));
        insertAttribute_.run();
        findAttribute_.bind(1, attribute.name);
        findAttribute_.step();
        const std::int64_t id = findAttribute_.columnInt(0);
        const import::AttributeType type = import::attributeTypeFromName(findAttribute_.columnText(1));
        findAttribute_.reset();
        if (type != import::AttributeType::Text && type != attribute.type)
            throw UserError(sourceName + ": attribute '" + attribute.name + "' is a " + import::attributeTypeName(type) +
                            " in this project, but the value '" + attribute.value + "' is not");
        return id;
    }

    store::Database& db_;
    store::Statement insertSource_;
    store::Statement insertTurn_;
    store::Statement insertAttribute_;
    store::Statement findAttribute_;
    store::Statement insertValue_;
    store::Statement insertFlag_;
};

} // namespace

PreparedImport prepareImport(Project& project, const ImportRequest& request, const Progress& progress)
{
    if (project.readOnly())
        throw UserError(project.folder().string() + ": opened read-only; cannot import");
    if (request.files.empty())
        throw UserError("no files to import");

    SourceStore sources(project);
    std::optional<import::AttributeTable> attributes;
    if (request.attributesCsv)
        attributes = import::AttributeTable::read(*request.attributesCsv);
    const import::BuildOptions options = buildOptions(sources, request, attributes ? &*attributes : nullptr);

    PreparedImport prepared;
    std::map<std::string, std::string> namesByHash; // within this import
    std::map<std::string, std::string> filesByName;
    auto exists = project.db().prepare("SELECT 1 FROM sources WHERE name = ?1");
    for (std::size_t i = 0; i < request.files.size(); ++i) {
        const std::filesystem::path& file = request.files[i];
        import::BuiltTranscript built = import::buildTranscript(file, options);
        const std::string hash = contentHash(built.transcript.text);
        const std::string fileName = file.filename().string();
        if (const auto existing = sources.findSourceByHash(hash)) {
            prepared.skipped.push_back({fileName, "same text as source " + sources.source(std::to_string(*existing)).name});
        } else if (const auto earlier = namesByHash.find(hash); earlier != namesByHash.end()) {
            prepared.skipped.push_back({fileName, "same text as " + earlier->second + " in this import"});
        } else {
            const std::string& name = built.transcript.name;
            if (const auto clash = filesByName.find(name); clash != filesByName.end())
                throw UserError(fileName + ": has the same name as " + clash->second + " in this import; rename one");
            const bool taken = exists.bind(1, name).step();
            exists.reset();
            if (taken)
                throw UserError(fileName + ": a different source named '" + name + "' is already in the project; rename the file");
            namesByHash.emplace(hash, fileName);
            filesByName.emplace(name, fileName);
            prepared.transcripts.push_back({std::move(built), hash});
        }
        checkProgress(progress, i + 1, request.files.size());
    }
    return prepared;
}

ImportReport writeImport(Project& project, const PreparedImport& prepared)
{
    ImportReport report;
    report.skipped = prepared.skipped;
    store::Transaction transaction(project.db());
    SourceWriter writer(project.db());
    for (const PreparedImport::Transcript& p : prepared.transcripts) {
        const import::Transcript& t = p.built.transcript;
        const std::int64_t id = writer.write(p.built, p.hash);
        report.imported.push_back({id, t.name, t.groupTag, t.language, static_cast<std::int64_t>(t.turns.size()),
                                   static_cast<std::int64_t>(p.built.acceptedFlags.size())});
        report.warnings.insert(report.warnings.end(), p.built.warnings.begin(), p.built.warnings.end());
    }
    transaction.commit();
    return report;
}

} // namespace hilo
