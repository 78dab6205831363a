// Agreement over a real project (SQLite store, imported transcripts, seeded random codings by
// two and three coders): the sweep's pooled character- and turn-unit statistics equal those of
// scikit-learn (Cohen), NLTK (alpha) and statsmodels (Fleiss) on the units written out one row
// per character or turn, marked here with plain loops. The transcripts are fictional.
#include "analysis/agreement/project_agreement.h"
#include "analysis/agreement/project_disagreements.h"
#include "project/codebook_store.h"
#include "project/coder_store.h"
#include "project/coding_store.h"
#include "project/operations/source_operations.h"
#include "project/source_store.h"
#include "support/temp_folder.h"

#include <catch2/catch.hpp>

#include <QProcess>

#include <fstream>
#include <map>
#include <random>

using namespace hilo;
using namespace hilo::analysis;

namespace {

const char* const kTranscripts[] = {
    "Group: YP\n\nEntrevistadora: ¿Cómo te sentiste cuando pasó?\n\nYP11: Mal. Me daba vergüenza 😢 contarlo, "
    "y pensé que mi mamá se iba a enojar conmigo.\n\nEntrevistadora: ¿Con quién hablaste primero?\n\nYP11: Con mi "
    "prima. Ella me creyó y me ayudó a bloquear la cuenta.\n",
    "Group: FW\n\nInterviewer: What do young people say when they first call?\n\nFW12: Mostly that they are "
    "scared, and that nobody would believe them. Some think it was their fault.\n\nInterviewer: And then?\n\n"
    "FW12: We explain the options, slowly, and we never push.\n",
    "Group: JP\n\nEntrevistadora: ¿Qué pruebas piden?\n\nJP13: Capturas de pantalla, el perfil, las fechas. "
    "Muchas víctimas borran todo por miedo.\n\nEntrevistadora: ¿Y eso complica el caso?\n\nJP13: Sí, pero no lo "
    "impide. Lo explicamos sin culpar a nadie.\n",
};

struct Fixture {
    test::TempFolder folder;
    Project project = Project::create(folder / "Study.hilo");
    std::vector<SourceDetail> sources;
    std::vector<std::int64_t> codes;
    std::vector<std::string> coders = {"Ana", "Ben", "Caro"};
    // [code][source][coder] spans as coded
    std::map<std::size_t, std::map<std::size_t, std::map<std::size_t, std::vector<std::pair<std::int64_t, std::int64_t>>>>> spans;

    Fixture()
    {
        ImportRequest request;
        int n = 0;
        for (const char* text : kTranscripts)
            request.files.push_back(folder.write("T" + std::to_string(++n) + ".txt", text));
        ops::importTranscripts(project, request);
        for (const SourceSummary& s : SourceStore(project).sources())
            sources.push_back(SourceStore(project).source(std::to_string(s.id)));
        CodebookStore book(project);
        codes = {book.add("Shame"), book.add("Support")};
        std::vector<std::int64_t> coderIds;
        for (const std::string& name : coders)
            coderIds.push_back(CoderStore(project).add(name));
        std::mt19937_64 random(20260101);
        std::vector<NewCoding> codings;
        for (std::size_t k = 0; k < codes.size(); ++k)
            for (std::size_t s = 0; s < sources.size(); ++s) {
                const std::int64_t length = static_cast<std::int64_t>(sources[s].length);
                // A shared "true" passage each coder marks with noisy boundaries, plus extras.
                const std::int64_t truth = static_cast<std::int64_t>(random() % static_cast<std::uint64_t>(length - 60));
                for (std::size_t c = 0; c < coders.size(); ++c) {
                    const auto add = [&](std::int64_t start, std::int64_t end) {
                        start = std::clamp<std::int64_t>(start, 0, length - 1);
                        end = std::clamp<std::int64_t>(end, start + 1, length);
                        codings.push_back({sources[s].id, codes[k], coderIds[c], start, end});
                        spans[k][s][c].emplace_back(start, end);
                    };
                    add(truth + static_cast<std::int64_t>(random() % 9) - 4, truth + 40 + static_cast<std::int64_t>(random() % 9) - 4);
                    if (random() % 2)
                        add(static_cast<std::int64_t>(random() % static_cast<std::uint64_t>(length)),
                            static_cast<std::int64_t>(random() % static_cast<std::uint64_t>(length)) + 20);
                }
            }
        CodingStore(project).addMany(codings);
    }

