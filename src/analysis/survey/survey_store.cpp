#include "survey_store.h"

#include "project/codebook_store.h"
#include "text/user_error.h"

#include <QDateTime>

#include <set>

namespace hilo::analysis {
namespace {

std::string now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
}

std::optional<double> optionalDouble(const store::Statement& query, int column)
{
    if (query.columnIsNull(column))
        return std::nullopt;
    return query.columnDouble(column);
}

} // namespace

std::vector<SurveyTheme> SurveyStore::themes()
{
    store::Database& db = project_.db();
    std::vector<SurveyTheme> themes;
    // A project of an older schema opened read-only has no survey tables yet: no themes.
    if (db.queryInt("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'survey_themes'") == 0)
        return themes;
    std::map<std::int64_t, std::size_t> at;
    auto query = db.prepare("SELECT id, name, note FROM survey_themes ORDER BY position, id");
    while (query.step()) {
        at[query.columnInt(0)] = themes.size();
        themes.push_back({query.columnInt(0), query.columnText(1), query.columnText(2), {}, {}, {}});
    }
    auto indicators = db.prepare("SELECT theme_id, label, value, base, subgroup, ci_low, ci_high, source_note "
                                 "FROM survey_indicators ORDER BY theme_id, position, id");
    while (indicators.step())
        themes[at.at(indicators.columnInt(0))].indicators.push_back(
            {indicators.columnText(1), indicators.columnDouble(2), indicators.columnOptionalInt(3), indicators.columnText(4),
             optionalDouble(indicators, 5), optionalDouble(indicators, 6), indicators.columnText(7)});

    std::map<std::int64_t, std::pair<std::size_t, std::string>> codeOrder; // id -> (codebook position, path)
    for (const CodeRecord& code : CodebookStore(project_).codes())
        codeOrder[code.id] = {codeOrder.size(), code.path};
    auto links = db.prepare("SELECT theme_id, code_id FROM code_theme_links");
    while (links.step()) {
        const auto& code = codeOrder.at(links.columnInt(1));
        themes[at.at(links.columnInt(0))].codes.push_back({links.columnInt(1), code.second});
    }
    for (SurveyTheme& theme : themes)
        std::sort(theme.codes.begin(), theme.codes.end(),
                  [&](const LinkedCode& a, const LinkedCode& b) { return codeOrder[a.id].first < codeOrder[b.id].first; });

    auto definitions = db.prepare("SELECT d.theme_id, s.file_name, s.format, s.weight, d.variable, d.condition, "
                                  "d.subgroups, s.row_count FROM survey_theme_definitions d "
                                  "JOIN survey_datasets s ON s.id = d.dataset_id");
    while (definitions.step())
        themes[at.at(definitions.columnInt(0))].definition =
            ThemeDefinition{definitions.columnText(1), definitions.columnText(2), definitions.columnText(3),
                            definitions.columnText(4), definitions.columnText(5), definitions.columnText(6),
                            definitions.columnInt(7)};
    return themes;
}

SurveyTheme SurveyStore::theme(const std::string& reference)
{
    std::vector<SurveyTheme> all = themes();
    for (SurveyTheme& theme : all)
        if (std::to_string(theme.id) == reference)
            return theme;
    auto query = project_.db().prepare("SELECT id FROM survey_themes WHERE name = ? COLLATE NOCASE");
    query.bind(1, reference);
    if (query.step())
        for (SurveyTheme& theme : all)
            if (theme.id == query.columnInt(0))
                return theme;
    std::string known;
    for (const SurveyTheme& theme : all)
        known += (known.empty() ? "" : "; ") + theme.name;
    throw UserError("no survey theme '" + reference + "'" +
                    (known.empty() ? std::string(" (none imported yet: hilo survey PROJECT import FILE)")
                                   : " (themes: " + known + ")"));
}

std::int64_t SurveyStore::upsertTheme(const std::string& name)
{
    store::Database& db = project_.db();
    auto find = db.prepare("SELECT id FROM survey_themes WHERE name = ? COLLATE NOCASE");
    find.bind(1, name);
    if (find.step())
        return find.columnInt(0);
    auto insert = db.prepare("INSERT INTO survey_themes(name, position) "
                             "VALUES (?, (SELECT coalesce(max(position), 0) + 1 FROM survey_themes))");
    insert.bind(1, name).run();
    return db.lastInsertId();
}

