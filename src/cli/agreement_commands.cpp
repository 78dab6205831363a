// Verbs for inter-coder agreement: agreement (over a project's codings, or over a ratings CSV)
// and disagreements (where coders differ, for the team's discussion).
#include "command.h"
#include "json_output.h"
#include "text_table.h"

#include "analysis/agreement/disagreement_export.h"
#include "analysis/agreement/project_agreement.h"
#include "analysis/agreement/project_disagreements.h"
#include "analysis/agreement/ratings_report.h"
#include "import/file_bytes.h"
#include "text/csv_writer.h"
#include "text/user_error.h"

#include <QJsonArray>

#include <cmath>
#include <cstdio>
#include <iostream>
#include <map>

namespace hilo::cli {
namespace {

using analysis::AgreementResult;

std::vector<std::string> splitList(const std::string& text)
{
    std::vector<std::string> out;
    std::string item;
    for (const char c : text + ",") {
        if (c != ',') {
            item.push_back(c);
            continue;
        }
        const auto first = item.find_first_not_of(' ');
        if (first != std::string::npos)
            out.push_back(item.substr(first, item.find_last_not_of(' ') - first + 1));
        item.clear();
    }
    return out;
}

std::uint64_t parseCount(const Arguments& args, const std::string& name, std::uint64_t fallback)
{
    const auto text = args.value(name);
    if (!text)
        return fallback;
    std::size_t used = 0;
    unsigned long long value = 0;
    try {
        value = std::stoull(*text, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used != text->size() || text->empty() || (*text)[0] == '-')
        throw UsageError("--" + name + " must be a whole number, not '" + *text + "'");
    return value;
}

QJsonValue number(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

// {"value": 0.81, "observed": ..., "expected": ...} or {"value": null, "undefined": "why"}.
QJsonObject resultToJson(const AgreementResult& r)
{
    QJsonObject object{{QStringLiteral("value"), number(r.value)}};
    if (!r.defined())
        object.insert(QStringLiteral("undefined"), qs(r.undefinedReason));
    if (r.observed)
        object.insert(QStringLiteral("observed"), *r.observed);
    if (r.expected)
        object.insert(QStringLiteral("expected"), *r.expected);
    return object;
}

std::string formatValue(const AgreementResult& r)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.3f", *r.value);
    return buffer;
}

std::string formatUnits(double units)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.0f", units);
    return buffer;
}

// Plain-text tables: undefined cells show "n/a" with a note number; the notes follow.
class Notes {
public:
    std::string cell(const AgreementResult& r)
    {
        if (r.defined())
            return formatValue(r);
        auto [it, inserted] = numbers_.emplace(r.undefinedReason, numbers_.size() + 1);
        if (inserted)
            order_.push_back(r.undefinedReason);
        return "n/a[" + std::to_string(it->second) + "]";
    }
    void print() const
    {
        for (std::size_t i = 0; i < order_.size(); ++i)
            std::cout << "[" << i + 1 << "] " << order_[i] << "\n";
    }

private:
    std::map<std::string, std::size_t> numbers_;
    std::vector<std::string> order_;
};

struct NamedResult {
    const char* key;
    const AgreementResult* result;
};

std::vector<NamedResult> statisticsOf(const analysis::AgreementStatistics& s)
{
    return {{"percent_agreement", &s.percentAgreement}, {"cohen_kappa", &s.cohenKappa},
            {"fleiss_kappa", &s.fleissKappa},           {"brennan_prediger", &s.brennanPrediger},
            {"alpha", &s.alpha},                        {"alpha_lower", &s.alphaLower},
            {"alpha_upper", &s.alphaUpper}};
}

QJsonObject agreementToJson(const analysis::ProjectAgreement& result, const analysis::AgreementRequest& request)
{
    auto strings = [](const std::vector<std::string>& list) {
        QJsonArray array;
        for (const std::string& s : list)
            array.append(qs(s));
        return array;
    };
    QJsonArray rows;
    for (const analysis::AgreementRow& row : result.rows) {
        const analysis::AgreementStatistics& s = row.statistics;
        QJsonObject statistics;
        for (const NamedResult& named : statisticsOf(s))
            statistics.insert(QString::fromLatin1(named.key), resultToJson(*named.result));
        QJsonObject object{{QStringLiteral("code"), row.code.empty() ? QJsonValue(QJsonValue::Null) : QJsonValue(qs(row.code))},
                           {QStringLiteral("scope"), row.scope.empty() ? QJsonValue(QJsonValue::Null) : QJsonValue(qs(row.scope))},
                           {QStringLiteral("units"), s.units},
                           {QStringLiteral("unit_name"), qs(s.unitName)},
                           {QStringLiteral("codings"), static_cast<qint64>(row.codings)},
                           {QStringLiteral("bootstrap_draws"), static_cast<qint64>(s.bootstrapDraws)},
                           {QStringLiteral("statistics"), statistics}};
        if (s.segments)
            object.insert(QStringLiteral("segments"),
                          QJsonObject{{QStringLiteral("first_segments"), static_cast<qint64>(s.segments->firstSegments)},
                                      {QStringLiteral("first_matched"), static_cast<qint64>(s.segments->firstMatched)},
                                      {QStringLiteral("second_segments"), static_cast<qint64>(s.segments->secondSegments)},
                                      {QStringLiteral("second_matched"), static_cast<qint64>(s.segments->secondMatched)}});
        rows.append(object);
    }
    QJsonObject object{{QStringLiteral("unit"), QString::fromLatin1(analysis::agreementUnitName(request.unit))},
                       {QStringLiteral("coders"), strings(result.coders)},
                       {QStringLiteral("sources"), strings(result.sources)},
                       {QStringLiteral("skipped_sources"), strings(result.skippedSources)},
                       {QStringLiteral("include_subcodes"), request.includeSubcodes},
                       {QStringLiteral("seed"), QString::number(request.seed)},
                       {QStringLiteral("rows"), rows}};
    if (request.unit == analysis::AgreementUnit::Segment)
        object.insert(QStringLiteral("segment_threshold"), request.segmentThreshold);
    if (request.unit == analysis::AgreementUnit::Turn)
        object.insert(QStringLiteral("turn_min_share"), request.turnMinShare);
    return object;
}

void printAgreementCsv(const analysis::ProjectAgreement& result)
{
    std::cout << "code,scope,unit,units,codings,percent_agreement,cohen_kappa,fleiss_kappa,brennan_prediger,alpha,"
                 "alpha_lower,alpha_upper,undefined\n";
    for (const analysis::AgreementRow& row : result.rows) {
        const analysis::AgreementStatistics& s = row.statistics;
        std::string line = text::csvField(row.code.empty() ? "(all codes)" : row.code) + "," +
                           text::csvField(row.scope.empty() ? "(all sources)" : row.scope) + "," + s.unitName + "," +
                           formatUnits(s.units) + "," + std::to_string(row.codings);
        std::string notes;
        for (const NamedResult& named : statisticsOf(s)) {
            if (named.result->defined()) {
                char buffer[32];
                std::snprintf(buffer, sizeof buffer, "%.6f", *named.result->value);
                line += std::string(",") + buffer;
            } else {
                line += ",";
                notes += (notes.empty() ? "" : "; ") + std::string(named.key) + ": " + named.result->undefinedReason;
            }
        }
        std::cout << line << "," << text::csvField(notes) << "\n";
    }
}

void printAgreementText(const analysis::ProjectAgreement& result, const analysis::AgreementRequest& request)
{
    std::string coders;
    for (const std::string& c : result.coders)
        coders += (coders.empty() ? "" : ", ") + c;
    std::cout << "Agreement of " << coders << " over " << analysis::agreementUnitName(request.unit) << " units";
    if (request.unit == analysis::AgreementUnit::Segment)
        std::cout << " (overlap threshold " << request.segmentThreshold << ")";
    std::cout << "; " << result.sources.size() << " sources compared";
    if (!result.skippedSources.empty())
        std::cout << ", " << result.skippedSources.size() << " skipped (not coded by every coder)";
    std::cout << "\n\n";
    Notes notes;
    std::vector<std::vector<std::string>> table;
    table.push_back({"code", "scope", "units", "codings", "agree", "cohen", "fleiss", "b-p", "alpha", "alpha 95% CI"});
    for (const analysis::AgreementRow& row : result.rows) {
        const analysis::AgreementStatistics& s = row.statistics;
        std::string interval = s.alphaLower.defined() && s.alphaUpper.defined()
                                   ? formatValue(s.alphaLower) + ".." + formatValue(s.alphaUpper)
                                   : notes.cell(s.alphaLower);
        table.push_back({row.code.empty() ? "(all codes)" : row.code, row.scope.empty() ? "(all)" : row.scope,
                         formatUnits(s.units) + " " + s.unitName, std::to_string(row.codings), notes.cell(s.percentAgreement),
                         notes.cell(s.cohenKappa), notes.cell(s.fleissKappa), notes.cell(s.brennanPrediger),
                         notes.cell(s.alpha), interval});
    }
    printTable(table);
    std::cout << "\n";
    notes.print();
}

QJsonObject ratingsToJson(const analysis::RatingsTable& table, const analysis::RatingsReport& r, const std::string& file)
{
    QJsonArray coders;
    for (const std::string& c : table.coders)
        coders.append(qs(c));
    QJsonObject alpha{{QStringLiteral("nominal"), resultToJson(r.alphaNominal)},
                      {QStringLiteral("ordinal"), resultToJson(r.alphaOrdinal)},
                      {QStringLiteral("interval"), resultToJson(r.alphaInterval)},
                      {QStringLiteral("ratio"), resultToJson(r.alphaRatio)}};
    QJsonObject interval{{QStringLiteral("level"), QString::fromLatin1(analysis::alphaLevelName(r.level))},
                         {QStringLiteral("lower"), resultToJson(r.interval.lower)},
                         {QStringLiteral("upper"), resultToJson(r.interval.upper)},
                         {QStringLiteral("draws"), static_cast<qint64>(r.interval.draws)},
                         {QStringLiteral("undefined_draws"), static_cast<qint64>(r.interval.undefinedDraws)},
                         {QStringLiteral("seed"), QString::number(r.seed)}};
    return QJsonObject{{QStringLiteral("file"), qs(file)},
                       {QStringLiteral("coders"), coders},
                       {QStringLiteral("units"), static_cast<qint64>(r.units)},
                       {QStringLiteral("pairable_units"), static_cast<qint64>(r.pairableUnits)},
                       {QStringLiteral("categories"), static_cast<qint64>(r.categories)},
                       {QStringLiteral("numeric"), table.numeric},
                       {QStringLiteral("percent_agreement"), resultToJson(r.percentAgreement)},
                       {QStringLiteral("percent_all_agree"), resultToJson(r.percentAllAgree)},
                       {QStringLiteral("cohen_kappa"), resultToJson(r.cohenKappa)},
                       {QStringLiteral("cohen_kappa_linear"), resultToJson(r.cohenKappaLinear)},
                       {QStringLiteral("cohen_kappa_quadratic"), resultToJson(r.cohenKappaQuadratic)},
                       {QStringLiteral("fleiss_kappa"), resultToJson(r.fleissKappa)},
                       {QStringLiteral("brennan_prediger"), resultToJson(r.brennanPrediger)},
                       {QStringLiteral("alpha"), alpha},
                       {QStringLiteral("alpha_interval"), interval}};
}

int ratingsAgreement(const Arguments& args)
{
    if (!args.positionals().empty())
        throw UsageError("--ratings takes no project: the file is all the data");
    for (const char* projectOnly : {"coders", "unit", "codes", "by", "turn-share"})
        if (args.value(projectOnly))
            throw UsageError(std::string("--") + projectOnly + " is for a project's codings, not --ratings");
    const std::string file = *args.value("ratings");
    const analysis::AlphaMetric level = analysis::parseAlphaLevel(args.value("level").value_or("nominal"));
    const analysis::RatingsTable table = analysis::readRatingsCsv(file);
    const analysis::RatingsReport report = analysis::ratingsReport(
        table, file, level, parseCount(args, "seed", 20260101), parseCount(args, "bootstrap", analysis::defaultBootstrapDraws));
    if (args.has("json")) {
        printJson(ratingsToJson(table, report, file));
        return 0;
    }
    std::cout << file << ": " << report.units << " units (" << report.pairableUnits << " with two or more values), "
              << table.coders.size() << " coders, " << report.categories << " distinct values\n\n";
    Notes notes;
    std::vector<std::vector<std::string>> rows = {
        {"percent agreement (mean pairwise)", notes.cell(report.percentAgreement)},
        {"percent agreement (all agree)", notes.cell(report.percentAllAgree)},
        {"Cohen's kappa", notes.cell(report.cohenKappa)},
        {"Cohen's kappa, linear weights", notes.cell(report.cohenKappaLinear)},
        {"Cohen's kappa, quadratic weights", notes.cell(report.cohenKappaQuadratic)},
        {"Fleiss' kappa", notes.cell(report.fleissKappa)},
        {"Brennan-Prediger kappa", notes.cell(report.brennanPrediger)},
        {"Krippendorff's alpha, nominal", notes.cell(report.alphaNominal)},
        {"Krippendorff's alpha, ordinal", notes.cell(report.alphaOrdinal)},
        {"Krippendorff's alpha, interval", notes.cell(report.alphaInterval)},
        {"Krippendorff's alpha, ratio", notes.cell(report.alphaRatio)},
        {std::string("alpha (") + analysis::alphaLevelName(level) + ") bootstrap 95% interval, " +
             std::to_string(report.interval.draws) + " draws",
         report.interval.lower.defined() && report.interval.upper.defined()
             ? formatValue(report.interval.lower) + ".." + formatValue(report.interval.upper)
             : notes.cell(report.interval.lower)}};
    printTable(rows);
    std::cout << "\n";
    notes.print();
    return 0;
}

int agreement(const Arguments& args)
{
    if (args.value("ratings"))
        return ratingsAgreement(args);
    if (args.value("level"))
        throw UsageError("--level is for --ratings; a project's codings are nominal (coded or not)");
    if (args.has("json") && args.has("csv"))
        throw UsageError("give --json or --csv, not both");
    const std::string folder = args.positional(0, "PROJECT (or --ratings FILE.csv)");
    analysis::AgreementRequest request;
    request.coders = splitList(args.value("coders").value_or(""));
    if (request.coders.empty())
        throw UsageError("--coders A,B is required: the coders to compare");
    analysis::parseAgreementUnit(args.value("unit").value_or("char"), request);
    if (const auto codes = args.value("codes"))
        request.codes = splitList(*codes);
    const std::string by = args.value("by").value_or("code");
    if (by == "code")
        request.by = analysis::AgreementScope::Code;
    else if (by == "source")
        request.by = analysis::AgreementScope::Source;
    else if (by == "group")
        request.by = analysis::AgreementScope::Group;
    else
        throw UsageError("--by must be code, source or group");
    request.includeSubcodes = args.has("include-subcodes");
    if (const auto share = args.value("turn-share")) {
        std::size_t used = 0;
        double value = -1;
        try {
            value = std::stod(*share, &used);
        } catch (const std::exception&) {
            used = 0;
        }
        if (used != share->size() || !(value >= 0.0 && value <= 1.0))
            throw UsageError("--turn-share must be a share from 0 to 1 (0: any overlap marks the turn)");
        request.turnMinShare = value;
    }
    request.bootstrapDraws = parseCount(args, "bootstrap", analysis::defaultBootstrapDraws);
    request.seed = parseCount(args, "seed", request.seed);

    Project project = Project::open(folder, Project::Access::ReadOnly);
    const analysis::ProjectAgreement result = analysis::computeProjectAgreement(project, request);
    if (args.has("json"))
        printJson(agreementToJson(result, request));
    else if (args.has("csv"))
        printAgreementCsv(result);
    else
        printAgreementText(result, request);
    return 0;
}

QJsonObject disagreementsToJson(const analysis::DisagreementReport& report)
{
    QJsonArray coders;
    for (const std::string& c : report.coders)
        coders.append(qs(c));
    QJsonArray items;
    for (const analysis::SourceDisagreements& source : report.sources)
        for (std::size_t i = 0; i < source.items.size(); ++i) {
            const analysis::Disagreement& d = source.items[i];
            QJsonObject spans;
            for (std::size_t c = 0; c < report.coders.size(); ++c) {
                QJsonArray list;
                for (const analysis::Span& s : d.spansByCoder[c])
                    list.append(QJsonObject{{QStringLiteral("start"), static_cast<qint64>(s.start)},
                                            {QStringLiteral("end"), static_cast<qint64>(s.end)}});
                spans.insert(qs(report.coders[c]), list);
            }
            QJsonArray runs;
            for (std::size_t k = 0; k < d.runs.size(); ++k) {
                QJsonArray by;
                for (std::size_t c = 0; c < report.coders.size(); ++c)
                    if (d.runs[k].coders & (1u << c))
                        by.append(qs(report.coders[c]));
                runs.append(QJsonObject{{QStringLiteral("start"), static_cast<qint64>(d.runs[k].span.start)},
                                        {QStringLiteral("end"), static_cast<qint64>(d.runs[k].span.end)},
                                        {QStringLiteral("coded_by"), by},
                                        {QStringLiteral("text"), qs(source.texts[i].runs[k])}});
            }
            items.append(QJsonObject{{QStringLiteral("source"), qs(source.source)},
                                     {QStringLiteral("group"), qs(source.groupTag)},
                                     {QStringLiteral("start"), static_cast<qint64>(d.region.start)},
                                     {QStringLiteral("end"), static_cast<qint64>(d.region.end)},
                                     {QStringLiteral("kind"), qs(analysis::disagreementKind(d, report.coders))},
                                     {QStringLiteral("spans"), spans},
                                     {QStringLiteral("runs"), runs},
                                     {QStringLiteral("text"), qs(source.texts[i].text)}});
        }
    QJsonArray compared;
    for (const std::string& s : report.compared)
        compared.append(qs(s));
    return QJsonObject{{QStringLiteral("code"), qs(report.code)},
                       {QStringLiteral("coders"), coders},
                       {QStringLiteral("sources"), compared},
                       {QStringLiteral("disagreements"), items}};
}

int disagreements(const Arguments& args)
{
    const int outputs = (args.value("csv") ? 1 : 0) + (args.value("html") ? 1 : 0) + (args.has("json") ? 1 : 0);
    if (outputs > 1)
        throw UsageError("give one of --csv FILE, --html FILE or --json");
    const std::string folder = args.positional(0, "PROJECT");
    analysis::DisagreementRequest request;
    request.coders = splitList(args.value("coders").value_or(""));
    if (request.coders.empty())
        throw UsageError("--coders A,B is required: the coders to compare");
    request.code = args.value("code").value_or("");
    if (request.code.empty())
        throw UsageError("--code CODE is required");
    request.source = args.value("source");
    request.includeSubcodes = args.has("include-subcodes");

    Project project = Project::open(folder, Project::Access::ReadOnly);
    const analysis::DisagreementReport report = analysis::projectDisagreements(project, request);
    std::size_t count = 0;
    for (const analysis::SourceDisagreements& s : report.sources)
        count += s.items.size();
    if (args.has("json")) {
        printJson(disagreementsToJson(report));
    } else if (const auto file = args.value("csv")) {
        import::writeFileBytes(*file, analysis::disagreementsCsv(report));
        std::cout << "wrote " << count << " disagreements to " << *file << "\n";
    } else if (const auto page = args.value("html")) {
        import::writeFileBytes(*page, analysis::disagreementsHtml(report));
        std::cout << "wrote " << count << " disagreements to " << *page << "\n";
    } else {
        for (const analysis::SourceDisagreements& source : report.sources)
            for (std::size_t i = 0; i < source.items.size(); ++i) {
                const analysis::Disagreement& d = source.items[i];
                std::cout << source.source << "\t" << d.region.start << ":" << d.region.end << "\t"
                          << analysis::disagreementKind(d, report.coders) << "\t"
                          << analysis::describeRuns(d, report.coders) << "\t" << source.texts[i].text << "\n";
            }
        std::cout << count << " disagreements on " << report.code << " in " << report.compared.size()
                  << " sources compared\n";
    }
    return 0;
}

} // namespace

std::vector<Command> agreementCommands()
{
    return {
        {"agreement",
         "PROJECT --coders A,B[,...] [--unit char|turn|segment[:0.9]|unitized] [--codes X,Y] [--by code|source|group] "
         "[--include-subcodes] [--turn-share S] [--bootstrap N] [--seed S] [--json|--csv]  |  "
         "--ratings FILE.csv [--level nominal|ordinal|interval|ratio] [--json]",
         "inter-coder agreement per code, source or group; or over a ratings table",
         {{"coders", "unit", "codes", "by", "turn-share", "bootstrap", "seed", "ratings", "level"},
          {"json", "csv", "include-subcodes"}},
         agreement},
        {"disagreements",
         "PROJECT --coders A,B[,...] --code CODE [--source S] [--include-subcodes] [--csv FILE | --html FILE | --json]",
         "where coders differ on a code, with both coders' spans and the words",
         {{"coders", "code", "source", "csv", "html"}, {"json", "include-subcodes"}},
         disagreements},
    };
}

} // namespace hilo::cli
