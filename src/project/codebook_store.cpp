#include "codebook_store.h"

#include "codebook/code_path.h"
#include "text/user_error.h"

#include <QRegularExpression>
#include <QString>

#include <algorithm>
#include <cctype>
#include <functional>
#include <map>

namespace hilo {
namespace {

bool isAllDigits(const std::string& s)
{
    return !s.empty() && std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c) != 0; });
}

std::string checkedColor(const std::string& color)
{
    static const QRegularExpression shape(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    if (!color.empty() && !shape.match(QString::fromStdString(color)).hasMatch())
        throw UserError("colour '" + color + "' is not of the form #rrggbb");
    return QString::fromStdString(color).toLower().toStdString();
}

} // namespace

// --- reading ---------------------------------------------------------------------------

std::vector<CodeRecord> CodebookStore::codes(Counts counts)
{
    const std::string countsTable = counts == Counts::Included
        ? "(SELECT code_id, count(*) AS n, count(DISTINCT source_id) AS s FROM codings GROUP BY code_id)"
        : "(SELECT NULL AS code_id, 0 AS n, 0 AS s)";
    auto query = project_.db().prepare(R"sql(
        SELECT c.id, c.guid, c.parent_id, c.position, c.name, c.label_es, coalesce(c.color, ''), c.definition,
               c.inclusion, c.exclusion, c.example, c.memo, c.codable, coalesce(k.n, 0), coalesce(k.s, 0)
        FROM codes c LEFT JOIN )sql" + countsTable + R"sql( k ON k.code_id = c.id
        ORDER BY c.position, c.id)sql");
    std::map<std::optional<std::int64_t>, std::vector<CodeRecord>> byParent;
    while (query.step()) {
        CodeRecord r;
        r.id = query.columnInt(0);
        r.guid = query.columnText(1);
        r.parentId = query.columnOptionalInt(2);
        r.position = static_cast<int>(query.columnInt(3));
        r.name = query.columnText(4);
        r.labelEs = query.columnText(5);
        r.color = query.columnText(6);
        r.definition = query.columnText(7);
        r.inclusion = query.columnText(8);
        r.exclusion = query.columnText(9);
        r.example = query.columnText(10);
        r.memo = query.columnText(11);
        r.codable = query.columnInt(12) != 0;
        r.codingCount = query.columnInt(13);
        r.sourceCount = query.columnInt(14);
        byParent[r.parentId].push_back(std::move(r));
    }
    std::vector<CodeRecord> ordered;
    const std::function<void(const std::optional<std::int64_t>&, const std::vector<std::string>&, int)> visit =
        [&](const std::optional<std::int64_t>& parent, const std::vector<std::string>& path, int depth) {
            const auto it = byParent.find(parent);
            if (it == byParent.end())
                return;
            for (CodeRecord& record : it->second) {
                std::vector<std::string> own = path;
                own.push_back(record.name);
                record.path = codebook::joinCodePath(own);
                record.depth = depth;
                const std::int64_t id = record.id;
                ordered.push_back(record);
                visit(id, own, depth + 1);
            }
        };
    visit(std::nullopt, {}, 0);
    return ordered;
}

std::optional<CodeRecord> CodebookStore::findById(std::int64_t id)
{
    for (CodeRecord& record : codes(Counts::Omitted))
        if (record.id == id) {
            countCodings(record);
            return record;
        }
    return std::nullopt;
}

CodeRecord CodebookStore::code(const std::string& reference)
{
    CodeRecord found = resolve(reference);
    countCodings(found);
    return found;
}

void CodebookStore::countCodings(CodeRecord& code)
{
    auto count = project_.db().prepare("SELECT count(*), count(DISTINCT source_id) FROM codings WHERE code_id = ?");
    count.bind(1, code.id);
    count.step();
    code.codingCount = count.columnInt(0);
    code.sourceCount = count.columnInt(1);
}