    bool covered(std::size_t k, std::size_t s, std::size_t c, std::int64_t from, std::int64_t to)
    {
        for (const auto& [start, end] : spans[k][s][c])
            if (start < to && from < end)
                return true;
        return false;
    }

    // One row per character (or turn's words), labels 1 = not coded, 2 = coded.
    std::string expandedCsv(std::size_t k, std::size_t coderCount, bool turns)
    {
        const std::string path = (folder / ("expanded" + std::to_string(k) + "_" + std::to_string(coderCount) +
                                            (turns ? "t" : "c") + ".csv"))
                                     .string();
        std::ofstream out(path);
        for (std::size_t c = 0; c < coderCount; ++c)
            out << (c ? "," : "") << "c" << c;
        out << "\n";
        for (std::size_t s = 0; s < sources.size(); ++s) {
            std::vector<std::pair<std::int64_t, std::int64_t>> units;
            if (turns) {
                for (const import::Turn& t : sources[s].turns)
                    if (t.end > t.speechStart)
                        units.emplace_back(t.speechStart, t.end);
            } else {
                for (std::int64_t p = 0; p < static_cast<std::int64_t>(sources[s].length); ++p)
                    units.emplace_back(p, p + 1);
            }
            for (const auto& [from, to] : units) {
                for (std::size_t c = 0; c < coderCount; ++c)
                    out << (c ? "," : "") << (covered(k, s, c, from, to) ? 2 : 1);
                out << "\n";
            }
        }
        return path;
    }
};

std::map<std::pair<int, std::string>, double> crossCheck(const std::vector<std::string>& files)
{
    QStringList arguments{QString(HILO_TEST_DATA_DIR) + "/../analysis/cross_check.py"};
    for (const std::string& f : files)
        arguments << QString::fromStdString(f);
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("/usr/bin/python3"), arguments);
    REQUIRE(process.waitForFinished(300000));
    const QString output = QString::fromUtf8(process.readAll());
    INFO(output.toStdString());
    REQUIRE(process.exitCode() == 0);
    std::map<std::pair<int, std::string>, double> values;
    for (const QString& line : output.split('\n', Qt::SkipEmptyParts)) {
        const auto parts = line.split(' ');
        REQUIRE(parts.size() == 3);
        values[{parts[0].toInt(), parts[1].toStdString()}] = parts[2].toDouble();
    }
    return values;
}

const AgreementRow& rowFor(const ProjectAgreement& result, std::int64_t codeId)
{
    for (const AgreementRow& row : result.rows)
        if (row.codeId == codeId && row.scope.empty())
            return row;
    FAIL("no row for code " << codeId);
    return result.rows.front();
}

} // namespace

TEST_CASE("project agreement on characters and turns equals sklearn, NLTK and statsmodels on expanded units")
{
    Fixture f;
    std::vector<std::string> files;
    struct Case {
        std::size_t code;
        std::size_t coders;
        AgreementUnit unit;
    };
    std::vector<Case> cases;
    for (std::size_t k = 0; k < f.codes.size(); ++k)
        for (const std::size_t coders : {2u, 3u})
            for (const AgreementUnit unit : {AgreementUnit::Character, AgreementUnit::Turn}) {
                files.push_back(f.expandedCsv(k, coders, unit == AgreementUnit::Turn));
                cases.push_back({k, coders, unit});
            }
    const auto reference = crossCheck(files);
    for (std::size_t i = 0; i < cases.size(); ++i) {
        const Case& c = cases[i];
        AgreementRequest request;
        request.coders.assign(f.coders.begin(), f.coders.begin() + static_cast<std::ptrdiff_t>(c.coders));
        request.unit = c.unit;
        request.bootstrapDraws = 0;
        const ProjectAgreement result = computeProjectAgreement(f.project, request);
        REQUIRE(result.sources.size() == 3);
        const AgreementStatistics& s = rowFor(result, f.codes[c.code]).statistics;
        INFO("code " << c.code << ", " << c.coders << " coders, " << agreementUnitName(c.unit));
        const int index = static_cast<int>(i);
        REQUIRE(s.alpha.defined());
        CHECK(std::abs(*s.alpha.value - reference.at({index, "alpha_nominal"})) <= 1e-9);
        REQUIRE(s.fleissKappa.defined());
        CHECK(std::abs(*s.fleissKappa.value - reference.at({index, "fleiss"})) <= 1e-9);
        if (c.coders == 2) {
            REQUIRE(s.cohenKappa.defined());
            CHECK(std::abs(*s.cohenKappa.value - reference.at({index, "cohen"})) <= 1e-9);
        } else {
            CHECK_FALSE(s.cohenKappa.defined());
        }
    }
}

