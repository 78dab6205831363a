// The basket in project.db: order, removal, notes, codes and coder kept with each quote, bad
// input refused without a change, and undo through the store's journal.
#include "analysis/quotes/diversity_report.h"
#include "quote_fixture.h"
#include "store/undo_journal.h"

using namespace hilo;
using namespace hilo::test;

namespace {

std::vector<std::string> order(quotes::QuoteStore& store)
{
    std::vector<std::string> texts;
    for (const quotes::QuoteRecord& r : store.list())
        texts.push_back(r.text.substr(0, 8));
    return texts;
}

} // namespace

TEST_CASE("quotes keep their order through moves and removals", "[quotes][store]")
{
    QuoteFixture f;
    const std::int64_t a = f.add(f.english, "Smith");
    const std::int64_t b = f.add(f.english, "went home");
    const std::int64_t c = f.add(f.spanish, "García");
    CHECK(order(f.quotes) == std::vector<std::string>{"I told D", "Then we ", "Hablé c"});
    f.quotes.move(c, 1);
    CHECK(order(f.quotes) == std::vector<std::string>{"Hablé c", "I told D", "Then we "});
    f.quotes.move(c, 99); // clamped: last
    CHECK(order(f.quotes) == std::vector<std::string>{"I told D", "Then we ", "Hablé c"});
    f.quotes.remove(a);
    const auto all = f.quotes.list();
    REQUIRE(all.size() == 2);
    CHECK(all[0].id == b);
    CHECK(all[0].position == 1);
    CHECK(all[1].position == 2);
    CHECK_THROWS_WITH(f.quotes.remove(a), Catch::Contains("no quote with id"));
}

TEST_CASE("a quote from a coding keeps the coding's code and coder", "[quotes][store]")
{
    QuoteFixture f;
    const auto [start, end] = f.spanOf(f.spanish, "vergüenza");
    const std::int64_t luis = CoderStore(f.project).add("Luis");
    const std::int64_t coding = CodingStore(f.project).add({f.spanish, f.embarrassment, luis, start, end});
    const quotes::QuoteRecord r = f.quotes.quote(f.quotes.addFromCoding(coding, {}, "para el capítulo 3"));
    CHECK(r.codes == std::vector<std::string>{"Disclosure/Embarrassment"});
    CHECK(r.coderName == "Luis");
    CHECK(r.codingId == coding);
    CHECK(r.note == "para el capítulo 3");
    CHECK(r.groupTag == "YP");
    CHECK(r.participant == "YP12");
    f.quotes.setNote(r.id, "chapter 4");
    CHECK(f.quotes.quote(r.id).note == "chapter 4");
    // Removing the coding keeps the quote, which no longer points to it.
    CodingStore(f.project).remove(coding);
    CHECK(!f.quotes.quote(r.id).codingId);
    CHECK(f.quotes.quote(r.id).codes == std::vector<std::string>{"Disclosure/Embarrassment"});
}

TEST_CASE("bad quotes are refused with the place named, and the basket is unchanged", "[quotes][store][errors]")
{
    QuoteFixture f;
    f.add(f.english, "Smith");
    quotes::NewQuote outside;
    outside.sourceId = f.english;
    outside.start = 5;
    outside.end = 100000;
    CHECK_THROWS_WITH(f.quotes.add(outside), Catch::Contains("is not within YP11"));
    quotes::NewQuote blank;
    blank.sourceId = f.english;
    const auto [start, end] = f.spanOf(f.english, "Interviewer: Thank");
    blank.start = end; // the space after "Thank"
    blank.end = end + 1;
    blank.trim.mode = quotes::TrimOptions::Mode::None;
    CHECK_THROWS_WITH(f.quotes.add(blank), Catch::Contains("white space"));
    (void)start;
    CHECK(f.quotes.count() == 1);
}

TEST_CASE("adding, moving and removing quotes can be undone and redone", "[quotes][store][undo]")
{
    QuoteFixture f;
    store::UndoJournal journal(f.project.db(), {"codes", "codings", "quotes"});
    const std::int64_t first = f.add(f.english, "Smith");

    std::int64_t before = journal.mark();
    const std::int64_t second = f.add(f.spanish, "García");
    store::JournalRange added{before, journal.mark()};
    const store::JournalRange redoAdd = journal.revert(added);
    CHECK(f.quotes.count() == 1);
    journal.revert(redoAdd);
    CHECK(f.quotes.count() == 2);
    CHECK(f.quotes.quote(second).text == "Hablé con el Sr. García y con la Dra. López.");

    before = journal.mark();
    f.quotes.move(second, 1);
    const store::JournalRange moved{before, journal.mark()};
    CHECK(f.quotes.list().front().id == second);
    journal.revert(moved);
    CHECK(f.quotes.list().front().id == first);

    before = journal.mark();
    f.quotes.remove(first);
    const store::JournalRange removed{before, journal.mark()};
    CHECK(f.quotes.count() == 1);
    journal.revert(removed);
    REQUIRE(f.quotes.count() == 2);
    CHECK(f.quotes.list().front().id == first);
    CHECK(f.quotes.quote(first).text == "I told Dr. Smith at the clinic \xF0\x9F\x98\xA2.");
}

TEST_CASE("the diversity report counts participants per group and warns about one voice", "[quotes][diversity]")
{
    QuoteFixture f;
    f.add(f.english, "Smith");
    f.add(f.english, "went home");
    f.add(f.english, "my teacher");
    f.add(f.spanish, "García");
    const quotes::DiversityReport report = quotes::diversityReport(f.project, f.quotes.list(), 0.5);
    CHECK(report.quotes == 4);
    REQUIRE(!report.groups.empty());
    CHECK(report.groups[0].tag == "YP");
    CHECK(report.groups[0].quotes == 4);
    CHECK(report.groups[0].participants == 2);
    REQUIRE(report.participants.size() == 2);
    CHECK(report.participants[0].participant == "YP11");
    CHECK(report.participants[0].share == Approx(0.75));
    REQUIRE(report.warnings.size() == 1);
    CHECK(report.warnings[0] == "YP11 (YP) supplies 3 of 4 quotes (75%), more than 50%");
    CHECK(quotes::diversityReport(f.project, f.quotes.list(), 0.8).warnings.empty());
    CHECK_THROWS_WITH(quotes::diversityReport(f.project, f.quotes.list(), 1.5), Catch::Contains("at most 1"));
}
