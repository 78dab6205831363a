// `hilo-bench matrix`: the code matrix (codes x groups, every measure, words included) on a
// synthetic corpus with random codings by three coders on a three-level codebook, against a
// plain SQL count of codings per code and group, the least any cross-tab must do.
//   hilo-bench matrix [--transcripts N] [--words W] [--seed S]
#include "bench_main.h"
#include "synthetic_corpus.h"

#include "analysis/crosstab/code_matrix.h"
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
#include <random>

namespace hilo::bench {
namespace fs = std::filesystem;
namespace {

using Clock = std::chrono::steady_clock;
constexpr int kRounds = 5;

double millisSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

std::size_t addRandomCodings(Project& project, unsigned seed)
{
    CodebookStore codebook(project);
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
        coders.push_back(CoderStore(project).add(name));
    std::mt19937 random(seed);
    std::vector<NewCoding> batch;
    for (const SourceSummary& source : SourceStore(project).sources())
        for (int c = 0; c < 20 && source.length > 400; ++c) {
            const auto begin = static_cast<std::int64_t>(random() % static_cast<unsigned>(source.length - 400));
            batch.push_back({source.id, codes[random() % codes.size()], coders[random() % coders.size()], begin,
                             begin + 50 + static_cast<std::int64_t>(random() % 300)});
        }
    CodingStore(project).addMany(batch);
    return batch.size();
}

} // namespace

int runMatrixBench(const std::vector<std::string>& args)
{
    CorpusShape shape;
    shape.transcripts = 200;
    for (std::size_t i = 0; i + 1 < args.size(); i += 2) {
        if (args[i] == "--transcripts")
            shape.transcripts = std::stoi(args[i + 1]);
        else if (args[i] == "--words")
            shape.wordsPerTranscript = std::stoi(args[i + 1]);
        else if (args[i] == "--seed")
            shape.seed = static_cast<unsigned>(std::stoul(args[i + 1]));
        else
            throw std::invalid_argument("unknown option " + args[i]);
    }
    const fs::path root = fs::temp_directory_path() / ("hilo-bench-matrix-" + std::to_string(shape.seed));
    fs::remove_all(root);
    Project project = Project::create(root / "Bench.hilo");
    ImportRequest request;
    request.files = writeCorpus(shape, root / "corpus").files;
    writeImport(project, prepareImport(project, request));
    const std::size_t codings = addRandomCodings(project, shape.seed);

    std::vector<double> matrixTimes;
    std::vector<double> countTimes;
    auto count = project.db().prepare("SELECT c.code_id, s.group_id, count(*) FROM codings c JOIN sources s "
                                      "ON s.id = c.source_id GROUP BY c.code_id, s.group_id");
    for (int round = 0; round < kRounds; ++round) {
        auto start = Clock::now();
        analysis::buildCodeMatrix(project, {});
        matrixTimes.push_back(millisSince(start));
        start = Clock::now();
        while (count.step()) {
        }
        count.reset();
        countTimes.push_back(millisSince(start));
    }
    const double matrix = median(matrixTimes);
    const double sqlCount = median(countTimes);
    std::printf("code matrix (%zu codings, 54 codes, %d transcripts, by group, all measures): median %.2f ms vs SQL "
                "count median %.2f ms (matrix/count %.1f)\n",
                codings, shape.transcripts, matrix, sqlCount, matrix / sqlCount);
    fs::remove_all(root);
    return 0;
}

} // namespace hilo::bench
