// Agreement and disagreements through the real CLI: a two-coder fixture whose kappas are worked
// out by hand below, the generic engine on Krippendorff's 2011 example, exports, and errors.
// The transcript is fictional.
#include "cli_runner.h"
#include "support/temp_folder.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sys/stat.h>

using namespace hilo::test;
namespace fs = std::filesystem;

namespace {

QJsonObject jsonObject(const CliResult& result)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(result.out)).object();
}

// The stored text of YP09 (132 code points; the header block is not text):
//   [0, 28)    "Entrevistadora: ¿Qué pasó?\n\n"            turn 1, words [16, 26)
//   [28, 76)   "YP09: Me daba vergüenza 😢. No le dije a nadie.\n\n"
//                                                            turn 2, words [34, 74): 40 code
//                                                            points, the emoji is one
//   [76, 105)  "Entrevistadora: ¿Y después?\n\n"              turn 3, words [92, 103)
//   [105, 132) "YP09: Mi prima me creyó <3\n"                 turn 4, words [111, 131): 20
// Embarrassment: Ana codes "vergüenza 😢" = [42, 53), 11 code points; Ben codes turns 2 and 4.
// Fear of blame: both code "No le dije a nadie." = [55, 74).
const char* kTranscript = "Group: YP\nParticipant: YP09\n\n"
                          "Entrevistadora: ¿Qué pasó?\n\n"
                          "YP09: Me daba vergüenza 😢. No le dije a nadie.\n\n"
                          "Entrevistadora: ¿Y después?\n\n"
                          "YP09: Mi prima me creyó <3\n";

struct TwoCoders {
    TempFolder folder;
    std::string project = (folder / "Study.hilo").string();

    TwoCoders()
    {
        REQUIRE(runHilo({"init", project, "--codebook", "tfcsea"}).exitCode == 0);
        REQUIRE(runHilo({"import", project, folder.write("YP09.txt", kTranscript).string()}).exitCode == 0);
        REQUIRE(runHilo({"coders", project, "add", "Ana"}).exitCode == 0);
        REQUIRE(runHilo({"coders", project, "add", "Ben"}).exitCode == 0);
        const std::vector<std::vector<std::string>> codings = {
            {"YP09", "Embarrassment", "--coder", "Ana", "--text", "vergüenza 😢"},
            {"YP09", "Embarrassment", "--coder", "Ben", "--turn", "2"},
            {"YP09", "Embarrassment", "--coder", "Ben", "--turn", "4"},
            {"YP09", "Fear of blame", "--coder", "Ana", "--text", "No le dije a nadie."},
            {"YP09", "Fear of blame", "--coder", "Ben", "--text", "No le dije a nadie."},
        };
        for (std::vector<std::string> args : codings) {
            args.insert(args.begin(), {"code", project});
            const CliResult coded = runHilo(args);
            INFO(coded.err);
            REQUIRE(coded.exitCode == 0);
        }
    }

    QJsonObject agreement(const std::string& unit)
    {
        const CliResult result = runHilo({"agreement", project, "--coders", "ana,ben", "--unit", unit, "--json"});
        INFO(result.err);
        REQUIRE(result.exitCode == 0);
        return jsonObject(result);
    }
};

// The row of a code ("" for all codes together) over every compared source.
QJsonObject rowOf(const QJsonObject& agreement, const QString& codeSuffix)
{
    for (const QJsonValue& row : agreement.value(QStringLiteral("rows")).toArray()) {
        const QJsonObject r = row.toObject();
        const bool all = r.value(QStringLiteral("code")).isNull();
        if (r.value(QStringLiteral("scope")).isNull() &&
            (codeSuffix.isEmpty() ? all : !all && r.value(QStringLiteral("code")).toString().endsWith(codeSuffix)))
            return r;
    }
    FAIL("no row for " << codeSuffix.toStdString());
    return {};
}

double statistic(const QJsonObject& row, const char* name)
{
    const QJsonObject s = row.value(QStringLiteral("statistics")).toObject().value(QLatin1String(name)).toObject();
    INFO(name << ": " << s.value(QStringLiteral("undefined")).toString().toStdString());
    REQUIRE(s.value(QStringLiteral("value")).isDouble());
    return s.value(QStringLiteral("value")).toDouble();
}

} // namespace