CodeRecord CodebookStore::resolve(const std::string& reference)
{
    const std::vector<CodeRecord> all = codes(Counts::Omitted);
    if (isAllDigits(reference))
        for (const CodeRecord& r : all)
            if (std::to_string(r.id) == reference)
                return r;
    if (codebook::isWellFormedGuid(reference))
        for (const CodeRecord& r : all)
            if (QString::fromStdString(r.guid).compare(QString::fromStdString(reference), Qt::CaseInsensitive) == 0)
                return r;

    // A path, walked from the top with names compared as siblings are compared.
    std::vector<std::string> names;
    try {
        names = codebook::splitCodePath(reference);
    } catch (const UserError&) {
        throw UserError("no code '" + reference + "'");
    }
    std::optional<std::int64_t> parent;
    const CodeRecord* found = nullptr;
    for (const std::string& name : names) {
        found = nullptr;
        for (const CodeRecord& r : all)
            if (r.parentId == parent && codebook::sameCodeName(r.name, name))
                found = &r;
        if (found == nullptr)
            break;
        parent = found->id;
    }
    if (found != nullptr)
        return *found;

    // A name that is unique anywhere in the tree.
    if (names.size() == 1) {
        std::vector<const CodeRecord*> matches;
        for (const CodeRecord& r : all)
            if (codebook::sameCodeName(r.name, names.front()))
                matches.push_back(&r);
        if (matches.size() == 1)
            return *matches.front();
        if (matches.size() > 1) {
            std::string paths;
            for (const CodeRecord* r : matches)
                paths += (paths.empty() ? "" : ", ") + r->path;
            throw UserError("code name '" + reference + "' is ambiguous (" + paths + "); give its path");
        }
    }
    throw UserError("no code '" + reference + "' (see 'hilo codebook PROJECT list')");
}

std::vector<std::int64_t> CodebookStore::subtreeIds(std::int64_t codeId)
{
    auto query = project_.db().prepare(R"sql(
        WITH RECURSIVE subtree(id) AS (SELECT ?1 UNION ALL SELECT c.id FROM codes c JOIN subtree s ON c.parent_id = s.id)
        SELECT id FROM subtree)sql");
    query.bind(1, codeId);
    std::vector<std::int64_t> ids;
    while (query.step())
        ids.push_back(query.columnInt(0));
    return ids;
}

// --- helpers that write without their own transaction -----------------------------------

namespace {

class CodeWriter {
public:
    explicit CodeWriter(store::Database& db) : db_(db) {}

    void checkNameFree(const std::optional<std::int64_t>& parent, const std::string& name, std::int64_t except,
                       const std::string& where)
    {
        auto siblings = db_.prepare("SELECT id, name FROM codes WHERE parent_id IS ?1");
        bindParent(siblings, 1, parent);
        while (siblings.step())
            if (siblings.columnInt(0) != except && codebook::sameCodeName(siblings.columnText(1), name))
                throw UserError("a code named '" + siblings.columnText(1) + "' already exists " + where);
    }

