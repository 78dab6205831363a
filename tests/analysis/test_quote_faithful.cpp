// The promise a quote makes: its text is the source's words, except for explicit elisions
// ("[...]") and bracketed clarifications. Checked piece by piece over many spans, trims and
// edits of every transcript of the demo corpus and of the fixture's interviews.
#include "analysis/quotes/quote_text.h"
#include "analysis/quotes/quote_trimming.h"
#include "project/operations/source_operations.h"
#include "quote_fixture.h"
#include "text/user_error.h"

#include <filesystem>
#include <random>

using namespace hilo;
using namespace hilo::test;
namespace fs = std::filesystem;

namespace {

// Checks, without trusting the renderer's bookkeeping, that the rendered text is exactly the
// source pieces between the edits, in order, with each edit shown as its bracketed mark.
void requireFaithful(const std::string& source, const quotes::QuoteSpan& span, const quotes::RenderedQuote& rendered)
{
    const std::u32string text = text::toUtf32(rendered.text);
    std::int64_t at = span.start;   // next source code point expected
    std::int64_t out = 0;           // next rendered code point expected
    std::size_t edit = 0;
    for (const quotes::QuoteSegment& segment : rendered.segments) {
        REQUIRE(segment.textStart == out);
        const std::string piece = text::toUtf8(text.substr(static_cast<std::size_t>(segment.textStart),
                                                           static_cast<std::size_t>(segment.textEnd - segment.textStart)));
        switch (segment.kind) {
        case quotes::QuoteSegment::Kind::Source:
            REQUIRE(segment.sourceStart == at);
            REQUIRE(quotes::foldQuotationMarks(piece) ==
                    quotes::foldQuotationMarks(text::slice(source, segment.sourceStart, segment.sourceEnd)));
            at = segment.sourceEnd;
            break;
        case quotes::QuoteSegment::Kind::Elision:
            REQUIRE(edit < span.edits.size());
            REQUIRE(span.edits[edit].kind == quotes::QuoteEdit::Kind::Elide);
            REQUIRE(piece == "[...]");
            REQUIRE(span.edits[edit].start == at);
            at = span.edits[edit++].end;
            break;
        case quotes::QuoteSegment::Kind::Insertion:
            REQUIRE(edit < span.edits.size());
            REQUIRE(piece == "[" + span.edits[edit].text + "]");
            REQUIRE(span.edits[edit].start == at);
            at = span.edits[edit++].end;
            break;
        case quotes::QuoteSegment::Kind::Space:
            REQUIRE(piece == " ");
            break;
        }
        out = segment.textEnd;
    }
    REQUIRE(edit == span.edits.size());
    REQUIRE(at == span.end);
    REQUIRE(out == static_cast<std::int64_t>(text.size()));
}

} // namespace

TEST_CASE("a quote's text equals its source except for explicit elisions and insertions", "[quotes][faithful]")
{
    QuoteFixture f;
    ImportRequest demo;
    for (const auto& entry : fs::directory_iterator(fs::path(HILO_DEMO_DIR) / "corpus"))
        demo.files.push_back(entry.path());
    ops::importTranscripts(f.project, demo);

    std::mt19937 random(20261129);
    int checked = 0;
    for (const SourceSummary& summary : SourceStore(f.project).sources()) {
        const SourceDetail source = SourceStore(f.project).source(std::to_string(summary.id));
        for (const import::Turn& turn : source.turns) {
            if (turn.end - turn.speechStart < 12)
                continue;
            std::uniform_int_distribution<std::int64_t> point(turn.speechStart, turn.end - 2);
            std::int64_t a = point(random);
            std::int64_t b = point(random);
            if (a > b)
                std::swap(a, b);
            quotes::QuoteSpan span{a, b + 1, {}};
            const std::int64_t middle = (a + b + 1) / 2;
            if (random() % 2 == 0)
                span.edits.push_back({quotes::QuoteEdit::Kind::Insert, middle, middle, "la tía · 😊"});
            const auto modes = {quotes::TrimOptions::Mode::None, quotes::TrimOptions::Mode::Extend,
                                quotes::TrimOptions::Mode::Shrink};
            for (const auto mode : modes) {
                const std::int64_t maxLength = random() % 3 == 0 ? 0 : 40 + static_cast<std::int64_t>(random() % 120);
                quotes::QuoteSpan trimmed;
                try {
                    trimmed = quotes::trimQuote(source.text, source.language, span, {mode, maxLength},
                                                quotes::Bounds{turn.speechStart, turn.end});
                } catch (const UserError&) {
                    continue; // only white space selected
                }
                for (const auto marks : {quotes::QuoteMarks::Typographic, quotes::QuoteMarks::Straight, quotes::QuoteMarks::Keep})
                    requireFaithful(source.text, trimmed, quotes::renderQuote(source.text, trimmed, marks));
                ++checked;
            }
        }
    }
    CHECK(checked > 300);
}

TEST_CASE("clarifications in brackets read as words and replacements hide a name", "[quotes][faithful]")
{
    QuoteFixture f;
    const std::int64_t id = f.add(f.english, "He said");
    const quotes::QuoteRecord r = f.quotes.quote(id);
    const auto [heStart, heEnd] = f.spanOf(f.english, "He said");
    const auto [jones, jonesEnd] = f.spanOf(f.english, "him.");
    f.quotes.setEdits(id, {{quotes::QuoteEdit::Kind::Insert, heStart + 2, heStart + 2, "Mr. Jones"},
                           {quotes::QuoteEdit::Kind::Replace, jones, jones + 3, "the teacher"}});
    const quotes::QuoteRecord edited = f.quotes.quote(id);
    CHECK(edited.text == "He [Mr. Jones] said \u2018it was not your fault\u2019 and I didn\u2019t believe [the teacher].");
    requireFaithful(f.text(f.english), edited.span, quotes::renderQuote(f.text(f.english), edited.span));
    CHECK(quotes::renderQuote(f.text(f.english), edited.span, quotes::QuoteMarks::Straight).text ==
          "He [Mr. Jones] said \"it was not your fault\" and I didn't believe [the teacher].");
    (void)r;
    (void)heEnd;
    (void)jonesEnd;

    // Edits outside the quote, overlapping, or with brackets of their own are refused.
    CHECK_THROWS_WITH(f.quotes.setEdits(id, {{quotes::QuoteEdit::Kind::Elide, 0, 3, {}}}),
                      Catch::Contains("not within the quote's span"));
    CHECK_THROWS_WITH(f.quotes.setEdits(id, {{quotes::QuoteEdit::Kind::Insert, heStart, heStart, "[x]"}}),
                      Catch::Contains("without square brackets"));
    CHECK(f.quotes.quote(id).span.edits.size() == 2);
}