void SurveyStore::replaceIndicators(std::int64_t themeId, const std::vector<SurveyIndicator>& indicators)
{
    store::Database& db = project_.db();
    db.prepare("DELETE FROM survey_indicators WHERE theme_id = ?").bind(1, themeId).run();
    auto insert = db.prepare("INSERT INTO survey_indicators(theme_id, label, value, base, subgroup, ci_low, ci_high, "
                             "source_note, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    int position = 0;
    for (const SurveyIndicator& i : indicators)
        insert.bind(1, themeId)
            .bind(2, i.label)
            .bind(3, i.value)
            .bind(4, i.base)
            .bind(5, i.subgroup)
            .bind(6, i.ciLow)
            .bind(7, i.ciHigh)
            .bind(8, i.sourceNote)
            .bind(9, ++position)
            .run();
}

std::size_t SurveyStore::importFigures(const std::vector<ThemeFigures>& themes)
{
    // Resolve every code before writing anything: an unknown code is a UserError, nothing stored.
    CodebookStore codebook(project_);
    std::vector<std::vector<std::int64_t>> codeIds;
    for (const ThemeFigures& theme : themes) {
        std::vector<std::int64_t> ids;
        for (const std::string& reference : theme.codes)
            ids.push_back(codebook.code(reference).id);
        codeIds.push_back(ids);
    }
    store::Database& db = project_.db();
    store::Transaction transaction(db);
    std::size_t stored = 0;
    auto link = db.prepare("INSERT OR IGNORE INTO code_theme_links(code_id, theme_id) VALUES (?, ?)");
    for (std::size_t t = 0; t < themes.size(); ++t) {
        const std::int64_t themeId = upsertTheme(themes[t].theme);
        replaceIndicators(themeId, themes[t].indicators);
        stored += themes[t].indicators.size();
        for (std::int64_t codeId : codeIds[t])
            link.bind(1, codeId).bind(2, themeId).run();
    }
    transaction.commit();
    return stored;
}

void SurveyStore::importComputed(const ThemeFigures& figures, const DatasetRecord& dataset, const ThemeDefinition& definition)
{
    CodebookStore codebook(project_);
    std::vector<std::int64_t> codeIds;
    for (const std::string& reference : figures.codes)
        codeIds.push_back(codebook.code(reference).id);
    store::Database& db = project_.db();
    store::Transaction transaction(db);
    db.prepare("INSERT INTO survey_datasets(file_name, format, weight, row_count, imported_at) VALUES (?, ?, ?, ?, ?)")
        .bind(1, dataset.fileName)
        .bind(2, dataset.format)
        .bind(3, dataset.weight)
        .bind(4, dataset.rows)
        .bind(5, now())
        .run();
    const std::int64_t datasetId = db.lastInsertId();
    auto label = db.prepare("INSERT INTO survey_value_labels(dataset_id, variable, value, label) VALUES (?, ?, ?, ?)");
    for (const auto& [variable, labels] : dataset.valueLabels)
        for (const auto& [value, text] : labels)
            label.bind(1, datasetId).bind(2, variable).bind(3, value).bind(4, text).run();
    const std::int64_t themeId = upsertTheme(figures.theme);
    replaceIndicators(themeId, figures.indicators);
    db.prepare("INSERT OR REPLACE INTO survey_theme_definitions(theme_id, dataset_id, variable, condition, subgroups) "
               "VALUES (?, ?, ?, ?, ?)")
        .bind(1, themeId)
        .bind(2, datasetId)
        .bind(3, definition.variable)
        .bind(4, definition.condition)
        .bind(5, definition.subgroups)
        .run();
    auto link = db.prepare("INSERT OR IGNORE INTO code_theme_links(code_id, theme_id) VALUES (?, ?)");
    for (std::int64_t codeId : codeIds)
        link.bind(1, codeId).bind(2, themeId).run();
    // Datasets no theme is defined on any more (replaced by a re-import) are dropped.
    db.execute("DELETE FROM survey_datasets WHERE id NOT IN (SELECT dataset_id FROM survey_theme_definitions)");
    transaction.commit();
}

bool SurveyStore::link(const std::string& codeReference, const std::string& themeReference)
{
    const std::int64_t codeId = CodebookStore(project_).code(codeReference).id;
    const std::int64_t themeId = theme(themeReference).id;
    store::Database& db = project_.db();
    store::Transaction transaction(db);
    db.prepare("INSERT OR IGNORE INTO code_theme_links(code_id, theme_id) VALUES (?, ?)").bind(1, codeId).bind(2, themeId).run();
    const bool added = db.changes() > 0;
    transaction.commit();
    return added;
}

bool SurveyStore::unlink(const std::string& codeReference, const std::string& themeReference)
{
    const std::int64_t codeId = CodebookStore(project_).code(codeReference).id;
    const std::int64_t themeId = theme(themeReference).id;
    store::Database& db = project_.db();
    store::Transaction transaction(db);
    db.prepare("DELETE FROM code_theme_links WHERE code_id = ? AND theme_id = ?").bind(1, codeId).bind(2, themeId).run();
    const bool removed = db.changes() > 0;
    transaction.commit();
    return removed;
}

void SurveyStore::setNote(const std::string& themeReference, const std::string& note)
{
    const std::int64_t themeId = theme(themeReference).id;
    store::Database& db = project_.db();
    store::Transaction transaction(db);
    db.prepare("UPDATE survey_themes SET note = ? WHERE id = ?").bind(1, note).bind(2, themeId).run();
    transaction.commit();
}

void SurveyStore::removeTheme(const std::string& themeReference)
{
    const std::int64_t themeId = theme(themeReference).id;
    store::Database& db = project_.db();
    store::Transaction transaction(db);
    db.prepare("DELETE FROM survey_themes WHERE id = ?").bind(1, themeId).run();
    db.execute("DELETE FROM survey_datasets WHERE id NOT IN (SELECT dataset_id FROM survey_theme_definitions)");
    transaction.commit();
}

std::map<std::string, std::string> SurveyStore::valueLabels(const std::string& fileName, const std::string& variable)
{
    std::map<std::string, std::string> labels;
    auto query = project_.db().prepare("SELECT l.value, l.label FROM survey_value_labels l JOIN survey_datasets s "
                                       "ON s.id = l.dataset_id WHERE s.file_name = ? AND l.variable = ?");
    query.bind(1, fileName).bind(2, variable);
    while (query.step())
        labels[query.columnText(0)] = query.columnText(1);
    return labels;
}

} // namespace hilo::analysis
