#include "source_store.h"

#include "text/user_error.h"

#include <QRegularExpression>
#include <QString>

#include <algorithm>
#include <cctype>

namespace hilo {
namespace {

constexpr const char* kSourceColumns = R"sql(
    SELECT s.id, s.name, g.tag, coalesce(s.participant, ''), s.language, s.origin_format, s.encoding,
           coalesce(s.note, ''), s.length, (SELECT count(*) FROM turns t WHERE t.source_id = s.id)
    FROM sources s JOIN groups g ON g.id = s.group_id
)sql";

SourceSummary readSummary(const store::Statement& row)
{
    SourceSummary s;
    s.id = row.columnInt(0);
    s.name = row.columnText(1);
    s.groupTag = row.columnText(2);
    s.participant = row.columnText(3);
    s.language = row.columnText(4);
    s.format = row.columnText(5);
    s.encoding = row.columnText(6);
    s.note = row.columnText(7);
    s.length = row.columnInt(8);
    s.turnCount = row.columnInt(9);
    return s;
}

bool isAllDigits(const std::string& s)
{
    return !s.empty() && std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c) != 0; });
}

void checkTag(const std::string& tag)
{
    static const QRegularExpression shape(QStringLiteral(R"(^\p{L}[\p{L}\p{N}]{0,15}$)"));
    if (!shape.match(QString::fromStdString(tag)).hasMatch())
        throw UserError("group tag '" + tag + "' must be 1 to 16 letters or digits, starting with a letter");
}

} // namespace

std::vector<GroupInfo> SourceStore::groups()
{
    auto query = project_.db().prepare(
        "SELECT g.id, g.tag, g.label, (SELECT count(*) FROM sources s WHERE s.group_id = g.id) "
        "FROM groups g ORDER BY g.position, g.tag");
    std::vector<GroupInfo> result;
    while (query.step())
        result.push_back({query.columnInt(0), query.columnText(1), query.columnText(2), query.columnInt(3)});
    return result;
}

std::optional<GroupInfo> SourceStore::findGroup(const std::string& tag)
{
    for (GroupInfo& group : groups())
        if (QString::fromStdString(group.tag).compare(QString::fromStdString(tag), Qt::CaseInsensitive) == 0)
            return group;
    return std::nullopt;
}

void SourceStore::addGroup(const std::string& tag, const std::string& label)
{
    checkTag(tag);
    if (findGroup(tag))
        throw UserError("group " + tag + " already exists");
    store::Transaction transaction(project_.db());
    project_.db()
        .prepare("INSERT INTO groups(tag, label, position) VALUES (?1, ?2, (SELECT coalesce(max(position), 0) + 1 FROM groups))")
        .bind(1, tag)
        .bind(2, label.empty() ? tag : label)
        .run();
    transaction.commit();
}

void SourceStore::renameGroup(const std::string& tag, const std::string& newTag, const std::string& newLabel)
{
    const std::optional<GroupInfo> group = findGroup(tag);
    if (!group)
        throw UserError("no group " + tag);
    checkTag(newTag);
    if (const auto other = findGroup(newTag); other && other->id != group->id)
        throw UserError("group " + newTag + " already exists");
    store::Transaction transaction(project_.db());
    project_.db()
        .prepare("UPDATE groups SET tag = ?1, label = ?2 WHERE id = ?3")
        .bind(1, newTag)
        .bind(2, newLabel.empty() ? group->label : newLabel)
        .bind(3, group->id)
        .run();
    // Sources carry their group's tag into the index: mark them changed.
    project_.db().execute("UPDATE meta SET value = value + 1 WHERE key = 'change_counter'");
    transaction.commit();
}

std::vector<SourceSummary> SourceStore::sources()
{
    auto query = project_.db().prepare(std::string(kSourceColumns) + " ORDER BY g.position, s.name COLLATE NOCASE");
    std::vector<SourceSummary> result;
    while (query.step())
        result.push_back(readSummary(query));
    for (SourceSummary& s : result)
        s.attributes = attributesOf(s.id);
    return result;
}