TEST_CASE("character-unit kappa on the two-coder fixture equals the hand computation", "[cli][agreement]")
{
    TwoCoders p;
    const QJsonObject result = p.agreement("char");
    const QJsonObject row = rowOf(result, QStringLiteral("Embarrassment"));
    // Embarrassment over N = 132 characters: both coded a = 11 (Ana's words lie inside Ben's
    // turn 2), only Ana b = 0, only Ben c = (40 - 11) + 20 = 49, neither d = 132 - 60 = 72.
    // P_o = (a + d) / N = 83/132. Ana coded 11/132, Ben 60/132, so
    // P_e = (11 * 60 + 121 * 72) / 132^2 = 9372/17424, and
    // kappa = (83 * 132 - 9372) / (17424 - 9372) = 1584/8052 = 12/61 = 0.196721...
    CHECK(row.value(QStringLiteral("units")).toDouble() == 132);
    CHECK(statistic(row, "percent_agreement") == Approx(83.0 / 132.0).margin(1e-12));
    CHECK(statistic(row, "cohen_kappa") == Approx(12.0 / 61.0).margin(1e-12));
    // Fear of blame: both coded the same 19 characters and nothing else: kappa 1.
    CHECK(statistic(rowOf(result, QStringLiteral("Fear of blame")), "cohen_kappa") == Approx(1.0).margin(1e-12));
    // A character is not an independent unit: no bootstrap interval, and the reason says so.
    const QJsonObject lower = row.value(QStringLiteral("statistics")).toObject().value(QStringLiteral("alpha_lower")).toObject();
    CHECK(lower.value(QStringLiteral("value")).isNull());
    CHECK_THAT(lower.value(QStringLiteral("undefined")).toString().toStdString(), Catch::Contains("independent"));
}

TEST_CASE("turn-unit kappa on the two-coder fixture equals the hand computation", "[cli][agreement]")
{
    TwoCoders p;
    const QJsonObject row = rowOf(p.agreement("turn"), QStringLiteral("Embarrassment"));
    // Four turns. Turn 2: both; turn 4: only Ben; turns 1 and 3: neither. P_o = 3/4; Ana marked
    // 1/4 of the turns and Ben 2/4, so P_e = 1/4 * 2/4 + 3/4 * 2/4 = 1/2 and
    // kappa = (3/4 - 1/2) / (1 - 1/2) = 0.5.
    CHECK(row.value(QStringLiteral("units")).toDouble() == 4);
    CHECK(statistic(row, "percent_agreement") == Approx(0.75).margin(1e-12));
    CHECK(statistic(row, "cohen_kappa") == Approx(0.5).margin(1e-12));
    // Turns are units that can be resampled: a seeded bootstrap interval around alpha.
    const double lower = statistic(row, "alpha_lower");
    const double upper = statistic(row, "alpha_upper");
    CHECK(lower <= statistic(row, "alpha"));
    CHECK(upper >= statistic(row, "alpha"));
    CHECK(row.value(QStringLiteral("bootstrap_draws")).toInt() == 1000);

    // --turn-share 0.5: Ana's 11 of turn 2's 40 code points (0.275) no longer mark it. Then
    // turns 2 and 4: only Ben; 1 and 3: neither. P_o = 2/4; Ana marked nothing, so
    // P_e = 0 * 2/4 + 1 * 2/4 = 1/2 and kappa = (1/2 - 1/2) / (1 - 1/2) = 0.
    const CliResult half =
        runHilo({"agreement", p.project, "--coders", "ana,ben", "--unit", "turn", "--turn-share", "0.5", "--json"});
    INFO(half.err);
    REQUIRE(half.exitCode == 0);
    const QJsonObject halfRow = rowOf(jsonObject(half), QStringLiteral("Embarrassment"));
    CHECK(statistic(halfRow, "percent_agreement") == Approx(0.5).margin(1e-12));
    CHECK(statistic(halfRow, "cohen_kappa") == Approx(0.0).margin(1e-12));
}

