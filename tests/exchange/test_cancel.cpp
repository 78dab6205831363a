// The progress callbacks of reading, merging and writing whole projects: they count up to
// their total, and a callback that says stop ends the work with Cancelled, having changed
// nothing (the merge's transaction rolled back, no archive or temporary file written).
#include "exchange_fixtures.h"
#include "support/temp_folder.h"

#include "import/qdpx_reader.h"
#include "import/qdpx_writer.h"
#include "import/zip_archive_writer.h"
#include "project/snapshot_merger.h"
#include "project/snapshot_reader.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using namespace hilo;
using namespace hilo::test;

namespace {

// Records every report and says stop once `stopAt` steps are done (0: never).
struct Recorder {
    explicit Recorder(std::size_t stop = 0) : stopAt(stop) {}

    std::size_t stopAt;
    std::vector<std::pair<std::size_t, std::size_t>> reports;

    Progress callback()
    {
        return [this](std::size_t done, std::size_t total) {
            reports.emplace_back(done, total);
            return stopAt == 0 || done < stopAt;
        };
    }
    bool countsUpToItsTotal() const
    {
        for (std::size_t i = 1; i < reports.size(); ++i)
            if (reports[i].first < reports[i - 1].first || reports[i].second != reports.front().second)
                return false;
        return !reports.empty() && reports.back().first == reports.back().second;
    }
};

std::string bytesOf(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

} // namespace

TEST_CASE("a cancelled merge leaves the project as it was; a finished one reports every step", "[merge][cancel]")
{
    const TempFolder folder;
    Project coded = Project::create(folder / "Coded.hilo");
    fillCodedDemo(coded);
    Recorder reading;
    const import::ProjectSnapshot snapshot = readProjectSnapshot(coded, reading.callback());
    CHECK(reading.countsUpToItsTotal());
    CHECK(reading.reports.back().second == snapshot.sources.size());

    Project empty = Project::create(folder / "Empty.hilo");
    const std::size_t steps = snapshot.sources.size() + snapshot.codings.size();
    for (const std::size_t stopAt : {std::size_t{1}, snapshot.sources.size() + 1, steps}) {
        Recorder merging(stopAt);
        CHECK_THROWS_AS(mergeSnapshot(empty, snapshot, {}, merging.callback()), Cancelled);
        CHECK(describe(empty).empty());
    }
    Recorder merging;
    mergeSnapshot(empty, snapshot, {}, merging.callback());
    CHECK(merging.countsUpToItsTotal());
    CHECK(merging.reports.back().second == steps);
    CHECK(describe(empty) == describe(coded));

    Recorder stop(1);
    CHECK_THROWS_AS(readProjectSnapshot(coded, stop.callback()), Cancelled);
}

TEST_CASE("a cancelled .qdpx export writes nothing and keeps an earlier file; reading one cancels too", "[qdpx][cancel]")
{
    const TempFolder folder;
    Project coded = Project::create(folder / "Coded.hilo");
    fillCodedDemo(coded);
    const import::ProjectSnapshot snapshot = readProjectSnapshot(coded);
    std::filesystem::create_directories(folder / "out");
    const std::filesystem::path target = folder / "out" / "study.qdpx";

    // Stopped while gathering the sources, and half-way through libzip's writing.
    const std::size_t halfWritten = snapshot.sources.size() + import::ZipArchiveWriter::kCommitSteps / 2;
    for (const std::size_t stopAt : {std::size_t{1}, halfWritten}) {
        Recorder writing(stopAt);
        CHECK_THROWS_AS(import::writeQdpx(snapshot, target, writing.callback()), Cancelled);
        CHECK(std::filesystem::is_empty(folder / "out"));
    }
    folder.write("out/study.qdpx", "an earlier export (fictional)");
    Recorder late(halfWritten);
    CHECK_THROWS_AS(import::writeQdpx(snapshot, target, late.callback()), Cancelled);
    CHECK(bytesOf(target) == "an earlier export (fictional)");
    CHECK(std::distance(std::filesystem::directory_iterator(folder / "out"), {}) == 1);

    Recorder writing;
    import::writeQdpx(snapshot, target, writing.callback());
    CHECK(writing.countsUpToItsTotal());
    Recorder reading;
    const import::ProjectSnapshot back = import::readQdpx(target, {}, reading.callback());
    CHECK(back.sources.size() == snapshot.sources.size());
    CHECK(reading.reports.size() >= snapshot.sources.size());
    Recorder stop(2);
    CHECK_THROWS_AS(import::readQdpx(target, {}, stop.callback()), Cancelled);
}