SourceDetail SourceStore::source(const std::string& nameOrId)
{
    auto query = project_.db().prepare(std::string(kSourceColumns) + (isAllDigits(nameOrId) ? " WHERE s.id = ?1" : " WHERE s.name = ?1"));
    if (isAllDigits(nameOrId))
        query.bind(1, static_cast<std::int64_t>(std::stoll(nameOrId)));
    else
        query.bind(1, nameOrId);
    if (!query.step())
        throw UserError("no source named '" + nameOrId + "' (see 'hilo sources PROJECT')");
    SourceDetail detail;
    static_cast<SourceSummary&>(detail) = readSummary(query);
    detail.attributes = attributesOf(detail.id);

    auto text = project_.db().prepare("SELECT text FROM sources WHERE id = ?1");
    text.bind(1, detail.id).step();
    detail.text = text.columnText(0);

    auto turns = project_.db().prepare(
        "SELECT start, speech_start, end, speaker, role, time_start_ms, time_end_ms FROM turns "
        "WHERE source_id = ?1 ORDER BY ordinal");
    turns.bind(1, detail.id);
    while (turns.step()) {
        import::Turn turn;
        turn.start = turns.columnInt(0);
        turn.speechStart = turns.columnInt(1);
        turn.end = turns.columnInt(2);
        turn.speaker = turns.columnText(3);
        turn.role = import::roleFromName(turns.columnText(4));
        turn.timeStartMs = turns.columnOptionalInt(5);
        turn.timeEndMs = turns.columnOptionalInt(6);
        detail.turns.push_back(std::move(turn));
    }
    return detail;
}

std::optional<std::int64_t> SourceStore::findSourceByHash(const std::string& contentHash)
{
    auto query = project_.db().prepare("SELECT id FROM sources WHERE content_hash = ?1");
    query.bind(1, contentHash);
    if (!query.step())
        return std::nullopt;
    return query.columnInt(0);
}

std::vector<import::Attribute> SourceStore::attributesOf(std::int64_t sourceId)
{
    auto query = project_.db().prepare(
        "SELECT a.name, sa.value, a.type FROM source_attributes sa JOIN attributes a ON a.id = sa.attribute_id "
        "WHERE sa.source_id = ?1 ORDER BY a.id");
    query.bind(1, sourceId);
    std::vector<import::Attribute> result;
    while (query.step())
        result.push_back({query.columnText(0), query.columnText(1), import::attributeTypeFromName(query.columnText(2))});
    return result;
}

std::vector<SpeakerPattern> SourceStore::speakerPatterns()
{
    auto query = project_.db().prepare("SELECT pattern, role FROM speaker_patterns ORDER BY position");
    std::vector<SpeakerPattern> result;
    while (query.step())
        result.push_back({query.columnText(0), import::roleFromName(query.columnText(1))});
    return result;
}

void SourceStore::addSpeakerPattern(const SpeakerPattern& pattern)
{
    if (pattern.role == import::Role::Unknown)
        throw UserError("a speaker pattern's role must be interviewer or participant");
    if (!QRegularExpression(QString::fromStdString(pattern.pattern)).isValid())
        throw UserError("speaker pattern '" + pattern.pattern + "' is not a valid regular expression");
    store::Transaction transaction(project_.db());
    project_.db()
        .prepare("INSERT OR IGNORE INTO speaker_patterns(pattern, role, position) "
                 "VALUES (?1, ?2, (SELECT coalesce(max(position), 0) + 1 FROM speaker_patterns))")
        .bind(1, pattern.pattern)
        .bind(2, import::roleName(pattern.role))
        .run();
    transaction.commit();
}

std::vector<std::string> SourceStore::guardNames()
{
    auto query = project_.db().prepare("SELECT name FROM guard_names ORDER BY name");
    std::vector<std::string> result;
    while (query.step())
        result.push_back(query.columnText(0));
    return result;
}

void SourceStore::addGuardName(const std::string& name)
{
    store::Transaction transaction(project_.db());
    project_.db().prepare("INSERT OR IGNORE INTO guard_names(name) VALUES (?1)").bind(1, name).run();
    transaction.commit();
}

} // namespace hilo