TEST_CASE("segment-unit agreement and kappa on the two-coder fixture equal the hand computation", "[cli][agreement]")
{
    TwoCoders p;
    // Segments: Embarrassment has Ana's [42, 53) and Ben's [34, 74) and [111, 131); Fear of
    // blame has one identical segment per coder. Ana's and Ben's first Embarrassment segments
    // overlap by 11 / 40 = 0.275 (intersection over union).
    // At 0.9: only the two Fear of blame segments match: P_o = 2/5; with k = 2 codes chance is
    // 1/2 (MAXQDA's Brennan-Prediger reading), kappa = (0.4 - 0.5) / (1 - 0.5) = -0.2.
    const QJsonObject strict = rowOf(p.agreement("segment"), QString());
    CHECK(strict.value(QStringLiteral("units")).toDouble() == 5);
    CHECK(statistic(strict, "percent_agreement") == Approx(0.4).margin(1e-12));
    CHECK(statistic(strict, "brennan_prediger") == Approx(-0.2).margin(1e-12));
    // At 0.25 the first Embarrassment segments match too, both ways: P_o = 4/5, kappa = 0.6;
    // Embarrassment alone: 2 of 3 segments, kappa = (2/3 - 1/2) / (1/2) = 1/3.
    const QJsonObject loose = p.agreement("segment:0.25");
    CHECK(statistic(rowOf(loose, QString()), "percent_agreement") == Approx(0.8).margin(1e-12));
    CHECK(statistic(rowOf(loose, QString()), "brennan_prediger") == Approx(0.6).margin(1e-12));
    const QJsonObject embarrassment = rowOf(loose, QStringLiteral("Embarrassment"));
    CHECK(statistic(embarrassment, "brennan_prediger") == Approx(1.0 / 3.0).margin(1e-12));
    const QJsonObject counts = embarrassment.value(QStringLiteral("segments")).toObject();
    CHECK(counts.value(QStringLiteral("first_segments")).toInt() == 1);
    CHECK(counts.value(QStringLiteral("first_matched")).toInt() == 1);
    CHECK(counts.value(QStringLiteral("second_segments")).toInt() == 2);
    CHECK(counts.value(QStringLiteral("second_matched")).toInt() == 1);
    // Segments have no "neither" cell: Cohen's kappa is undefined, with the reason.
    const QJsonObject cohen = embarrassment.value(QStringLiteral("statistics")).toObject().value(QStringLiteral("cohen_kappa")).toObject();
    CHECK(cohen.value(QStringLiteral("value")).isNull());
    CHECK_FALSE(cohen.value(QStringLiteral("undefined")).toString().isEmpty());
}

TEST_CASE("unitized alpha per code and overall, and a code nobody used is undefined with a reason", "[cli][agreement]")
{
    TwoCoders p;
    const QJsonObject unitized = p.agreement("unitized");
    // Identical spans: no observed disagreement, alpha 1.
    CHECK(statistic(rowOf(unitized, QStringLiteral("Fear of blame")), "alpha") == Approx(1.0).margin(1e-12));
    const double overall = statistic(rowOf(unitized, QString()), "alpha");
    CHECK(overall < 1.0);

    const CliResult unused =
        runHilo({"agreement", p.project, "--coders", "Ana,Ben", "--codes", "Embarrassment,Waiting lists", "--json"});
    INFO(unused.err);
    REQUIRE(unused.exitCode == 0);
    const QJsonObject waiting = rowOf(jsonObject(unused), QStringLiteral("Waiting lists"));
    for (const char* name : {"percent_agreement", "cohen_kappa", "fleiss_kappa", "brennan_prediger", "alpha"}) {
        const QJsonObject s = waiting.value(QStringLiteral("statistics")).toObject().value(QLatin1String(name)).toObject();
        CHECK(s.value(QStringLiteral("value")).isNull());
        CHECK_THAT(s.value(QStringLiteral("undefined")).toString().toStdString(), Catch::Contains("none of the chosen coders"));
    }

    // Text and CSV outputs carry the same rows; undefined cells are marked, never 0.
    const CliResult text = runHilo({"agreement", p.project, "--coders", "Ana,Ben", "--codes", "Waiting lists"});
    CHECK_THAT(text.out, Catch::Contains("n/a[1]") && Catch::Contains("[1] none of the chosen coders"));
    const CliResult csv = runHilo({"agreement", p.project, "--coders", "Ana,Ben", "--unit", "turn", "--csv"});
    CHECK_THAT(csv.out, Catch::StartsWith("code,scope,unit,units,codings,percent_agreement,cohen_kappa"));
    CHECK_THAT(csv.out, Catch::Contains("Disclosure/Barriers/Embarrassment,(all sources),turns,4,3,0.750000,0.500000"));
}

