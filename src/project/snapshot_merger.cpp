#include "snapshot_merger.h"

#include "codebook/code_path.h"
#include "import/deid_guard.h"
#include "import/group_detection.h"
#include "import/language_detection.h"
#include "import/turn_splitter.h"
#include "row_stamps.h"
#include "source_store.h"
#include "store/database.h"
#include "text/unicode_text.h"
#include "text/user_error.h"

#include <QString>

#include <algorithm>
#include <map>
#include <set>

namespace hilo {
namespace {

bool sameName(const std::string& a, const std::string& b)
{
    return QString::fromStdString(a).compare(QString::fromStdString(b), Qt::CaseInsensitive) == 0;
}

// One merge: reads what the project has, then writes, all inside the caller's transaction.
class Merger {
public:
    Merger(Project& project, const import::ProjectSnapshot& snapshot, const MergeOptions& options,
           const Progress& progress)
        : db_(project.db()), project_(project), snapshot_(snapshot), options_(options), progress_(progress)
    {
        report_.skippedSources = snapshot.skipped;
        report_.warnings = snapshot.warnings;
        report_.offsetReading = snapshot.offsetReading;
    }

    MergeReport run()
    {
        mergeCoders();
        mergeCodes();
        mergeSources();
        mergeCodings();
        return std::move(report_);
    }

private:
    // One step per source, then one per coding.
    void step(std::size_t done)
    {
        checkProgress(progress_, done, snapshot_.sources.size() + snapshot_.codings.size());
    }

    bool guidTaken(const char* table, const std::string& guid)
    {
        auto query = db_.prepare(std::string("SELECT 1 FROM ") + table + " WHERE guid = ?1");
        return query.bind(1, guid).step();
    }

    void mergeCoders()
    {
        for (const import::SnapshotCoder& coder : snapshot_.coders) {
            auto byGuid = db_.prepare("SELECT id, name FROM coders WHERE guid = ?1");
            if (byGuid.bind(1, coder.guid).step()) {
                coders_[coder.guid] = byGuid.columnInt(0);
                report_.codersMatched.push_back(byGuid.columnText(1));
                continue;
            }
            auto byName = db_.prepare("SELECT id, name FROM coders WHERE name = ?1 COLLATE NOCASE");
            if (byName.bind(1, coder.name).step()) {
                coders_[coder.guid] = byName.columnInt(0);
                report_.codersMatched.push_back(byName.columnText(1));
                continue;
            }
            db_.prepare("INSERT INTO coders(guid, name) VALUES (?1, ?2)")
                .bind(1, coder.guid)
                .bind(2, coder.name)
                .run();
            coders_[coder.guid] = db_.lastInsertId();
            report_.codersAdded.push_back(coder.name);
        }
    }

    struct LocalCode {
        std::int64_t id;
        std::int64_t parent; // 0 at the top level (ids start at 1)
        std::string name;
        std::string path;
        bool codable;
    };

    std::vector<LocalCode> localCodes()
    {
        std::vector<LocalCode> codes;
        auto query = db_.prepare("SELECT id, parent_id, name, codable FROM codes");
        while (query.step())
            codes.push_back({query.columnInt(0), query.columnIsNull(1) ? 0 : query.columnInt(1), query.columnText(2), "",
                             query.columnInt(3) != 0});
        return codes;
    }

