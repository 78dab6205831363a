#include "project/operations/coding_operations.h"
#include "store/undo_journal.h"
#include "store_fixture.h"
#include "text/user_error.h"

#include <catch2/catch.hpp>

using namespace hilo;
using hilo::test::CodingFixture;

TEST_CASE("a coding keeps its coder, code and exact span in code points", "[store][coding]")
{
    CodingFixture f;
    // "No 😢." starts at 43: the emoji counts as one code point.
    const auto id = f.codings.add({f.source, f.code("Embarrassment"), f.ana, 43, 48, "first read"});
    const std::vector<CodingRecord> all = f.codings.list();
    REQUIRE(all.size() == 1);
    CHECK(all[0].id == id);
    CHECK(all[0].text == "No 😢.");
    CHECK(all[0].coderName == "Ana");
    CHECK(all[0].codePath == "Disclosure/Barriers/Embarrassment");
    CHECK(all[0].codeColor == "#3366cc"); // inherited from Disclosure
    CHECK(all[0].groupTag == "YP");
    CHECK(all[0].memo == "first read");
}

TEST_CASE("spans outside the text, unknown ids and duplicates are refused and change nothing", "[store][coding]")
{
    CodingFixture f;
    const auto code = f.code("Embarrassment");
    const auto length = SourceStore(f.project).source("YP01").length;
    CHECK_THROWS_WITH(f.codings.add({f.source, code, f.ana, 10, length + 1}), Catch::Contains("is not within YP01"));
    CHECK_THROWS_WITH(f.codings.add({f.source, code, f.ana, 10, 10}), Catch::Contains("is not within"));
    CHECK_THROWS_WITH(f.codings.add({f.source, code, 999, 1, 2}), Catch::Contains("no coder"));
    CHECK_THROWS_WITH(f.codings.add({f.source, 999, f.ana, 1, 2}), Catch::Contains("no code"));
    f.codings.add({f.source, code, f.ana, 1, 5});
    CHECK_THROWS_WITH(f.codings.add({f.source, code, f.ana, 1, 5}), Catch::Contains("already has code"));
    CHECK_NOTHROW(f.codings.add({f.source, code, f.luis, 1, 5})); // another coder may
    CHECK(f.codings.count() == 2);
}

TEST_CASE("codings filter by code with its sub-codes, coder, source and group", "[store][coding]")
{
    CodingFixture f;
    f.codings.add({f.source, f.code("Embarrassment"), f.ana, 43, 48});
    f.codings.add({f.source, f.code("Fear of blame"), f.luis, 50, 60});
    f.codings.add({f.source, f.code("Impact"), f.ana, 1, 5});
    CHECK(f.codings.list({std::nullopt, std::string("Disclosure"), std::nullopt, std::nullopt}).size() == 2);
    CHECK(f.codings.list({std::nullopt, std::nullopt, std::string("luis"), std::nullopt}).size() == 1);
    CHECK(f.codings.list({std::string("YP01"), std::nullopt, std::nullopt, std::string("YP")}).size() == 3);
    CHECK(f.codings.list({std::nullopt, std::nullopt, std::nullopt, std::string("FW")}).empty());
    CHECK_THROWS_WITH(f.codings.list({std::nullopt, std::nullopt, std::string("Nadie"), std::nullopt}),
                      Catch::Contains("no coder named 'Nadie'"));
}

TEST_CASE("autocoding codes matching turns or sentences, accent- and case-insensitively", "[store][coding]")
{
    CodingFixture f;
    ops::AutocodeRequest request{"VERGUENZA", "Embarrassment", "Ana"};
    ops::AutocodeReport report = ops::autocode(f.project, request);
    CHECK(report.coded == 1);
    CHECK(f.codings.list().front().text == "No 😢. Me daba vergüenza, y pensé que me iban a culpar.");

    request.unit = ops::AutocodeRequest::Unit::Sentence;
    request.query = "culp*";
    report = ops::autocode(f.project, request);
    REQUIRE(report.coded == 1);
    CHECK(f.codings.list().back().text == "Me daba vergüenza, y pensé que me iban a culpar.");

    request.query = "\"mi prima\" creyó";
    request.unit = ops::AutocodeRequest::Unit::Turn;
    CHECK(ops::autocode(f.project, request).coded == 1);
    CHECK(ops::autocode(f.project, request).coded == 0); // already coded: nothing doubled
    request.query = "\"unclosed";
    CHECK_THROWS_WITH(ops::autocode(f.project, request), Catch::Contains("unclosed quote at position 1"));
}

TEST_CASE("the undo journal reverts and replays any store operation as one step", "[store][undo]")
{
    CodingFixture f;
    store::UndoJournal journal(f.project.db(), {"codes", "codings"});
    const auto embarrassment = f.code("Embarrassment");
    f.codings.add({f.source, embarrassment, f.ana, 43, 48});
    f.codings.add({f.source, f.code("Fear of blame"), f.luis, 50, 60});
    const auto before = f.codebook.codes();

    store::JournalRange merge{journal.mark(), 0};
    f.codebook.merge("Fear of blame", "Embarrassment");
    merge.last = journal.mark();
    CHECK(f.codebook.codes().size() == before.size() - 1);

    const store::JournalRange redo = journal.revert(merge); // undo
    const auto restored = f.codebook.codes();
    REQUIRE(restored.size() == before.size());
    for (std::size_t i = 0; i < before.size(); ++i) {
        CHECK(restored[i].id == before[i].id);
        CHECK(restored[i].path == before[i].path);
        CHECK(restored[i].codingCount == before[i].codingCount);
    }
    journal.revert(redo); // redo
    CHECK(f.codebook.codes().size() == before.size() - 1);
    CHECK(f.codings.list({std::nullopt, std::string("Embarrassment"), std::nullopt, std::nullopt}).size() == 2);

    store::JournalRange deletion{journal.mark(), 0};
    f.codebook.remove("Disclosure", true);
    deletion.last = journal.mark();
    CHECK(f.codings.count() == 0);
    journal.revert(deletion);
    CHECK(f.codings.count() == 2);
    CHECK(f.codebook.code("Disclosure/Barriers/Embarrassment").codingCount == 2);
    CHECK(f.project.db().queryInt("SELECT count(*) FROM pragma_foreign_key_check") == 0);
}