    std::int64_t insert(const std::optional<std::int64_t>& parent, const std::string& name, const CodeFields& fields,
                        const std::string& guid)
    {
        auto statement = db_.prepare(
            "INSERT INTO codes(guid, parent_id, position, name, color, label_es, definition, inclusion, exclusion, "
            "example, memo, codable) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
        statement.bind(1, guid.empty() ? codebook::newGuid() : guid);
        bindParent(statement, 2, parent);
        statement.bind(3, nextPosition(parent)).bind(4, name);
        const std::string color = checkedColor(fields.color.value_or(""));
        if (color.empty())
            statement.bindNull(5);
        else
            statement.bind(5, color);
        statement.bind(6, fields.labelEs.value_or("")).bind(7, fields.definition.value_or(""));
        statement.bind(8, fields.inclusion.value_or("")).bind(9, fields.exclusion.value_or(""));
        statement.bind(10, fields.example.value_or("")).bind(11, fields.memo.value_or(""));
        statement.bind(12, static_cast<std::int64_t>(fields.codable.value_or(true) ? 1 : 0));
        statement.run();
        return db_.lastInsertId();
    }

    void update(std::int64_t id, const CodeFields& fields)
    {
        const auto set = [&](const char* column, const std::optional<std::string>& value) {
            if (value)
                db_.prepare(std::string("UPDATE codes SET ") + column + " = ?1 WHERE id = ?2").bind(1, *value).bind(2, id).run();
        };
        if (fields.color) {
            const std::string color = checkedColor(*fields.color);
            auto statement = db_.prepare("UPDATE codes SET color = ?1 WHERE id = ?2");
            if (color.empty())
                statement.bindNull(1);
            else
                statement.bind(1, color);
            statement.bind(2, id).run();
        }
        set("label_es", fields.labelEs);
        set("definition", fields.definition);
        set("inclusion", fields.inclusion);
        set("exclusion", fields.exclusion);
        set("example", fields.example);
        set("memo", fields.memo);
        if (fields.codable)
            db_.prepare("UPDATE codes SET codable = ?1 WHERE id = ?2")
                .bind(1, static_cast<std::int64_t>(*fields.codable ? 1 : 0))
                .bind(2, id)
                .run();
    }

    // Places `id` under `parent` at `position` (nullopt: last) and renumbers both sibling lists.
    void place(std::int64_t id, const std::optional<std::int64_t>& oldParent, const std::optional<std::int64_t>& parent,
               std::optional<int> position)
    {
        std::vector<std::int64_t> siblings = childrenOf(parent);
        siblings.erase(std::remove(siblings.begin(), siblings.end(), id), siblings.end());
        const auto at = position ? std::min<std::size_t>(static_cast<std::size_t>(std::max(0, *position)), siblings.size())
                                 : siblings.size();
        siblings.insert(siblings.begin() + static_cast<std::ptrdiff_t>(at), id);
        auto reparent = db_.prepare("UPDATE codes SET parent_id = ?1 WHERE id = ?2");
        bindParent(reparent, 1, parent);
        reparent.bind(2, id).run();
        renumber(siblings);
        if (oldParent != parent)
            renumber(childrenOf(oldParent));
    }

    std::vector<std::int64_t> childrenOf(const std::optional<std::int64_t>& parent)
    {
        auto query = db_.prepare("SELECT id FROM codes WHERE parent_id IS ?1 ORDER BY position, id");
        bindParent(query, 1, parent);
        std::vector<std::int64_t> ids;
        while (query.step())
            ids.push_back(query.columnInt(0));
        return ids;
    }

    void renumber(const std::vector<std::int64_t>& ids)
    {
        auto statement = db_.prepare("UPDATE codes SET position = ?1 WHERE id = ?2 AND position IS NOT ?1");
        for (std::size_t i = 0; i < ids.size(); ++i)
            statement.bind(1, static_cast<std::int64_t>(i)).bind(2, ids[i]).run();
    }

private:
    static void bindParent(store::Statement& statement, int index, const std::optional<std::int64_t>& parent)
    {
        if (parent)
            statement.bind(index, *parent);
        else
            statement.bindNull(index);
    }

    std::int64_t nextPosition(const std::optional<std::int64_t>& parent)
    {
        auto query = db_.prepare("SELECT coalesce(max(position) + 1, 0) FROM codes WHERE parent_id IS ?1");
        bindParent(query, 1, parent);
        query.step();
        return query.columnInt(0);
    }

    store::Database& db_;
};

std::string underWhat(const std::optional<std::int64_t>& parent, const std::string& parentPath)
{
    return parent ? "under '" + parentPath + "'" : "at the top level";
}

} // namespace

// --- operations ------------------------------------------------------------------------

std::int64_t CodebookStore::add(const std::string& path, const CodeFields& fields, const std::string& guid)
{
    std::vector<std::string> names = codebook::splitCodePath(path);
    const std::string name = names.back();
    names.pop_back();
    std::optional<std::int64_t> parent;
    std::string parentPath;
    if (!names.empty()) {
        parentPath = codebook::joinCodePath(names);
        parent = code(parentPath).id;
    }
    if (!guid.empty() && !codebook::isWellFormedGuid(guid))
        throw UserError("'" + guid + "' is not a well-formed GUID");
    store::Transaction transaction(project_.db());
    CodeWriter writer(project_.db());
    writer.checkNameFree(parent, name, -1, underWhat(parent, parentPath));
    const std::int64_t id = writer.insert(parent, name, fields, guid);
    transaction.commit();
    return id;
}

void CodebookStore::rename(const std::string& reference, const std::string& newName)
{
    const CodeRecord record = code(reference);
    const std::vector<std::string> names = codebook::splitCodePath(newName);
    if (names.size() != 1)
        throw UserError("a code name cannot contain '/' (write \\/ for a slash inside a name)");
    store::Transaction transaction(project_.db());
    CodeWriter writer(project_.db());
    const std::string parentPath = record.parentId ? findById(*record.parentId)->path : "";
    writer.checkNameFree(record.parentId, names.front(), record.id, underWhat(record.parentId, parentPath));
    project_.db().prepare("UPDATE codes SET name = ?1 WHERE id = ?2").bind(1, names.front()).bind(2, record.id).run();
    transaction.commit();
}

void CodebookStore::update(const std::string& reference, const CodeFields& fields)
{
    const CodeRecord record = code(reference);
    store::Transaction transaction(project_.db());
    CodeWriter(project_.db()).update(record.id, fields);
    transaction.commit();
}

void CodebookStore::move(const std::string& reference, const std::string& newParentReference, std::optional<int> position)
{
    const CodeRecord record = code(reference);
    std::optional<std::int64_t> parent;
    std::string parentPath;
    if (!newParentReference.empty()) {
        const CodeRecord target = code(newParentReference);
        const std::vector<std::int64_t> subtree = subtreeIds(record.id);
        if (std::find(subtree.begin(), subtree.end(), target.id) != subtree.end())
            throw UserError("cannot move '" + record.path + "' into itself or its own sub-codes ('" + target.path + "')");
        parent = target.id;
        parentPath = target.path;
    }
    store::Transaction transaction(project_.db());
    CodeWriter writer(project_.db());
    writer.checkNameFree(parent, record.name, record.id, underWhat(parent, parentPath));
    writer.place(record.id, record.parentId, parent, position);
    transaction.commit();
}

std::int64_t CodebookStore::merge(const std::string& from, const std::string& into)
{
    const CodeRecord source = code(from);
    const CodeRecord target = code(into);
    if (source.id == target.id)
        throw UserError("cannot merge '" + source.path + "' into itself");
    const std::vector<std::int64_t> subtree = subtreeIds(source.id);
    if (std::find(subtree.begin(), subtree.end(), target.id) != subtree.end())
        throw UserError("cannot merge '" + source.path + "' into its own sub-code '" + target.path + "'");

    store::Transaction transaction(project_.db());
    CodeWriter writer(project_.db());
    store::Database& db = project_.db();
    // Children go to the target; a child whose name the target already uses must be merged first.
    for (const std::int64_t child : writer.childrenOf(source.id)) {
        const CodeRecord childRecord = *findById(child);
        writer.checkNameFree(target.id, childRecord.name, child,
                             "under '" + target.path + "' (merge '" + childRecord.path + "' into it first)");
        writer.place(child, source.id, target.id, std::nullopt);
    }
    const std::int64_t codings = db.queryInt("SELECT count(*) FROM codings WHERE code_id = " + std::to_string(source.id));
    // A coding identical to one the target already has (same source, coder and span) is
    // represented by that one; the rest change code.
    db.prepare(R"sql(
        DELETE FROM codings WHERE code_id = ?1 AND EXISTS (
            SELECT 1 FROM codings t WHERE t.code_id = ?2 AND t.source_id = codings.source_id
              AND t.coder_id = codings.coder_id AND t.start = codings.start AND t.end = codings.end))sql")
        .bind(1, source.id)
        .bind(2, target.id)
        .run();
    db.prepare("UPDATE codings SET code_id = ?2 WHERE code_id = ?1").bind(1, source.id).bind(2, target.id).run();
    db.prepare("DELETE FROM memos WHERE code_id = ?1").bind(1, source.id).run();
    // Survey themes linked to the merged code stay linked, now to the code it became.
    db.prepare("INSERT OR IGNORE INTO code_theme_links(code_id, theme_id) SELECT ?2, theme_id FROM code_theme_links "
               "WHERE code_id = ?1")
        .bind(1, source.id)
        .bind(2, target.id)
        .run();
    db.prepare("DELETE FROM codes WHERE id = ?1").bind(1, source.id).run();
    writer.renumber(writer.childrenOf(source.parentId));
    transaction.commit();
    return codings;
}

std::int64_t CodebookStore::remove(const std::string& reference, bool withCodings)
{
    const CodeRecord record = code(reference);
    const std::vector<std::int64_t> subtree = subtreeIds(record.id);
    std::string idList;
    for (const std::int64_t id : subtree)
        idList += (idList.empty() ? "" : ",") + std::to_string(id);
    store::Database& db = project_.db();
    const std::int64_t codings = db.queryInt("SELECT count(*) FROM codings WHERE code_id IN (" + idList + ")");
    if (codings > 0 && !withCodings)
        throw UserError("code '" + record.path + "' and its sub-codes have " + std::to_string(codings) +
                        " codings; delete them together with the code, or merge the code into another instead");
    store::Transaction transaction(db);
    db.execute("DELETE FROM codings WHERE code_id IN (" + idList + ")");
    db.execute("DELETE FROM memos WHERE code_id IN (" + idList + ")");
    // Deepest first: parent_id references codes(id) without cascading.
    for (auto it = subtree.rbegin(); it != subtree.rend(); ++it)
        db.execute("DELETE FROM codes WHERE id = " + std::to_string(*it));
    CodeWriter writer(db);
    writer.renumber(writer.childrenOf(record.parentId));
    transaction.commit();
    return codings;
}

// --- exchange --------------------------------------------------------------------------

namespace {

CodeFields fieldsOf(const codebook::Code& code)
{
    return CodeFields{code.labelEs, code.color,   code.definition, code.inclusion,
                      code.exclusion, code.example, code.memo,      code.codable};
}

bool sameFields(const CodeRecord& record, const codebook::Code& code)
{
    return record.labelEs == code.labelEs && record.color == QString::fromStdString(code.color).toLower().toStdString() &&
           record.definition == code.definition && record.inclusion == code.inclusion &&
           record.exclusion == code.exclusion && record.example == code.example && record.memo == code.memo &&
           record.codable == code.codable;
}

} // namespace

CodebookImportReport CodebookStore::importCodebook(const codebook::Codebook& book)
{
    codebook::validate(book, "the codebook");
    CodebookImportReport report;
    store::Transaction transaction(project_.db());
    CodeWriter writer(project_.db());
    std::map<std::string, std::int64_t> idByGuid; // the codebook's GUIDs -> this project's codes

    for (const codebook::FlatCode& flat : codebook::flatten(book)) {
        const codebook::Code& incoming = *flat.code;
        const std::string path = codebook::joinCodePath(flat.path);
        const std::optional<std::int64_t> parent =
            flat.parentGuid.empty() ? std::nullopt : std::optional<std::int64_t>(idByGuid.at(flat.parentGuid));
        const std::vector<CodeRecord> current = codes(Counts::Omitted);

        const CodeRecord* match = nullptr;
        for (const CodeRecord& r : current)
            if (QString::fromStdString(r.guid).compare(QString::fromStdString(incoming.guid), Qt::CaseInsensitive) == 0)
                match = &r;
        if (match == nullptr)
            for (const CodeRecord& r : current)
                if (r.parentId == parent && codebook::sameCodeName(r.name, incoming.name))
                    match = &r;

        if (match == nullptr) {
            writer.checkNameFree(parent, incoming.name, -1, "at " + path);
            idByGuid[incoming.guid] = writer.insert(parent, incoming.name, fieldsOf(incoming), incoming.guid);
            report.added.push_back(path);
            continue;
        }
        idByGuid[incoming.guid] = match->id;
        const bool moved = match->parentId != parent;
        const bool renamed = match->name != incoming.name;
        if (moved) {
            writer.checkNameFree(parent, incoming.name, match->id, "at " + path);
            writer.place(match->id, match->parentId, parent, flat.position);
        }
        if (renamed)
            project_.db().prepare("UPDATE codes SET name = ?1 WHERE id = ?2").bind(1, incoming.name).bind(2, match->id).run();
        if (!sameFields(*match, incoming))
            writer.update(match->id, fieldsOf(incoming));
        (moved || renamed || !sameFields(*match, incoming) ? report.updated : report.unchanged).push_back(path);
    }
    transaction.commit();
    return report;
}

codebook::Codebook CodebookStore::exportCodebook()
{
    codebook::Codebook book;
    std::map<std::int64_t, codebook::Code*> byId;
    std::vector<CodeRecord> all = codes(Counts::Omitted);
    // Children are appended after their parents (depth-first order); reserve so pointers hold.
    std::map<std::optional<std::int64_t>, std::size_t> childCount;
    for (const CodeRecord& r : all)
        ++childCount[r.parentId];
    book.codes.reserve(childCount[std::nullopt]);
    for (const CodeRecord& r : all) {
        codebook::Code code;
        code.guid = r.guid;
        code.name = r.name;
        code.labelEs = r.labelEs;
        code.color = r.color;
        code.definition = r.definition;
        code.inclusion = r.inclusion;
        code.exclusion = r.exclusion;
        code.example = r.example;
        code.memo = r.memo;
        code.codable = r.codable;
        code.children.reserve(childCount[r.id]);
        std::vector<codebook::Code>& siblings = r.parentId ? byId.at(*r.parentId)->children : book.codes;
        siblings.push_back(std::move(code));
        byId[r.id] = &siblings.back();
    }
    return book;
}

} // namespace hilo
