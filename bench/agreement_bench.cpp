// `hilo-bench agreement`: every agreement statistic for 2 coders x 1,000 transcripts x 200 codes
// (about 400,000 codings) through the real path (project.db -> computeProjectAgreement), on
// character, turn, segment and unitized units; and, in the same run, the naive computation of
// the same character-unit statistics with one matrix row per character, as the ratio's baseline.
// The naive run covers a subset of the transcripts (it is too slow for all of them) and is
// extrapolated linearly in the number of characters, which the output says.
//   hilo-bench agreement [--transcripts N] [--codes K] [--words W] [--naive-transcripts M] [--seed S] [--keep 1]
#include "agreement_bench.h"

#include "analysis/agreement/brennan_prediger.h"
#include "analysis/agreement/character_units.h"
#include "analysis/agreement/cohen_kappa.h"
#include "analysis/agreement/fleiss_kappa.h"
#include "analysis/agreement/krippendorff_alpha.h"
#include "analysis/agreement/percent_agreement.h"
#include "analysis/agreement/project_agreement.h"
#include "analysis/agreement/spans.h"
#include "project/codebook_store.h"
#include "project/coder_store.h"
#include "project/coding_store.h"
#include "project/importer.h"
#include "project/project.h"
#include "project/source_store.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <ctime>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

struct Options {
    int transcripts = 1000;
    int codes = 200;
    int words = 1000;
    int naiveTranscripts = 5;
    unsigned seed = 7;
    int keep = 0; // 1: leave the synthetic project in the temporary folder, for the CLI
};

Options parse(int argc, char** argv)
{
    Options o;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string name = argv[i];
        const int value = std::stoi(argv[i + 1]);
        if (name == "--transcripts")
            o.transcripts = value;
        else if (name == "--codes")
            o.codes = value;
        else if (name == "--words")
            o.words = value;
        else if (name == "--naive-transcripts")
            o.naiveTranscripts = value;
        else if (name == "--seed")
            o.seed = static_cast<unsigned>(value);
        else if (name == "--keep")
            o.keep = value;
        else
            throw std::invalid_argument("unknown option " + name);
    }
    return o;
}

double millisSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

const std::vector<std::string> kWords = {"phone", "message", "friend", "school", "afraid", "told", "nobody",
                                         "teacher", "photo", "threat", "online", "blocked", "night", "the",
                                         "and", "that", "was", "because", "then", "really", "she", "they"};

std::string transcript(const Options& o, std::mt19937& random)
{
    std::string text = "Group: YP\n\n";
    std::uniform_int_distribution<std::size_t> pick(0, kWords.size() - 1);
    std::uniform_int_distribution<int> turnLength(8, 40);
    bool interviewer = true;
    for (int written = 0; written < o.words; interviewer = !interviewer) {
        text += interviewer ? "Interviewer:" : "Participant:";
        const int length = turnLength(random);
        for (int i = 0; i < length; ++i)
            text += " " + kWords[pick(random)];
        text += ".\n\n";
        written += length;
    }
    return text;
}

struct Synthetic {
    std::vector<hilo::SourceSummary> sources;
    // [source][code][coder] -> spans, as coded (for the naive baseline)
    std::vector<std::vector<std::vector<std::vector<hilo::analysis::Span>>>> spans;
    std::size_t codings = 0;
};