TEST_CASE("pooled rows: per source and group rows add up to the overall units, and sub-codes count only when asked")
{
    Fixture f;
    AgreementRequest request;
    request.coders = {"Ana", "Ben"};
    request.by = AgreementScope::Source;
    const ProjectAgreement bySource = computeProjectAgreement(f.project, request);
    double perSource = 0;
    double overall = 0;
    for (const AgreementRow& row : bySource.rows)
        if (row.codeId == f.codes[0])
            (row.scope.empty() ? overall : perSource) += row.statistics.units;
    std::int64_t characters = 0;
    for (const SourceDetail& s : f.sources)
        characters += s.length;
    CHECK(overall == characters);
    CHECK(perSource == characters);

    // A parent code with no codings of its own: nobody applied it, unless sub-codes count.
    CodebookStore book(f.project);
    const std::int64_t parent = book.add("Feelings");
    book.move("Shame", "Feelings");
    request.by = AgreementScope::Code;
    request.codes = {"Feelings"};
    const AgreementRow own = rowFor(computeProjectAgreement(f.project, request), parent);
    CHECK_FALSE(own.statistics.alpha.defined());
    CHECK(own.statistics.alpha.undefinedReason == "none of the chosen coders applied this code in these sources");
    request.includeSubcodes = true;
    const AgreementRow withSubcodes = rowFor(computeProjectAgreement(f.project, request), parent);
    request.codes = {"Shame"};
    request.includeSubcodes = false;
    const AgreementRow shame = rowFor(computeProjectAgreement(f.project, request), f.codes[0]);
    REQUIRE(withSubcodes.statistics.alpha.defined());
    CHECK(*withSubcodes.statistics.alpha.value == Approx(*shame.statistics.alpha.value).margin(1e-12));
}

TEST_CASE("a source a coder has not coded yet is skipped, not read as disagreement")
{
    Fixture f;
    // Dana has coded one source only.
    const std::int64_t dana = CoderStore(f.project).add("Dana");
    CodingStore(f.project).add({f.sources[0].id, f.codes[0], dana, 0, 10});
    AgreementRequest request;
    request.coders = {"Ana", "Dana"};
    const ProjectAgreement result = computeProjectAgreement(f.project, request);
    CHECK(result.sources == std::vector<std::string>{f.sources[0].name});
    CHECK(result.skippedSources.size() == 2);
    CHECK(rowFor(result, f.codes[0]).statistics.units == f.sources[0].length);
}

TEST_CASE("disagreements: regions where coverage differs, with each coder's spans and words")
{
    Fixture f;
    DisagreementRequest request;
    request.coders = {"Ana", "Ben"};
    request.code = "Shame";
    const DisagreementReport report = projectDisagreements(f.project, request);
    CHECK(report.compared.size() == 3);
    REQUIRE_FALSE(report.sources.empty());
    for (const SourceDisagreements& source : report.sources) {
        const SourceDetail& detail = *std::find_if(f.sources.begin(), f.sources.end(),
                                                   [&](const SourceDetail& s) { return s.id == source.sourceId; });
        for (std::size_t i = 0; i < source.items.size(); ++i) {
            const Disagreement& d = source.items[i];
            // Every differing run lies in its region and is coded by exactly one of two coders.
            for (const DifferingRun& run : d.runs) {
                CHECK(run.span.start >= d.region.start);
                CHECK(run.span.end <= d.region.end);
                CHECK((run.coders == 1u || run.coders == 2u));
                // Check coverage with plain loops over the coded spans.
                const std::size_t s = static_cast<std::size_t>(&detail - f.sources.data());
                for (std::int64_t p = run.span.start; p < run.span.end; ++p) {
                    CHECK(f.covered(0, s, 0, p, p + 1) == ((run.coders & 1u) != 0));
                    CHECK(f.covered(0, s, 1, p, p + 1) == ((run.coders & 2u) != 0));
                }
            }
            CHECK(source.texts[i].text.size() >= source.texts[i].runs.front().size());
        }
    }
}
