// Measures Hilo's search path on a synthetic corpus: import + index throughput (MB/s) through
// the real import path, search latency (p50/p95) over fixed queries, and a SQLite LIKE scan over
// the same text for comparison, and the code matrix against a plain SQL count of codings. The
// corpus is generated from a seed, so runs are comparable.
//   hilo-bench [--transcripts N] [--words W] [--seed S]
#include "analysis/crosstab/code_matrix.h"
#include "index/index_sync.h"
#include "index/search.h"
#include "project/codebook_store.h"
#include "project/coder_store.h"
#include "project/coding_store.h"
#include "project/importer.h"
#include "project/project.h"
#include "project/source_store.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

const std::vector<std::string> kEnglish = {
    "phone", "message", "friend", "school", "mother", "afraid", "embarrassed", "embarrassment", "told",
    "nobody", "teacher", "helpline", "photo", "threat", "online", "account", "blocked", "night", "scared",
    "cousin", "believed", "report", "police", "shame", "blame", "anonymous", "chat", "video", "group",
    "the", "and", "that", "was", "because", "then", "really", "she", "they", "we", "it", "not", "when"};
const std::vector<std::string> kSpanish = {
    "celular", "mensaje", "amiga", "escuela", "mamá", "miedo", "vergüenza", "niña", "niñas", "prima",
    "maestra", "línea", "foto", "amenaza", "cuenta", "bloqueé", "noche", "culpa", "creyó", "denuncia",
    "policía", "anónimo", "después", "también", "porque", "nadie", "grupo", "el", "la", "que", "y", "no",
    "me", "se", "lo", "pero", "cuando", "muy", "era", "estaba", "decía", "ayuda"};
const std::vector<std::string> kStates = {"Morelos", "Oaxaca", "Jalisco", "Puebla", "Ciudad de México"};
const std::vector<std::string> kGroups = {"YP", "FW", "JP"};

const std::vector<std::string> kQueries = {
    "phone", "vergüenza", "niña", "embarrassed", "celular mensaje", "\"me decía\"", "\"the phone\"",
    "miedo NEAR noche", "threat NEAR online", "foto OR photo", "shame NOT blame", "emb*", "amen*",
    "group:YP celular", "role:participant vergüenza", "age:14..15 phone", "state:Morelos miedo",
    "kind:turn group:FW", "(prima OR cousin) believed", "policía denuncia"};

// Words of the plain queries, for the LIKE comparison.
const std::vector<std::string> kLikeWords = {"phone", "vergüenza", "niña", "embarrassed", "celular", "policía"};

struct Options {
    int transcripts = 200;
    int words = 3000;
    unsigned seed = 42;
};

Options parse(int argc, char** argv)
{
    Options options;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string name = argv[i];
        const std::string value = argv[i + 1];
        if (name == "--transcripts")
            options.transcripts = std::stoi(value);
        else if (name == "--words")
            options.words = std::stoi(value);
        else if (name == "--seed")
            options.seed = static_cast<unsigned>(std::stoul(value));
        else
            throw std::invalid_argument("unknown option " + name);
    }
    return options;
}

std::string transcript(int n, const Options& options, std::mt19937& random)
{
    const bool spanish = n % 2 == 1;
    const std::vector<std::string>& vocabulary = spanish ? kSpanish : kEnglish;
    std::string text = "Group: " + kGroups[static_cast<std::size_t>(n) % kGroups.size()] + "\nParticipant: P" +
                       std::to_string(n) + "\nLanguage: " + (spanish ? "es" : "en") + "\nAge: " + std::to_string(14 + n % 5) +
                       "\nState: " + kStates[static_cast<std::size_t>(n) % kStates.size()] + "\n\n";
    std::uniform_int_distribution<std::size_t> pick(0, vocabulary.size() - 1);
    std::uniform_int_distribution<int> turnLength(8, 60);
    int written = 0;
    bool interviewer = true;
    while (written < options.words) {
        text += interviewer ? (spanish ? "Entrevistadora:" : "Interviewer:") : "Participant:";
        const int length = turnLength(random);
        for (int i = 0; i < length; ++i)
            text += " " + vocabulary[pick(random)];
        text += ".\n\n";
        written += length;
        interviewer = !interviewer;
    }
    return text;
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values[static_cast<std::size_t>(p * static_cast<double>(values.size() - 1))];
}

double millisSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

} // namespace