// Coder 0 applies every code about once per transcript; coder 1 agrees on most spans with
// shifted boundaries, misses some and adds some of their own.
Synthetic build(hilo::Project& project, const fs::path& corpus, const Options& o)
{
    std::mt19937 random(o.seed);
    hilo::ImportRequest request;
    fs::create_directories(corpus);
    for (int n = 0; n < o.transcripts; ++n) {
        const fs::path file = corpus / ("T" + std::to_string(100000 + n) + ".txt");
        std::ofstream(file, std::ios::binary) << transcript(o, random);
        request.files.push_back(file);
    }
    hilo::writeImport(project, hilo::prepareImport(project, request));
    hilo::CodebookStore book(project);
    std::vector<std::int64_t> codeIds;
    for (int k = 0; k < o.codes; ++k)
        codeIds.push_back(book.add("Code" + std::to_string(1000 + k)));
    hilo::CoderStore coders(project);
    const std::int64_t ana = coders.add("ana");
    const std::int64_t ben = coders.add("ben");

    Synthetic s;
    s.sources = hilo::SourceStore(project).sources();
    s.spans.assign(s.sources.size(), std::vector<std::vector<std::vector<hilo::analysis::Span>>>(
                                         static_cast<std::size_t>(o.codes), std::vector<std::vector<hilo::analysis::Span>>(2)));
    std::vector<hilo::NewCoding> codings;
    std::uniform_int_distribution<int> shift(-15, 15);
    std::uniform_int_distribution<int> spanLength(40, 400);
    std::uniform_real_distribution<double> chance(0, 1);
    for (std::size_t i = 0; i < s.sources.size(); ++i) {
        const std::int64_t length = s.sources[i].length;
        std::uniform_int_distribution<std::int64_t> at(0, length - 401);
        for (std::size_t k = 0; k < codeIds.size(); ++k) {
            auto add = [&](std::size_t coder, std::int64_t start, std::int64_t end) {
                start = std::clamp<std::int64_t>(start, 0, length - 1);
                end = std::clamp<std::int64_t>(end, start + 1, length);
                codings.push_back({s.sources[i].id, codeIds[k], coder == 0 ? ana : ben, start, end});
                s.spans[i][k][coder].push_back({start, end});
            };
            const std::int64_t start = at(random);
            const std::int64_t end = start + spanLength(random);
            add(0, start, end);
            const double roll = chance(random);
            if (roll < 0.75)
                add(1, start + shift(random), end + shift(random));
            else if (roll < 0.9) {
                const std::int64_t other = at(random);
                add(1, other, other + spanLength(random));
            } else {
                const std::int64_t other = at(random);
                add(1, other, other + spanLength(random));
                const std::int64_t more = at(random);
                add(1, more, more + spanLength(random));
            }
        }
    }
    hilo::CodingStore(project).addMany(codings);
    s.codings = codings.size();
    return s;
}

// The naive way: one matrix row per character, then the same statistic functions.
struct NaiveResult {
    double millis = 0;
    std::int64_t characters = 0;
    std::vector<double> kappas; // per code, pooled over the subset
};

NaiveResult naive(const Synthetic& s, std::size_t transcripts)
{
    using namespace hilo::analysis;
    NaiveResult out;
    const auto start = Clock::now();
    const std::size_t codes = s.spans.empty() ? 0 : s.spans[0].size();
    for (std::size_t k = 0; k < codes; ++k) {
        RatingsMatrix m(2);
        for (std::size_t i = 0; i < transcripts; ++i) {
            const std::int64_t length = s.sources[i].length;
            std::vector<std::vector<char>> coded(2, std::vector<char>(static_cast<std::size_t>(length), 0));
            for (std::size_t c = 0; c < 2; ++c)
                for (const Span& span : s.spans[i][k][c])
                    std::fill(coded[c].begin() + span.start, coded[c].begin() + span.end, 1);
            for (std::int64_t p = 0; p < length; ++p)
                m.addUnit({double(coded[0][static_cast<std::size_t>(p)]), double(coded[1][static_cast<std::size_t>(p)])});
        }
        percentAgreement(m);
        out.kappas.push_back(cohenKappa(m).value.value_or(NAN));
        fleissKappa(m);
        brennanPrediger(m, 2);
        krippendorffAlpha(m, AlphaMetric::Nominal);
    }
    out.millis = millisSince(start);
    for (std::size_t i = 0; i < transcripts; ++i)
        out.characters += s.sources[i].length;
    return out;
}

// Processor time of this process: steadier than wall time on a machine shared with others.
double cpuMillis()
{
    return 1000.0 * static_cast<double>(std::clock()) / CLOCKS_PER_SEC;
}

struct Timing {
    double wall = 0;
    double cpu = 0;
    std::size_t rows = 0;
};

Timing timeUnit(hilo::Project& project, const std::string& unit)
{
    hilo::analysis::AgreementRequest request;
    request.coders = {"ana", "ben"};
    hilo::analysis::parseAgreementUnit(unit, request);
    const double cpu = cpuMillis();
    const auto start = Clock::now();
    const hilo::analysis::ProjectAgreement result = hilo::analysis::computeProjectAgreement(project, request);
    return {millisSince(start), cpuMillis() - cpu, result.rows.size()};
}

} // namespace

