// `hilo merge`: a coder works in a copy of the project; merging the copy back brings in their
// codings (and any new source, code or coder) once, and merging again adds nothing.
#include "exchange_fixtures.h"
#include "support/temp_folder.h"

#include "project/snapshot_merger.h"
#include "project/snapshot_reader.h"
#include "store/undo_journal.h"

#include <catch2/catch.hpp>

using namespace hilo;
using namespace hilo::test;

namespace {

MergeReport mergeFrom(Project& into, const std::filesystem::path& other)
{
    Project copy = Project::open(other, Project::Access::ReadOnly);
    return mergeSnapshot(into, readProjectSnapshot(copy));
}

} // namespace

TEST_CASE("merging a coder's copy brings in their codings once", "[merge]")
{
    const TempFolder folder;
    {
        Project study = Project::create(folder / "Study.hilo");
        fillCodedDemo(study);
    }
    std::filesystem::copy(folder / "Study.hilo", folder / "Ben.hilo", std::filesystem::copy_options::recursive);
    std::int64_t benCodings = 0;
    {
        Project ben = Project::open(folder / "Ben.hilo");
        const std::int64_t coder = CoderStore(ben).add("Ben");
        CodebookStore(ben).add("Disclosure/Barriers/Fear of not being believed");
        const std::int64_t code = CodebookStore(ben).code("Disclosure/Barriers/Fear of not being believed").id;
        const std::int64_t blame = CodebookStore(ben).code("Fear of blame").id;
        const SourceDetail source = SourceStore(ben).source("yp02");
        CodingStore(ben).addMany({{source.id, code, coder, 10, 40}, {source.id, blame, coder, 50, 90, "Ben's memo"}});
        benCodings = 2;
    }

    Project study = Project::open(folder / "Study.hilo");
    const std::int64_t before = CodingStore(study).count();
    const MergeReport first = mergeFrom(study, folder / "Ben.hilo");
    CHECK(first.codingsAdded == benCodings);
    CHECK(first.codingsPresent == before);
    CHECK(first.codersAdded == std::vector<std::string>{"Ben"});
    CHECK(first.codersMatched.size() == 2);
    CHECK(first.codesAdded == std::vector<std::string>{"Disclosure/Barriers/Fear of not being believed"});
    CHECK(first.sourcesAdded.empty());
    CHECK(first.sourcesMatched.size() == 14);
    CHECK(first.unmatched.empty());
    CHECK(CodingStore(study).count() == before + benCodings);
    const std::vector<CodingRecord> bens = CodingStore(study).list({std::nullopt, std::nullopt, std::string("Ben"), std::nullopt});
    REQUIRE(bens.size() == 2);
    CHECK(bens[1].memo == "Ben's memo");

    const std::vector<std::string> afterFirst = describe(study);
    const MergeReport second = mergeFrom(study, folder / "Ben.hilo");
    CHECK(second.codingsAdded == 0);
    CHECK(second.codesAdded.empty());
    CHECK(second.codersAdded.empty());
    CHECK(second.codingsPresent == before + benCodings);
    CHECK(describe(study) == afterFirst);
}

TEST_CASE("a source only the other copy has is added with its turns, group and attributes", "[merge]")
{
    const TempFolder folder;
    Project study = Project::create(folder / "Study.hilo");
    {
        Project other = Project::create(folder / "Other.hilo");
        fillCodedDemo(other);
    }
    const MergeReport report = mergeFrom(study, folder / "Other.hilo");
    CHECK(report.sourcesAdded.size() == 14);
    Project other = Project::open(folder / "Other.hilo", Project::Access::ReadOnly);
    const SourceDetail theirs = SourceStore(other).source("JP04_grabacion");
    const SourceDetail ours = SourceStore(study).source("JP04_grabacion");
    CHECK(ours.turns.size() == theirs.turns.size());
    CHECK(ours.turns.front().timeStartMs == theirs.turns.front().timeStartMs);
    CHECK(ours.groupTag == theirs.groupTag);
    CHECK(describe(study) == describe(other));
}

TEST_CASE("a code matched by path keeps this project's GUID and fields", "[merge]")
{
    const TempFolder folder;
    Project study = Project::create(folder / "Study.hilo");
    CodebookStore(study).add("Disclosure", {std::nullopt, std::nullopt, std::string("ours")});
    const std::string guid = CodebookStore(study).code("Disclosure").guid;

    import::ProjectSnapshot snapshot;
    codebook::Code code;
    code.guid = codebook::newGuid();
    code.name = "disclosure"; // same code, other spelling and GUID
    code.definition = "theirs";
    snapshot.codebook.codes.push_back(code);
    const MergeReport report = mergeSnapshot(study, snapshot);
    CHECK(report.codesMatched == std::vector<std::string>{"disclosure"});
    CHECK(CodebookStore(study).codes().size() == 1);
    CHECK(CodebookStore(study).code("Disclosure").guid == guid);
    CHECK(CodebookStore(study).code("Disclosure").definition == "ours");
}

TEST_CASE("a merge into a read-only project is refused", "[merge]")
{
    const TempFolder folder;
    { Project::create(folder / "Study.hilo"); }
    Project readOnly = Project::open(folder / "Study.hilo", Project::Access::ReadOnly);
    CHECK_THROWS_WITH(mergeSnapshot(readOnly, {}), Catch::Contains("read-only"));
}

TEST_CASE("a merge is one undo step, sources and attributes included", "[merge][undo]")
{
    const TempFolder folder;
    {
        Project other = Project::create(folder / "Other.hilo");
        fillCodedDemo(other);
    }
    Project study = Project::create(folder / "Study.hilo");
    store::UndoJournal journal(study.db(), tablesWrittenByMerge());
    const std::vector<std::string> empty = describe(study);

    store::JournalRange range{journal.mark(), 0};
    mergeFrom(study, folder / "Other.hilo");
    range.last = journal.mark();
    const std::vector<std::string> merged = describe(study);
    REQUIRE(merged != empty);

    const store::JournalRange redo = journal.revert(range);
    CHECK(describe(study) == empty);
    CHECK(study.db().queryInt("SELECT count(*) FROM turns") == 0);
    CHECK(study.db().queryInt("SELECT count(*) FROM source_attributes") == 0);
    journal.revert(redo);
    CHECK(describe(study) == merged);
    CHECK(study.db().queryInt("SELECT count(*) FROM pragma_foreign_key_check") == 0);
}