TEST_CASE("agreement by source and group, and refused requests", "[cli][agreement]")
{
    TwoCoders p;
    const CliResult bySource = runHilo({"agreement", p.project, "--coders", "Ana,Ben", "--by", "source", "--json"});
    REQUIRE(bySource.exitCode == 0);
    bool sawSource = false;
    for (const QJsonValue& row : jsonObject(bySource).value(QStringLiteral("rows")).toArray())
        sawSource = sawSource || row.toObject().value(QStringLiteral("scope")).toString() == QStringLiteral("YP09");
    CHECK(sawSource);
    const CliResult byGroup = runHilo({"agreement", p.project, "--coders", "Ana,Ben", "--by", "group", "--json"});
    REQUIRE(byGroup.exitCode == 0);
    CHECK(jsonObject(byGroup).value(QStringLiteral("rows")).toArray().at(0).toObject().value(QStringLiteral("scope")).toString() ==
          QStringLiteral("YP"));

    CliResult refused = runHilo({"agreement", p.project, "--coders", "Ana,Zoe"});
    CHECK(refused.exitCode == 1);
    CHECK_THAT(refused.err, Catch::Contains("Zoe"));
    refused = runHilo({"agreement", p.project, "--coders", "Ana"});
    CHECK(refused.exitCode == 1);
    CHECK_THAT(refused.err, Catch::Contains("two coders"));
    refused = runHilo({"agreement", p.project, "--coders", "Ana,Ben", "--unit", "segment:1.5"});
    CHECK(refused.exitCode == 1);
    CHECK_THAT(refused.err, Catch::Contains("segment:1.5"));
    refused = runHilo({"agreement", p.project, "--coders", "Ana,Ben", "--unit", "paragraph"});
    CHECK(refused.exitCode == 1);
    CHECK_THAT(refused.err, Catch::Contains("paragraph"));
    refused = runHilo({"agreement", p.project, "--coders", "Ana,Ben", "--by", "coder"});
    CHECK(refused.exitCode == 2);
}