int runAgreementBench(int argc, char** argv)
{
    const Options o = parse(argc, argv);
    const fs::path root = fs::temp_directory_path() / ("hilo-bench-agreement-" + std::to_string(o.seed));
    fs::remove_all(root);
    hilo::Project project = hilo::Project::create(root / "Bench.hilo");
    auto start = Clock::now();
    const Synthetic s = build(project, root / "corpus", o);
    std::int64_t characters = 0;
    for (const hilo::SourceSummary& source : s.sources)
        characters += source.length;
    std::printf("corpus: %zu transcripts, %d codes, 2 coders, %zu codings, %.1f M characters (seed %u; built in %.0f ms)\n",
                s.sources.size(), o.codes, s.codings, static_cast<double>(characters) / 1e6, o.seed, millisSince(start));

    Timing total;
    double charMillis = 0;
    for (const std::string unit : {"char", "turn", "segment", "unitized"}) {
        const Timing t = timeUnit(project, unit);
        if (unit == "char")
            charMillis = t.wall;
        total.wall += t.wall;
        total.cpu += t.cpu;
        std::printf("%-9s every statistic, %zu rows (per code + all codes), from project.db: %.0f ms (cpu %.0f ms)%s\n",
                    unit.c_str(), t.rows, t.wall, t.cpu, unit == "turn" ? ", incl. a 1000-draw bootstrap per row" : "");
    }
    std::printf("all four units, one after the other: %.0f ms (cpu %.0f ms)\n", total.wall, total.cpu);
    {
        // The same four reports from one read of project.db, as a caller reporting several units does.
        hilo::analysis::AgreementRequest request;
        request.coders = {"ana", "ben"};
        const double cpu = cpuMillis();
        const auto began = Clock::now();
        const hilo::analysis::AgreementInput input = hilo::analysis::loadAgreementInput(project, request);
        for (const std::string unit : {"char", "turn", "segment", "unitized"}) {
            hilo::analysis::parseAgreementUnit(unit, request);
            hilo::analysis::computeProjectAgreement(input, request);
        }
        std::printf("all four units from one read of project.db: %.0f ms (cpu %.0f ms); target: under 2000 ms\n",
                    millisSince(began), cpuMillis() - cpu);
    }

    const std::size_t subset = std::min<std::size_t>(static_cast<std::size_t>(o.naiveTranscripts), s.sources.size());
    const NaiveResult baseline = naive(s, subset);
    const double extrapolated = baseline.millis * static_cast<double>(characters) / static_cast<double>(baseline.characters);
    std::printf("naive per-character char statistics on %zu of %zu transcripts: %.0f ms; extrapolated to all: %.0f ms\n",
                subset, s.sources.size(), baseline.millis, extrapolated);
    std::printf("char units: naive / Hilo = %.0fx (Hilo's time includes reading project.db)\n", extrapolated / charMillis);

    // The baseline computes the same statistic: check it on the subset against the sweep.
    double worst = 0;
    for (std::size_t k = 0; k < baseline.kappas.size(); ++k) {
        hilo::analysis::RatingsMatrix pooled(2);
        for (std::size_t i = 0; i < subset; ++i) {
            std::vector<std::vector<hilo::analysis::Span>> spans = s.spans[i][k];
            const hilo::analysis::RatingsMatrix m = hilo::analysis::characterUnits(s.sources[i].length, spans);
            for (std::size_t u = 0; u < m.unitCount(); ++u)
                pooled.addUnit({m.value(u, 0), m.value(u, 1)}, m.weight(u));
        }
        const auto kappa = hilo::analysis::cohenKappa(pooled);
        if (kappa.value && !std::isnan(baseline.kappas[k]))
            worst = std::max(worst, std::abs(*kappa.value - baseline.kappas[k]));
    }
    std::printf("largest |kappa(sweep) - kappa(naive)| over %zu codes on the subset: %.1e\n", baseline.kappas.size(), worst);
    if (o.keep) {
        std::printf("kept: %s\n", (root / "Bench.hilo").c_str());
        return 0;
    }
    fs::remove_all(root);
    return 0;
}