    void mergeCodes()
    {
        std::map<std::string, std::string> pathByGuid; // incoming GUID -> path in this project
        for (const codebook::FlatCode& flat : codebook::flatten(snapshot_.codebook)) {
            const codebook::Code& code = *flat.code;
            const std::int64_t parent = flat.parentGuid.empty() ? 0 : codes_.at(flat.parentGuid);
            const std::string parentPath = flat.parentGuid.empty() ? "" : pathByGuid.at(flat.parentGuid);
            const std::string path = parentPath.empty() ? codebook::joinCodePath({code.name})
                                                        : parentPath + "/" + codebook::joinCodePath({code.name});

            auto byGuid = db_.prepare("SELECT id, name, codable FROM codes WHERE guid = ?1");
            if (byGuid.bind(1, code.guid).step()) {
                codes_[code.guid] = byGuid.columnInt(0);
                codable_[byGuid.columnInt(0)] = byGuid.columnInt(2) != 0;
                pathByGuid[code.guid] = path; // a path for the report; the local one may differ
                report_.codesMatched.push_back(path);
                continue;
            }
            std::optional<LocalCode> match;
            for (const LocalCode& local : localCodes())
                if (local.parent == parent && codebook::sameCodeName(local.name, code.name))
                    match = local;
            if (match) {
                codes_[code.guid] = match->id;
                codable_[match->id] = match->codable;
                pathByGuid[code.guid] = path;
                report_.codesMatched.push_back(path);
                continue;
            }
            auto insert = db_.prepare(R"sql(
                INSERT INTO codes(guid, parent_id, position, name, color, definition, inclusion, exclusion, example,
                                  memo, codable, label_es)
                VALUES (?1, ?2, (SELECT coalesce(max(position), 0) + 1 FROM codes WHERE parent_id IS ?2),
                        ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11))sql");
            insert.bind(1, code.guid).bind(3, code.name);
            if (parent == 0)
                insert.bindNull(2);
            else
                insert.bind(2, parent);
            if (code.color.empty())
                insert.bindNull(4);
            else
                insert.bind(4, code.color);
            insert.bind(5, code.definition).bind(6, code.inclusion).bind(7, code.exclusion).bind(8, code.example);
            insert.bind(9, code.memo).bind(10, code.codable ? 1 : 0).bind(11, code.labelEs);
            insert.run();
            codes_[code.guid] = db_.lastInsertId();
            codable_[db_.lastInsertId()] = code.codable;
            pathByGuid[code.guid] = path;
            report_.codesAdded.push_back(path);
        }
    }

    std::vector<std::string> groupTags()
    {
        std::vector<std::string> tags;
        auto query = db_.prepare("SELECT tag FROM groups ORDER BY position");
        while (query.step())
            tags.push_back(query.columnText(0));
        return tags;
    }

    // The tag as this project spells it, adding the group when the project has none such.
    std::string ensureGroup(const std::string& tag, const std::string& label)
    {
        for (const std::string& known : groupTags())
            if (sameName(known, tag))
                return known;
        db_.prepare("INSERT INTO groups(tag, label, position) VALUES (?1, ?2, (SELECT coalesce(max(position), 0) + 1 FROM groups))")
            .bind(1, tag)
            .bind(2, label.empty() ? tag : label)
            .run();
        report_.groupsAdded.push_back(tag);
        return tag;
    }

    std::string groupFor(const import::SnapshotSource& source)
    {
        if (!source.groupTag.empty()) {
            std::string label;
            for (const import::SnapshotGroup& group : snapshot_.groups)
                if (sameName(group.tag, source.groupTag))
                    label = group.label;
            return ensureGroup(source.groupTag, label);
        }
        if (options_.defaultGroup)
            return ensureGroup(*options_.defaultGroup, "");
        if (const auto fromName = import::groupFromFileName(source.name, groupTags()))
            return *fromName;
        report_.warnings.push_back("source '" + source.name + "' has no participant group; put in group OTHER");
        return ensureGroup("OTHER", "Other (no group given)");
    }

    std::string freeSourceName(const std::string& name)
    {
        auto exists = db_.prepare("SELECT 1 FROM sources WHERE name = ?1");
        std::string candidate = name;
        for (int n = 2; exists.bind(1, candidate).step(); ++n) {
            exists.reset();
            candidate = name + " (" + std::to_string(n) + ")";
        }
        if (candidate != name)
            report_.warnings.push_back("a different source named '" + name + "' is already in the project; added as '" +
                                       candidate + "'");
        return candidate;
    }

    std::vector<import::Turn> turnsFor(const import::SnapshotSource& source)
    {
        if (!source.turns.empty())
            return source.turns;
        if (!splitter_) {
            std::vector<import::SpeakerRule> rules;
            for (const SpeakerPattern& pattern : SourceStore(project_).speakerPatterns())
                rules.push_back({pattern.pattern, pattern.role});
            const std::vector<import::SpeakerRule>& defaults = import::defaultSpeakerRules();
            rules.insert(rules.end(), defaults.begin(), defaults.end());
            splitter_.emplace(rules);
        }
        return splitter_->split(source.text);
    }

    std::int64_t attributeId(const std::string& sourceName, const import::Attribute& attribute)
    {
        db_.prepare("INSERT INTO attributes(name, type) VALUES (?1, ?2) ON CONFLICT(name) DO NOTHING")
            .bind(1, attribute.name)
            .bind(2, import::attributeTypeName(attribute.type))
            .run();
        auto find = db_.prepare("SELECT id, type FROM attributes WHERE name = ?1");
        find.bind(1, attribute.name).step();
        const import::AttributeType type = import::attributeTypeFromName(find.columnText(1));
        if (type != import::AttributeType::Text && type != attribute.type) {
            report_.warnings.push_back(sourceName + ": attribute '" + attribute.name + "' is a " +
                                       import::attributeTypeName(type) + " in this project, but the value '" +
                                       attribute.value + "' is not; left out");
            return 0;
        }
        return find.columnInt(0);
    }