TEST_CASE("disagreements list both coders' spans and the words, and export CSV and HTML", "[cli][agreement]")
{
    TwoCoders p;
    const CliResult listed = runHilo({"disagreements", p.project, "--coders", "Ana,Ben", "--code", "Embarrassment", "--json"});
    INFO(listed.err);
    REQUIRE(listed.exitCode == 0);
    const QJsonArray items = jsonObject(listed).value(QStringLiteral("disagreements")).toArray();
    REQUIRE(items.size() == 2);
    // Turn 2: Ben coded all of its words, Ana only "vergüenza 😢" inside them.
    const QJsonObject first = items[0].toObject();
    CHECK(first.value(QStringLiteral("start")).toInt() == 34);
    CHECK(first.value(QStringLiteral("end")).toInt() == 74);
    CHECK(first.value(QStringLiteral("kind")).toString() == QStringLiteral("boundaries differ"));
    const QJsonArray anaSpans = first.value(QStringLiteral("spans")).toObject().value(QStringLiteral("Ana")).toArray();
    REQUIRE(anaSpans.size() == 1);
    CHECK(anaSpans[0].toObject().value(QStringLiteral("start")).toInt() == 42);
    CHECK(anaSpans[0].toObject().value(QStringLiteral("end")).toInt() == 53);
    CHECK(first.value(QStringLiteral("text")).toString() == QStringLiteral("Me daba vergüenza 😢. No le dije a nadie."));
    const QJsonArray runs = first.value(QStringLiteral("runs")).toArray();
    REQUIRE(runs.size() == 2);
    CHECK(runs[0].toObject().value(QStringLiteral("text")).toString() == QStringLiteral("Me daba "));
    // Turn 4: only Ben.
    const QJsonObject second = items[1].toObject();
    CHECK(second.value(QStringLiteral("kind")).toString() == QStringLiteral("not coded by Ana"));
    CHECK(second.value(QStringLiteral("text")).toString() == QStringLiteral("Mi prima me creyó <3"));
    // Identical codings are no disagreement.
    const CliResult none = runHilo({"disagreements", p.project, "--coders", "Ana,Ben", "--code", "Fear of blame", "--json"});
    CHECK(jsonObject(none).value(QStringLiteral("disagreements")).toArray().isEmpty());

    const fs::path csv = p.folder / "embarrassment.csv";
    REQUIRE(runHilo({"disagreements", p.project, "--coders", "Ana,Ben", "--code", "Embarrassment", "--source", "YP09", "--csv",
                     csv.string()})
                .exitCode == 0);
    const std::string table = readFile(csv);
    CHECK_THAT(table, Catch::StartsWith("source,group,code,start,end,kind,Ana spans,Ben spans,differing runs,text\n"));
    CHECK_THAT(table, Catch::Contains("YP09,YP,Disclosure/Barriers/Embarrassment,34,74,boundaries differ,42:53,34:74,"
                                      "34:42 Ben; 53:74 Ben,Me daba vergüenza 😢. No le dije a nadie."));

    const fs::path html = p.folder / "embarrassment.html";
    REQUIRE(runHilo({"disagreements", p.project, "--coders", "Ana,Ben", "--code", "Embarrassment", "--html", html.string()})
                .exitCode == 0);
    const std::string page = readFile(html);
    CHECK_THAT(page, Catch::Contains("<mark>vergüenza 😢</mark>"));
    CHECK_THAT(page, Catch::Contains("creyó &lt;3"));
    CHECK_THAT(page, !Catch::Contains("<3"));
    CHECK_THAT(page, !Catch::Contains("<script") && !Catch::Contains("http"));
    // Exports hold transcript words: owner-only.
    struct stat info {};
    REQUIRE(::stat(html.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
}

TEST_CASE("agreement --ratings reproduces Krippendorff's 2011 example", "[cli][agreement]")
{
    const std::string file = std::string(HILO_TEST_DATA_DIR) + "/agreement/krippendorff2011_4coders_12units.csv";
    const CliResult result = runHilo({"agreement", "--ratings", file, "--level", "interval", "--json"});
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    const QJsonObject report = jsonObject(result);
    const QJsonObject alpha = report.value(QStringLiteral("alpha")).toObject();
    auto value = [&](const char* level) { return alpha.value(QLatin1String(level)).toObject().value(QStringLiteral("value")).toDouble(); };
    // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", pp. 3-6: 4 observers,
    // 12 units, missing values.
    CHECK(value("nominal") == Approx(0.743).margin(5e-4));
    CHECK(value("ordinal") == Approx(0.815).margin(5e-4));
    CHECK(value("interval") == Approx(0.849).margin(5e-4));
    CHECK(value("ratio") == Approx(0.797).margin(5e-4));
    CHECK(report.value(QStringLiteral("units")).toInt() == 12);
    CHECK(report.value(QStringLiteral("pairable_units")).toInt() == 11);
    CHECK(report.value(QStringLiteral("cohen_kappa")).toObject().value(QStringLiteral("value")).isNull()); // 4 coders
    const QJsonObject interval = report.value(QStringLiteral("alpha_interval")).toObject();
    CHECK(interval.value(QStringLiteral("level")).toString() == QStringLiteral("interval"));
    CHECK(interval.value(QStringLiteral("lower")).toObject().value(QStringLiteral("value")).toDouble() <= value("interval"));
    // Same seed, same interval.
    CHECK(runHilo({"agreement", "--ratings", file, "--level", "interval", "--json"}).out == result.out);
}

TEST_CASE("agreement --ratings names the file and line of bad input", "[cli][agreement]")
{
    TempFolder folder;
    const fs::path wide = folder.write("wide.csv", "ana,ben\n1,2\n2,2,3\n");
    CliResult refused = runHilo({"agreement", "--ratings", wide.string(), "--json"});
    CHECK(refused.exitCode == 1);
    CHECK_THAT(refused.err, Catch::Contains(wide.string() + ":3"));

    const fs::path labels = folder.write("labels.csv", "ana,ben\n1,2\n2,alto\n");
    refused = runHilo({"agreement", "--ratings", labels.string(), "--level", "ordinal"});
    CHECK(refused.exitCode == 1);
    CHECK_THAT(refused.err, Catch::Contains(labels.string() + ":3") && Catch::Contains("'alto' is not a number"));

    const fs::path one = folder.write("one.csv", "ana\n1\n");
    refused = runHilo({"agreement", "--ratings", one.string()});
    CHECK(refused.exitCode == 1);
    CHECK_THAT(refused.err, Catch::Contains(one.string() + ":1"));

    refused = runHilo({"agreement", "--ratings", (folder / "missing.csv").string()});
    CHECK(refused.exitCode == 1);
    CHECK_THAT(refused.err, Catch::Contains("missing.csv"));

    // Labels are fine at the nominal level; ordered statistics say why they are missing.
    const CliResult nominal = runHilo({"agreement", "--ratings", labels.string(), "--json"});
    REQUIRE(nominal.exitCode == 0);
    const QJsonObject ordinal =
        jsonObject(nominal).value(QStringLiteral("alpha")).toObject().value(QStringLiteral("ordinal")).toObject();
    CHECK(ordinal.value(QStringLiteral("value")).isNull());
    CHECK_THAT(ordinal.value(QStringLiteral("undefined")).toString().toStdString(), Catch::Contains("labels"));
}
