// Survey themes and the joint display on the command line: `hilo survey`, `hilo joint`.
#include "command.h"
#include "json_output.h"
#include "report_output.h"

#include "analysis/report/joint_display_export.h"
#include "analysis/report/table_text.h"
#include "analysis/survey/indicator_table.h"
#include "analysis/survey/joint_display.h"
#include "analysis/survey/microdata.h"
#include "analysis/survey/microdata_theme.h"
#include "analysis/survey/survey_store.h"
#include "import/file_bytes.h"
#include "project/project.h"
#include "text/user_error.h"

#include <QJsonArray>

#include <iostream>

namespace hilo::cli {
namespace {

using analysis::SurveyStore;
using analysis::SurveyTheme;

std::vector<std::string> splitList(const std::optional<std::string>& value, char separator)
{
    std::vector<std::string> items;
    if (!value)
        return items;
    std::size_t start = 0;
    while (start <= value->size()) {
        const std::size_t end = std::min(value->find(separator, start), value->size());
        std::string item = value->substr(start, end - start);
        const auto first = item.find_first_not_of(' ');
        if (first != std::string::npos)
            items.push_back(item.substr(first, item.find_last_not_of(' ') - first + 1));
        start = end + 1;
    }
    return items;
}

QJsonObject themeToJson(const SurveyTheme& theme)
{
    QJsonArray indicators;
    for (const analysis::SurveyIndicator& i : theme.indicators) {
        QJsonObject object{{QStringLiteral("indicator"), qs(i.label)},
                           {QStringLiteral("value"), i.value},
                           {QStringLiteral("subgroup"), qs(i.subgroup)},
                           {QStringLiteral("source_note"), qs(i.sourceNote)}};
        if (i.base)
            object.insert(QStringLiteral("base"), static_cast<qint64>(*i.base));
        if (i.ciLow) {
            object.insert(QStringLiteral("ci_low"), *i.ciLow);
            object.insert(QStringLiteral("ci_high"), *i.ciHigh);
        }
        indicators.append(object);
    }
    QJsonArray codes;
    for (const analysis::LinkedCode& code : theme.codes)
        codes.append(qs(code.path));
    QJsonObject object{{QStringLiteral("theme"), qs(theme.name)},
                       {QStringLiteral("note"), qs(theme.note)},
                       {QStringLiteral("indicators"), indicators},
                       {QStringLiteral("codes"), codes}};
    if (theme.definition)
        object.insert(QStringLiteral("definition"),
                      QJsonObject{{QStringLiteral("file"), qs(theme.definition->fileName)},
                                  {QStringLiteral("format"), qs(theme.definition->format)},
                                  {QStringLiteral("weight"), qs(theme.definition->weight)},
                                  {QStringLiteral("condition"), qs(theme.definition->condition)},
                                  {QStringLiteral("subgroups"), qs(theme.definition->subgroups)}});
    return object;
}

void printThemes(const std::vector<SurveyTheme>& themes)
{
    for (const SurveyTheme& theme : themes) {
        std::cout << theme.name << "\n";
        for (const analysis::SurveyIndicator& i : theme.indicators)
            std::cout << "  " << i.label << (i.subgroup.empty() ? "" : " [" + i.subgroup + "]") << ": "
                      << analysis::indicatorText(i) << "\n";
        for (const analysis::LinkedCode& code : theme.codes)
            std::cout << "  code: " << code.path << "\n";
        if (!theme.note.empty())
            std::cout << "  note: " << theme.note << "\n";
    }
}

int importSurvey(Project& project, const Arguments& args)
{
    const std::filesystem::path file = args.positional(2, "FILE");
    const std::string extension = import::lowerExtension(file);
    const bool microdata = args.value("where") || extension == "sav" || extension == "zsav" || extension == "dta";
    SurveyStore store(project);
    if (!microdata) {
        for (const char* option : {"weight", "theme", "by"})
            if (args.value(option))
                throw UsageError(std::string("--") + option + " is for microdata: give the theme's condition with --where");
        const std::vector<analysis::ThemeFigures> themes =
            analysis::parseIndicatorTable(import::readFileBytes(file), file.filename().string());
        if (const auto codes = args.value("codes"))
            throw UsageError("--codes is for microdata; an indicator table links codes in its codes column");
        const std::size_t stored = store.importFigures(themes);
        std::cout << "imported " << stored << " indicators in " << themes.size() << " themes from " << file.filename().string() << "\n";
        return 0;
    }
    analysis::MicrodataThemeRequest request;
    request.theme = args.value("theme").value_or("");
    request.condition = args.value("where").value_or("");
    if (request.theme.empty() || request.condition.empty())
        throw UsageError("microdata needs --theme NAME and --where \"VARIABLE OP VALUE\" (e.g. --where \"told_anyone = 0\")");
    request.weight = args.value("weight").value_or("");
    request.subgroups = splitList(args.value("by"), ',');
    request.codes = splitList(args.value("codes"), ';');
    const analysis::Microdata data = analysis::readMicrodata(file);
    const analysis::ComputedTheme computed = analysis::computeMicrodataTheme(data, request);
    store.importComputed(computed.figures, computed.dataset, computed.definition);
    if (args.has("json")) {
        printJson(themeToJson(store.theme(request.theme)));
        return 0;
    }
    std::cout << "computed '" << request.theme << "' from " << data.fileName << " (" << data.rows << " rows)\n";
    printThemes({store.theme(request.theme)});
    return 0;
}

int survey(const Arguments& args)
{
    const std::string folder = args.positional(0, "PROJECT");
    const std::string action = args.positionals().size() > 1 ? args.positionals()[1] : "list";
    if (action == "list") {
        Project project = Project::open(folder, Project::Access::ReadOnly);
        const std::vector<SurveyTheme> themes = SurveyStore(project).themes();
        if (args.has("json")) {
            QJsonArray array;
            for (const SurveyTheme& theme : themes)
                array.append(themeToJson(theme));
            printJson(array);
        } else {
            printThemes(themes);
        }
        return 0;
    }
    Project project = Project::open(folder);
    SurveyStore store(project);
    if (action == "import")
        return importSurvey(project, args);
    if (action == "link" || action == "unlink") {
        const std::string code = args.positional(2, "CODE");
        const std::string theme = args.positional(3, "THEME");
        const bool changed = action == "link" ? store.link(code, theme) : store.unlink(code, theme);
        std::cout << (action == "link" ? (changed ? "linked " : "already linked: ") : (changed ? "unlinked " : "was not linked: "))
                  << code << " - " << store.theme(theme).name << "\n";
        return 0;
    }
    if (action == "note") {
        const std::string theme = args.positional(2, "THEME");
        store.setNote(theme, args.positional(3, "TEXT"));
        std::cout << "note saved for " << store.theme(theme).name << "\n";
        return 0;
    }
    if (action == "remove") {
        const std::string name = store.theme(args.positional(2, "THEME")).name;
        store.removeTheme(name);
        std::cout << "removed theme " << name << "\n";
        return 0;
    }
    throw UsageError("unknown action '" + action + "' (use list, import, link, unlink, note or remove)");
}

int joint(const Arguments& args)
{
    const std::string folder = args.positional(0, "PROJECT");
    const std::string format = args.value("format").value_or(args.has("json") ? "json" : "md");
    if (format != "md" && format != "html" && format != "odt" && format != "csv" && format != "json")
        throw UsageError("--format takes md, html, odt or csv, not '" + format + "'");
    const std::optional<std::string> output = args.value("output");
    if (format == "odt" && !output)
        throw UsageError("--format odt needs --output FILE.odt");
    Project project = Project::open(folder, Project::Access::ReadOnly);
    const analysis::JointDisplay display = analysis::buildJointDisplay(project);
    const std::string title = "Joint display: " + project.folder().filename().string();
    if (format == "json") {
        QJsonArray themes;
        for (const analysis::JointTheme& joint : display.themes) {
            QJsonObject object = themeToJson(joint.theme);
            QJsonArray groups;
            for (const analysis::JointGroupCount& group : joint.groups)
                groups.append(QJsonObject{{QStringLiteral("group"), qs(group.group)},
                                          {QStringLiteral("excerpts"), static_cast<qint64>(group.excerpts)},
                                          {QStringLiteral("participants"), static_cast<qint64>(group.participants)},
                                          {QStringLiteral("sources"), static_cast<qint64>(group.sources)}});
            QJsonArray quotes;
            for (const analysis::JointQuote& quote : joint.quotes)
                quotes.append(QJsonObject{{QStringLiteral("participant"), qs(quote.participant)},
                                          {QStringLiteral("source"), qs(quote.sourceName)},
                                          {QStringLiteral("group"), qs(quote.group)},
                                          {QStringLiteral("code"), qs(quote.codePath)},
                                          {QStringLiteral("start"), static_cast<qint64>(quote.start)},
                                          {QStringLiteral("end"), static_cast<qint64>(quote.end)},
                                          {QStringLiteral("text"), qs(quote.text)}});
            object.insert(QStringLiteral("groups"), groups);
            object.insert(QStringLiteral("quotes"), quotes);
            themes.append(object);
        }
        printJson(themes);
        return 0;
    }
    std::string document;
    if (format == "md")
        document = analysis::jointDisplayToMarkdown(display, title);
    else if (format == "csv")
        document = analysis::jointDisplayToCsv(display);
    else
        document = analysis::jointDisplayToHtml(display, title);
    emitReport(document, format, output);
    return 0;
}

} // namespace

std::vector<Command> surveyCommands()
{
    return {
        {"survey",
         "PROJECT list | import FILE [--theme NAME --where \"VAR OP VALUE\" [--weight COL] [--by VAR,..] [--codes "
         "\"CODE;..\"]] | link CODE THEME | unlink CODE THEME | note THEME TEXT | remove THEME [--json]",
         "survey themes: import an indicator table (CSV) or compute a theme from microdata (CSV, SPSS .sav, Stata .dta) "
         "with weights and 95% CIs; link codes to themes",
         {{"theme", "where", "weight", "by", "codes"}, {"json"}},
         survey},
        {"joint", "PROJECT [--format md|html|odt|csv] [--output FILE] [--json]",
         "joint display: per survey theme, its figures beside the linked codes' excerpts per group, quotes and a note",
         {{"format", "output"}, {"json"}},
         joint},
    };
}

} // namespace hilo::cli
