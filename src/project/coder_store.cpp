#include "coder_store.h"

#include "codebook/codebook.h"
#include "text/user_error.h"

#include <QString>

namespace hilo {

std::vector<CoderRecord> CoderStore::coders()
{
    auto query = project_.db().prepare(
        "SELECT c.id, c.guid, c.name, (SELECT count(*) FROM codings g WHERE g.coder_id = c.id) "
        "FROM coders c ORDER BY c.name COLLATE NOCASE");
    std::vector<CoderRecord> result;
    while (query.step())
        result.push_back({query.columnInt(0), query.columnText(1), query.columnText(2), query.columnInt(3)});
    return result;
}

std::optional<CoderRecord> CoderStore::find(const std::string& name)
{
    // Without coders()'s counts, which read every coding: a lookup needs only the names.
    auto query = project_.db().prepare("SELECT id, guid, name FROM coders");
    while (query.step())
        if (QString::fromStdString(query.columnText(2)).compare(QString::fromStdString(name), Qt::CaseInsensitive) == 0)
            return CoderRecord{query.columnInt(0), query.columnText(1), query.columnText(2), 0};
    return std::nullopt;
}

CoderRecord CoderStore::require(const std::string& name)
{
    if (std::optional<CoderRecord> coder = find(name))
        return *coder;
    std::string known;
    for (const CoderRecord& coder : coders())
        known += (known.empty() ? "" : ", ") + coder.name;
    throw UserError("no coder named '" + name + "' (" + (known.empty() ? "none yet" : "known: " + known) +
                    "; add one with 'hilo coders PROJECT add NAME')");
}

std::int64_t CoderStore::add(const std::string& name)
{
    const auto first = name.find_first_not_of(" \t");
    if (first == std::string::npos)
        throw UserError("a coder needs a name");
    const std::string trimmed = name.substr(first, name.find_last_not_of(" \t") - first + 1);
    if (find(trimmed))
        throw UserError("coder '" + trimmed + "' already exists");
    store::Transaction transaction(project_.db());
    project_.db()
        .prepare("INSERT INTO coders(guid, name) VALUES (?1, ?2)")
        .bind(1, codebook::newGuid())
        .bind(2, trimmed)
        .run();
    const std::int64_t id = project_.db().lastInsertId();
    transaction.commit();
    return id;
}

} // namespace hilo