int main(int argc, char** argv)
{
    const Options options = parse(argc, argv);
    const fs::path root = fs::temp_directory_path() / ("hilo-bench-" + std::to_string(options.seed));
    fs::remove_all(root);
    fs::create_directories(root / "corpus");
    std::mt19937 random(options.seed);
    std::uintmax_t bytes = 0;
    hilo::ImportRequest request;
    for (int n = 0; n < options.transcripts; ++n) {
        const fs::path file = root / "corpus" / (kGroups[static_cast<std::size_t>(n) % kGroups.size()] + std::to_string(n) + "_interview.txt");
        const std::string text = transcript(n, options, random);
        std::ofstream(file, std::ios::binary) << text;
        bytes += text.size();
        request.files.push_back(file);
    }
    hilo::Project project = hilo::Project::create(root / "Bench.hilo");
    const double megabytes = static_cast<double>(bytes) / 1e6;

    auto start = Clock::now();
    hilo::importTranscripts(project, request);
    const double importMs = millisSince(start);
    start = Clock::now();
    const hilo::IndexSyncReport report = hilo::syncIndex(project);
    const double indexMs = millisSince(start);

    std::printf("corpus: %d transcripts x %d words (seed %u), %.1f MB, %zu documents\n", options.transcripts,
                options.words, options.seed, megabytes, report.documents);
    std::printf("import: %.0f ms (%.1f MB/s); index: %.0f ms (%.1f MB/s); both: %.1f MB/s\n", importMs,
                megabytes / (importMs / 1e3), indexMs, megabytes / (indexMs / 1e3),
                megabytes / ((importMs + indexMs) / 1e3));

    constexpr int kRounds = 5;
    std::vector<double> latencies;
    for (int round = 0; round < kRounds; ++round)
        for (const std::string& query : kQueries) {
            start = Clock::now();
            hilo::search(project, query, {.limit = 20, .groupFacet = true, .codeFacet = true});
            latencies.push_back(millisSince(start));
        }
    std::printf("search (%zu queries x %d, limit 20, group and code facets): p50 %.2f ms, p95 %.2f ms\n",
                kQueries.size(), kRounds, percentile(latencies, 0.5), percentile(latencies, 0.95));

    std::vector<double> indexed;
    std::vector<double> scanned;
    auto like = project.db().prepare("SELECT count(*) FROM sources WHERE text LIKE ?");
    for (int round = 0; round < kRounds; ++round)
        for (const std::string& word : kLikeWords) {
            start = Clock::now();
            hilo::search(project, word, {.limit = 20});
            indexed.push_back(millisSince(start));
            start = Clock::now();
            like.bind(1, "%" + word + "%");
            like.step();
            like.reset();
            scanned.push_back(millisSince(start));
        }
    const double indexedP50 = percentile(indexed, 0.5);
    const double scannedP50 = percentile(scanned, 0.5);
    std::printf("one word: index p50 %.2f ms vs SQLite LIKE scan p50 %.2f ms (LIKE/index %.2f)\n", indexedP50, scannedP50,
                scannedP50 / indexedP50);

    // The code matrix: random codings (three coders, a three-level codebook) on every
    // transcript, then the matrix by group with every measure (words included) against a plain
    // SQL count of codings per code and group, the least any cross-tab must do.
    hilo::CodebookStore codebook(project);
    std::vector<std::int64_t> codes;
    for (int top = 0; top < 6; ++top) {
        const std::string parent = "Theme " + std::to_string(top);
        codes.push_back(codebook.add(parent));
        for (int child = 0; child < 4; ++child) {
            const std::string path = parent + "/Code " + std::to_string(child);
            codes.push_back(codebook.add(path));
            codes.push_back(codebook.add(path + "/Detail"));
        }
    }
    std::vector<std::int64_t> coders;
    for (const char* name : {"Ana", "Luis", "Mar"})
        coders.push_back(hilo::CoderStore(project).add(name));
    std::vector<hilo::NewCoding> batch;
    for (const hilo::SourceSummary& source : hilo::SourceStore(project).sources())
        for (int c = 0; c < 20; ++c) {
            const auto begin = static_cast<std::int64_t>(random() % static_cast<unsigned>(source.length - 400));
            batch.push_back({source.id, codes[random() % codes.size()], coders[random() % coders.size()], begin,
                             begin + 50 + static_cast<std::int64_t>(random() % 300)});
        }
    hilo::CodingStore(project).addMany(batch);
    std::vector<double> matrixTimes;
    std::vector<double> countTimes;
    auto count = project.db().prepare("SELECT c.code_id, s.group_id, count(*) FROM codings c JOIN sources s "
                                      "ON s.id = c.source_id GROUP BY c.code_id, s.group_id");
    for (int round = 0; round < kRounds; ++round) {
        start = Clock::now();
        hilo::analysis::buildCodeMatrix(project, {});
        matrixTimes.push_back(millisSince(start));
        start = Clock::now();
        while (count.step()) {
        }
        count.reset();
        countTimes.push_back(millisSince(start));
    }
    const double matrixP50 = percentile(matrixTimes, 0.5);
    const double countP50 = percentile(countTimes, 0.5);
    std::printf("code matrix (%zu codings, %zu codes, by group, all measures): p50 %.2f ms vs SQL count p50 %.2f ms "
                "(matrix/count %.1f)\n",
                batch.size(), codes.size(), matrixP50, countP50, matrixP50 / countP50);
    fs::remove_all(root);
    return 0;
}
