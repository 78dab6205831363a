// Cross-check against independent implementations on seeded random data: scikit-learn (Cohen's
// kappa), NLTK (Krippendorff's alpha) and statsmodels (Fleiss' kappa), run from Debian's
// /usr/bin/python3 (a python3 earlier on PATH may lack them). scripts/install-deps installs
// python3-nltk, python3-sklearn and python3-statsmodels; missing modules fail this test.
#include "agreement_fixtures.h"

#include "analysis/agreement/cohen_kappa.h"
#include "analysis/agreement/fleiss_kappa.h"
#include "analysis/agreement/krippendorff_alpha.h"

#include <QProcess>
#include <QTemporaryDir>

#include <map>
#include <random>

using namespace hilo::analysis;
using namespace hilo::analysis::testing;

namespace {

const char* const python = "/usr/bin/python3";

struct Trial {
    std::vector<std::vector<int>> rows; // 0 = missing, labels 1..k
};

// Several coders (2-5), 20-60 units, 2-5 categories, ~15% missing values, from a fixed seed.
std::vector<Trial> randomTrials(std::size_t count)
{
    std::mt19937_64 rng(0x48696c6f); // "Hilo"
    std::vector<Trial> trials;
    for (std::size_t t = 0; t < count; ++t) {
        const auto coders = static_cast<std::size_t>(2 + rng() % 4);
        const auto units = static_cast<std::size_t>(20 + rng() % 41);
        const auto categories = static_cast<int>(2 + rng() % 4);
        Trial trial;
        for (std::size_t u = 0; u < units; ++u) {
            std::vector<int> row(coders);
            // Coders lean towards a per-unit "true" label so the statistics are not all ~0.
            const int truth = 1 + static_cast<int>(rng() % static_cast<unsigned>(categories));
            for (auto& v : row) {
                const auto r = rng() % 100;
                if (r < 15)
                    v = 0;
                else if (r < 60)
                    v = truth;
                else
                    v = 1 + static_cast<int>(rng() % static_cast<unsigned>(categories));
            }
            trial.rows.push_back(row);
        }
        trials.push_back(trial);
    }
    return trials;
}

RatingsMatrix toMatrix(const Trial& trial, bool completeOnly)
{
    RatingsMatrix m(trial.rows.front().size());
    for (const auto& row : trial.rows) {
        std::vector<std::optional<double>> values;
        bool complete = true;
        for (int v : row) {
            if (v == 0)
                complete = false;
            values.push_back(v == 0 ? std::nullopt : std::optional<double>(v));
        }
        if (!completeOnly || complete)
            m.addUnit(values);
    }
    return m;
}

QString runPython(const QStringList& arguments, int& exitCode)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(python, arguments);
    if (!process.waitForFinished(300000)) {
        exitCode = -1;
        return process.errorString();
    }
    exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAll());
}

} // namespace

TEST_CASE("cross-check: kappa and alpha equal sklearn, nltk and statsmodels to 1e-9")
{
    int exitCode = 0;
    const QString probe = runPython({"-c", "import nltk, sklearn, statsmodels"}, exitCode);
    INFO("Debian's " << python << " lacks nltk/sklearn/statsmodels (install python3-nltk "
                        "python3-sklearn python3-statsmodels, see scripts/install-deps): "
                     << probe.toStdString());
    REQUIRE(exitCode == 0);

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const auto trials = randomTrials(20);
    QStringList arguments{QString(HILO_TEST_DATA_DIR) + "/../analysis/cross_check.py"};
    for (std::size_t t = 0; t < trials.size(); ++t) {
        const QString path = dir.filePath(QString("trial%1.csv").arg(t));
        std::ofstream out(path.toStdString());
        for (std::size_t c = 0; c < trials[t].rows.front().size(); ++c)
            out << (c ? "," : "") << "c" << c;
        out << "\n";
        for (const auto& row : trials[t].rows) {
            for (std::size_t c = 0; c < row.size(); ++c) {
                out << (c ? "," : "");
                if (row[c] != 0)
                    out << row[c];
            }
            out << "\n";
        }
        arguments << path;
    }
    const QString output = runPython(arguments, exitCode);
    INFO(output.toStdString());
    REQUIRE(exitCode == 0);

    std::map<std::pair<std::size_t, std::string>, double> reference;
    for (const QString& line : output.split('\n', Qt::SkipEmptyParts)) {
        const auto parts = line.split(' ');
        REQUIRE(parts.size() == 3);
        reference[{parts[0].toULong(), parts[1].toStdString()}] = parts[2].toDouble();
    }
    std::size_t compared = 0;
    for (std::size_t t = 0; t < trials.size(); ++t) {
        INFO("trial " << t << ": " << trials[t].rows.front().size() << " coders, "
                      << trials[t].rows.size() << " units");
        const auto m = toMatrix(trials[t], false);
        auto expect = [&](const std::string& name, const AgreementResult& hilo) {
            INFO(name);
            REQUIRE(reference.count({t, name}) == 1);
            CHECK(std::abs(valueOf(hilo) - reference.at({t, name})) <= 1e-9);
            ++compared;
        };
        expect("cohen", cohenKappa(m));
        expect("cohen_linear", cohenKappa(m, 0, 1, KappaWeighting::Linear));
        expect("alpha_nominal", krippendorffAlpha(m, AlphaMetric::Nominal));
        expect("alpha_interval", krippendorffAlpha(m, AlphaMetric::Interval));
        expect("fleiss", fleissKappa(toMatrix(trials[t], true)));
    }
    CHECK(compared == 5 * trials.size());
}
