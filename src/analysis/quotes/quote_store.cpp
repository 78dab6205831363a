#include "quote_store.h"

#include "codebook/codebook.h"
#include "project/codebook_store.h"
#include "project/row_stamps.h"
#include "project/source_store.h"
#include "text/unicode_text.h"
#include "text/user_error.h"

#include <algorithm>
#include <map>
#include <set>
#include <sstream>

namespace hilo::quotes {
namespace {

const char* const kTemplateKey = "quote_template";

std::vector<std::string> splitLines(const std::string& text)
{
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        if (!line.empty())
            lines.push_back(line);
    return lines;
}

std::string joinLines(const std::vector<std::string>& lines)
{
    std::string out;
    for (const std::string& line : lines)
        out += (out.empty() ? "" : "\n") + line;
    return out;
}

struct SourceText {
    std::string name;
    std::string language;
    std::string text;
    std::int64_t length = 0;
};

SourceText sourceText(store::Database& db, std::int64_t sourceId)
{
    auto row = db.prepare("SELECT name, language, text, length FROM sources WHERE id = ?1");
    row.bind(1, sourceId);
    if (!row.step())
        throw UserError("no source with id " + std::to_string(sourceId));
    return {row.columnText(0), row.columnText(1), row.columnText(2), row.columnInt(3)};
}

} // namespace

std::optional<Bounds> QuoteStore::turnWords(std::int64_t sourceId, std::int64_t start)
{
    // The turn holding `start`, or the next one when `start` lies between turns.
    auto turn = project_.db().prepare(
        "SELECT speech_start, end FROM turns WHERE source_id = ?1 AND ?2 < end ORDER BY start LIMIT 1");
    turn.bind(1, sourceId).bind(2, start);
    if (turn.step() && turn.columnInt(1) > turn.columnInt(0))
        return Bounds{turn.columnInt(0), turn.columnInt(1)};
    return std::nullopt;
}

std::int64_t QuoteStore::add(const NewQuote& quote)
{
    store::Database& db = project_.db();
    const SourceText source = sourceText(db, quote.sourceId);
    if (quote.start < 0 || quote.end <= quote.start || quote.end > source.length)
        throw UserError("span " + std::to_string(quote.start) + ":" + std::to_string(quote.end) + " is not within " +
                        source.name + ", which has " + std::to_string(source.length) +
                        " characters (spans are START:END in code points, END after START)");
    QuoteSpan span{quote.start, quote.end, quote.edits};
    validateEdits(span);
    // A quote is one speaker's words: it begins after the turn's label and ends with the turn.
    const std::optional<Bounds> words = turnWords(quote.sourceId, quote.start);
    const QuoteSpan trimmed = trimQuote(source.text, source.language, span, quote.trim, words);

    std::vector<std::string> codes;
    std::optional<std::int64_t> coderId = quote.coderId;
    if (quote.codingId) {
        auto coding = db.prepare("SELECT code_id, coder_id FROM codings WHERE id = ?1 AND source_id = ?2");
        coding.bind(1, *quote.codingId).bind(2, quote.sourceId);
        if (!coding.step())
            throw UserError("no coding " + std::to_string(*quote.codingId) + " in " + source.name);
        if (const auto code = CodebookStore(project_).findById(coding.columnInt(0)))
            codes.push_back(code->path);
        if (!coderId)
            coderId = coding.columnInt(1);
    }
    {
        std::map<std::int64_t, std::string> paths;
        for (const CodeRecord& code : CodebookStore(project_).codes(CodebookStore::Counts::Omitted))
            paths[code.id] = code.path;
        auto overlapping = db.prepare("SELECT DISTINCT code_id FROM codings WHERE source_id = ?1 AND start < ?2 AND ?3 < end "
                                      "ORDER BY code_id");
        overlapping.bind(1, quote.sourceId).bind(2, trimmed.end).bind(3, trimmed.start);
        while (overlapping.step()) {
            const std::string& path = paths[overlapping.columnInt(0)];
            if (std::find(codes.begin(), codes.end(), path) == codes.end())
                codes.push_back(path);
        }
    }
    if (coderId && db.queryInt("SELECT count(*) FROM coders WHERE id = " + std::to_string(*coderId)) == 0)
        throw UserError("no coder with id " + std::to_string(*coderId));

    store::Transaction transaction(db);
    const std::int64_t position = db.queryInt("SELECT coalesce(max(position), 0) + 1 FROM quotes");
    auto insert = db.prepare("INSERT INTO quotes(guid, source_id, start, end, edits, coding_id, codes, coder_id, note, "
                             "position, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    insert.bind(1, codebook::newGuid()).bind(2, quote.sourceId).bind(3, trimmed.start).bind(4, trimmed.end);
    insert.bind(5, editsToJson(trimmed.edits)).bind(6, quote.codingId).bind(7, joinLines(codes)).bind(8, coderId);
    insert.bind(9, text::toNfc(quote.note)).bind(10, position).bind(11, timestampNow());
    insert.run();
    const std::int64_t id = db.lastInsertId();
    transaction.commit();
    return id;
}

std::int64_t QuoteStore::addFromCoding(std::int64_t codingId, const TrimOptions& trim, const std::string& note)
{
    auto coding = project_.db().prepare("SELECT source_id, start, end FROM codings WHERE id = ?1");
    coding.bind(1, codingId);
    if (!coding.step())
        throw UserError("no coding with id " + std::to_string(codingId));
    NewQuote quote;
    quote.sourceId = coding.columnInt(0);
    quote.start = coding.columnInt(1);
    quote.end = coding.columnInt(2);
    quote.codingId = codingId;
    quote.note = note;
    quote.trim = trim;
    return add(quote);
}

std::vector<QuoteRecord> QuoteStore::list(QuoteMarks marks)
{
    store::Database& db = project_.db();
    auto query = db.prepare(R"sql(
        SELECT q.id, q.guid, q.position, q.source_id, s.name, g.tag, coalesce(nullif(s.participant, ''), s.name),
               s.language, q.start, q.end, q.edits, q.coding_id, q.codes, coalesce(c.name, ''), q.note, q.created_at,
               s.text
        FROM quotes q
        JOIN sources s ON s.id = q.source_id
        JOIN groups g ON g.id = s.group_id
        LEFT JOIN coders c ON c.id = q.coder_id
        ORDER BY q.position, q.id)sql");
    std::vector<QuoteRecord> result;
    std::map<std::int64_t, std::vector<import::Attribute>> attributes;
    while (query.step()) {
        QuoteRecord r;
        r.id = query.columnInt(0);
        r.guid = query.columnText(1);
        r.position = static_cast<int>(query.columnInt(2));
        r.sourceId = query.columnInt(3);
        r.sourceName = query.columnText(4);
        r.groupTag = query.columnText(5);
        r.participant = query.columnText(6);
        r.language = query.columnText(7);
        r.span = {query.columnInt(8), query.columnInt(9), editsFromJson(query.columnText(10))};
        r.codingId = query.columnOptionalInt(11);
        r.codes = splitLines(query.columnText(12));
        r.coderName = query.columnText(13);
        r.note = query.columnText(14);
        r.createdAt = query.columnText(15);
        r.text = renderQuote(query.columnText(16), r.span, marks).text;
        auto turn = db.prepare("SELECT speaker, role FROM turns WHERE source_id = ?1 AND start <= ?2 AND ?2 < end "
                               "ORDER BY start LIMIT 1");
        turn.bind(1, r.sourceId).bind(2, r.span.start);
        if (turn.step()) {
            r.speaker = turn.columnText(0);
            r.role = turn.columnText(1);
        }
        auto found = attributes.find(r.sourceId);
        if (found == attributes.end())
            found = attributes.emplace(r.sourceId, SourceStore(project_).source(std::to_string(r.sourceId)).attributes).first;
        r.attributes = found->second;
        result.push_back(std::move(r));
    }
    return result;
}

QuoteRecord QuoteStore::quote(std::int64_t id, QuoteMarks marks)
{
    for (QuoteRecord& r : list(marks))
        if (r.id == id)
            return r;
    throw UserError("no quote with id " + std::to_string(id) + " in the basket");
}

std::int64_t QuoteStore::count()
{
    return project_.db().queryInt("SELECT count(*) FROM quotes");
}

void QuoteStore::renumber()
{
    // Positions stay 1..n so that "move to 3" means the third quote a report shows.
    std::vector<std::int64_t> ids;
    {
        auto query = project_.db().prepare("SELECT id FROM quotes ORDER BY position, id");
        while (query.step())
            ids.push_back(query.columnInt(0));
    }
    auto update = project_.db().prepare("UPDATE quotes SET position = ?1 WHERE id = ?2 AND position != ?1");
    for (std::size_t i = 0; i < ids.size(); ++i)
        update.bind(1, static_cast<std::int64_t>(i + 1)).bind(2, ids[i]).run();
}

void QuoteStore::remove(std::int64_t id)
{
    store::Transaction transaction(project_.db());
    project_.db().prepare("DELETE FROM quotes WHERE id = ?1").bind(1, id).run();
    if (project_.db().changes() == 0)
        throw UserError("no quote with id " + std::to_string(id) + " in the basket");
    renumber();
    transaction.commit();
}

void QuoteStore::move(std::int64_t id, int position)
{
    store::Database& db = project_.db();
    store::Transaction transaction(db);
    auto current = db.prepare("SELECT position FROM quotes WHERE id = ?1");
    current.bind(1, id);
    if (!current.step())
        throw UserError("no quote with id " + std::to_string(id) + " in the basket");
    const std::int64_t from = current.columnInt(0);
    const std::int64_t to = std::clamp<std::int64_t>(position, 1, db.queryInt("SELECT count(*) FROM quotes"));
    if (from == to)
        return;
    if (to < from)
        db.prepare("UPDATE quotes SET position = position + 1 WHERE position >= ?1 AND position < ?2")
            .bind(1, to).bind(2, from).run();
    else
        db.prepare("UPDATE quotes SET position = position - 1 WHERE position > ?1 AND position <= ?2")
            .bind(1, from).bind(2, to).run();
    db.prepare("UPDATE quotes SET position = ?1 WHERE id = ?2").bind(1, to).bind(2, id).run();
    transaction.commit();
}

void QuoteStore::setNote(std::int64_t id, const std::string& note)
{
    store::Transaction transaction(project_.db());
    project_.db().prepare("UPDATE quotes SET note = ?1 WHERE id = ?2").bind(1, text::toNfc(note)).bind(2, id).run();
    if (project_.db().changes() == 0)
        throw UserError("no quote with id " + std::to_string(id) + " in the basket");
    transaction.commit();
}

void QuoteStore::retrim(std::int64_t id, const TrimOptions& trim)
{
    const QuoteRecord record = quote(id);
    const SourceText source = sourceText(project_.db(), record.sourceId);
    const std::optional<Bounds> words = turnWords(record.sourceId, record.span.start);
    const QuoteSpan trimmed = trimQuote(source.text, source.language, record.span, trim, words);
    store::Transaction transaction(project_.db());
    project_.db()
        .prepare("UPDATE quotes SET start = ?1, end = ?2, edits = ?3 WHERE id = ?4")
        .bind(1, trimmed.start).bind(2, trimmed.end).bind(3, editsToJson(trimmed.edits)).bind(4, id)
        .run();
    transaction.commit();
}

void QuoteStore::setEdits(std::int64_t id, std::vector<QuoteEdit> edits)
{
    QuoteRecord record = quote(id);
    record.span.edits = std::move(edits);
    for (QuoteEdit& edit : record.span.edits)
        edit.text = text::toNfc(edit.text);
    validateEdits(record.span);
    store::Transaction transaction(project_.db());
    project_.db().prepare("UPDATE quotes SET edits = ?1 WHERE id = ?2").bind(1, editsToJson(record.span.edits)).bind(2, id).run();
    transaction.commit();
}

std::string QuoteStore::attributionTemplate()
{
    auto row = project_.db().prepare("SELECT value FROM meta WHERE key = ?1");
    row.bind(1, kTemplateKey);
    return row.step() ? row.columnText(0) : std::string(kDefaultTemplate);
}

void QuoteStore::setAttributionTemplate(const std::string& templateText)
{
    const std::string normalized = text::toNfc(templateText);
    validateTemplate(normalized);
    store::Transaction transaction(project_.db());
    project_.db()
        .prepare("INSERT INTO meta(key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value")
        .bind(1, kTemplateKey).bind(2, normalized)
        .run();
    transaction.commit();
}

AttributionFields QuoteStore::fields(const QuoteRecord& quote)
{
    AttributionFields fields;
    auto names = project_.db().prepare("SELECT name FROM attributes");
    while (names.step())
        fields[fieldName(names.columnText(0))] = "";
    for (const import::Attribute& attribute : quote.attributes)
        fields[fieldName(attribute.name)] = attribute.value;
    fields["TEXT"] = quote.text;
    fields["GROUP"] = quote.groupTag;
    fields["PARTICIPANT"] = quote.participant;
    fields["SPEAKER"] = quote.speaker;
    fields["SOURCE"] = quote.sourceName;
    fields["NOTE"] = quote.note;
    std::string codes;
    for (const std::string& code : quote.codes)
        codes += (codes.empty() ? "" : "; ") + code;
    fields["CODES"] = codes;
    if (!fields.count("ROLE"))
        fields["ROLE"] = quote.role;
    return fields;
}

std::string QuoteStore::attributed(const QuoteRecord& quote, const std::string& templateText, QuoteMarks marks)
{
    const std::string shape = marks == QuoteMarks::Straight ? normalizeQuotationMarks(templateText, marks) : templateText;
    return attribute(shape, fields(quote));
}

} // namespace hilo::quotes