    std::vector<import::GuardFlag> guard(const import::SnapshotSource& source)
    {
        if (!options_.guardNewSources)
            return {};
        import::GuardOptions guardOptions;
        guardOptions.names = SourceStore(project_).guardNames();
        std::vector<import::GuardFlag> flags = import::scanForIdentifiers(source.text, guardOptions);
        if (!flags.empty() && !options_.acceptFlags) {
            const import::GuardFlag& first = flags.front();
            std::string message = source.originPath + ":" + std::to_string(first.line) + ":" + std::to_string(first.column) +
                                  ": possible " + import::identifierKindName(first.kind) + " left in the text (" +
                                  first.masked + ")";
            if (flags.size() > 1)
                message += " and " + std::to_string(flags.size() - 1) + " more";
            throw UserError(message + "; de-identify the source, or import with --accept-flags");
        }
        return flags;
    }

    void addSource(const import::SnapshotSource& source, const std::string& hash)
    {
        if (!text::isValidUtf8(source.text) || text::toNfc(source.text) != source.text)
            throw UserError("source '" + source.name + "': its text is not NFC UTF-8");
        const std::vector<import::GuardFlag> flags = guard(source);
        const std::string name = freeSourceName(source.name);
        const std::string group = groupFor(source);
        const std::string language = !source.language.empty() ? source.language : import::guessLanguage(source.text);
        const std::string guid = guidTaken("sources", source.guid) ? codebook::newGuid() : source.guid;
        auto insert = db_.prepare(
            "INSERT INTO sources(guid, name, group_id, participant, language, text, length, content_hash, note, "
            "origin_path, origin_format, encoding, imported_at) "
            "VALUES (?1, ?2, (SELECT id FROM groups WHERE tag = ?3), ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
        insert.bind(1, guid).bind(2, name).bind(3, group);
        insert.bind(4, source.participant.empty() ? std::optional<std::string>() : source.participant);
        insert.bind(5, language).bind(6, source.text).bind(7, text::codePointLength(source.text)).bind(8, hash);
        insert.bind(9, source.note.empty() ? std::optional<std::string>() : source.note);
        insert.bind(10, source.originPath).bind(11, source.format.empty() ? "qdpx" : source.format);
        insert.bind(12, source.encoding.empty() ? "UTF-8" : source.encoding).bind(13, timestampNow());
        insert.run();
        const std::int64_t id = db_.lastInsertId();
        sources_[source.guid] = {id, text::codePointLength(source.text), name};

        auto turn = db_.prepare(
            "INSERT INTO turns(source_id, ordinal, start, speech_start, end, speaker, role, time_start_ms, time_end_ms) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
        std::int64_t ordinal = 0;
        for (const import::Turn& t : turnsFor(source)) {
            turn.bind(1, id).bind(2, ++ordinal).bind(3, t.start).bind(4, t.speechStart).bind(5, t.end);
            turn.bind(6, t.speaker).bind(7, import::roleName(t.role)).bind(8, t.timeStartMs).bind(9, t.timeEndMs);
            turn.run();
        }
        auto value = db_.prepare("INSERT OR IGNORE INTO source_attributes(source_id, attribute_id, value) VALUES (?1, ?2, ?3)");
        for (const import::Attribute& attribute : source.attributes)
            if (const std::int64_t attributeIdValue = attributeId(name, attribute); attributeIdValue != 0)
                value.bind(1, id).bind(2, attributeIdValue).bind(3, attribute.value).run();
        auto flag = db_.prepare("INSERT INTO accepted_flags(source_id, kind, line, column, masked, accepted_at) "
                                "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        for (const import::GuardFlag& f : flags) {
            flag.bind(1, id).bind(2, import::identifierKindName(f.kind)).bind(3, static_cast<std::int64_t>(f.line));
            flag.bind(4, static_cast<std::int64_t>(f.column)).bind(5, f.masked).bind(6, timestampNow()).run();
        }
        report_.sourcesAdded.push_back(name);
    }

    void mergeSources()
    {
        std::set<std::string> hashesInSnapshot;
        std::size_t done = 0;
        for (const import::SnapshotSource& source : snapshot_.sources) {
            step(done++);
            const std::string hash = contentHash(source.text);
            if (!hashesInSnapshot.insert(hash).second) {
                report_.warnings.push_back("source '" + source.name + "' has the same text as another source in the "
                                           "file; its codings go to that one");
            }
            auto existing = db_.prepare("SELECT id, length, name FROM sources WHERE content_hash = ?1");
            if (existing.bind(1, hash).step()) {
                sources_[source.guid] = {existing.columnInt(0), existing.columnInt(1), existing.columnText(2)};
                if (std::find(report_.sourcesMatched.begin(), report_.sourcesMatched.end(), existing.columnText(2)) ==
                    report_.sourcesMatched.end() &&
                    std::find(report_.sourcesAdded.begin(), report_.sourcesAdded.end(), existing.columnText(2)) ==
                        report_.sourcesAdded.end())
                    report_.sourcesMatched.push_back(existing.columnText(2));
                continue;
            }
            addSource(source, hash);
        }
    }

    void mergeCodings()
    {
        auto present = db_.prepare(
            "SELECT 1 FROM codings WHERE source_id = ?1 AND code_id = ?2 AND coder_id = ?3 AND start = ?4 AND end = ?5");
        auto insert = db_.prepare(
            "INSERT INTO codings(guid, source_id, code_id, coder_id, start, end, memo, created_at) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
        const std::string created = timestampNow();
        std::size_t done = snapshot_.sources.size();
        for (const import::SnapshotCoding& coding : snapshot_.codings) {
            step(done++);
            const auto source = sources_.find(coding.sourceGuid);
            const auto code = codes_.find(coding.codeGuid);
            const auto coder = coders_.find(coding.coderGuid);
            const std::string what = "coding " + coding.guid;
            if (source == sources_.end()) {
                report_.unmatched.push_back(what + ": its source is not in this project");
                continue;
            }
            if (code == codes_.end() || coder == coders_.end()) {
                report_.unmatched.push_back(what + " in " + source->second.name + ": its " +
                                            (code == codes_.end() ? "code" : "coder") + " is not in the file");
                continue;
            }
            if (!codable_[code->second]) {
                report_.unmatched.push_back(what + " in " + source->second.name +
                                            ": its code only groups other codes in this project");
                continue;
            }
            if (coding.start < 0 || coding.end <= coding.start || coding.end > source->second.length) {
                report_.unmatched.push_back(what + ": span " + std::to_string(coding.start) + ":" +
                                            std::to_string(coding.end) + " is not within " + source->second.name);
                continue;
            }
            present.bind(1, source->second.id).bind(2, code->second).bind(3, coder->second);
            present.bind(4, coding.start).bind(5, coding.end);
            const bool already = present.step();
            present.reset();
            if (already) {
                ++report_.codingsPresent;
                continue;
            }
            const std::string guid = guidTaken("codings", coding.guid) ? codebook::newGuid() : coding.guid;
            insert.bind(1, guid).bind(2, source->second.id).bind(3, code->second).bind(4, coder->second);
            insert.bind(5, coding.start).bind(6, coding.end).bind(7, coding.memo);
            insert.bind(8, coding.createdAt.empty() ? created : coding.createdAt);
            insert.run();
            ++report_.codingsAdded;
        }
        step(done);
    }

    struct LocalSource {
        std::int64_t id = 0;
        std::int64_t length = 0;
        std::string name;
    };

    store::Database& db_;
    Project& project_;
    const import::ProjectSnapshot& snapshot_;
    const MergeOptions& options_;
    const Progress& progress_;
    MergeReport report_;
    std::map<std::string, std::int64_t> coders_; // incoming GUID -> id here
    std::map<std::string, std::int64_t> codes_;
    std::map<std::int64_t, bool> codable_;
    std::map<std::string, LocalSource> sources_;
    std::optional<import::TurnSplitter> splitter_;
};

} // namespace

const std::vector<std::string>& tablesWrittenByMerge()
{
    static const std::vector<std::string> tables = {"groups", "attributes", "sources", "turns", "source_attributes",
                                                    "accepted_flags", "coders", "codes", "codings"};
    return tables;
}

MergeReport mergeSnapshot(Project& project, const import::ProjectSnapshot& snapshot, const MergeOptions& options,
                          const Progress& progress)
{
    if (project.readOnly())
        throw UserError(project.folder().string() + ": opened read-only; cannot merge into it");
    store::Transaction transaction(project.db());
    MergeReport report = Merger(project, snapshot, options, progress).run();
    transaction.commit();
    return report;
}

} // namespace hilo
