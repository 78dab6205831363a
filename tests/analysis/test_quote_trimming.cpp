// Quotes fitted to whole sentences by ICU in the source's language, on a real project:
// abbreviations do not end a sentence, long quotes are elided with "[...]", and a quote never
// takes in a speaker label.
#include "analysis/quotes/quote_trimming.h"
#include "analysis/quotes/sentence_breaker.h"
#include "quote_fixture.h"

using namespace hilo;
using namespace hilo::test;

TEST_CASE("English quotes extend to whole sentences, and Dr. and Mr. do not end one", "[quotes][trim]")
{
    QuoteFixture f;
    CHECK(f.quotes.quote(f.add(f.english, "Smith")).text == "I told Dr. Smith at the clinic \xF0\x9F\x98\xA2.");
    CHECK(f.quotes.quote(f.add(f.english, "my teacher")).text == "Mr. Jones, my teacher, was there too.");
    // Across two sentences: both, whole.
    CHECK(f.quotes.quote(f.add(f.english, "too. He said")).text ==
          "Mr. Jones, my teacher, was there too. He said \u2018it was not your fault\u2019 and I didn\u2019t believe him.");
}

TEST_CASE("Spanish quotes extend to whole sentences, and Sr., Dra. and p. ej. do not end one", "[quotes][trim]")
{
    QuoteFixture f;
    CHECK(f.quotes.quote(f.add(f.spanish, "García")).text == "Hablé con el Sr. García y con la Dra. López.");
    CHECK(f.quotes.quote(f.add(f.spanish, "Juan y su primo")).text ==
          "Había muchas personas, p. ej. Juan y su primo, que me escribían.");
    // A combining mark stays with its letter; offsets are code points of the NFC text.
    const quotes::QuoteRecord accent = f.quotes.quote(f.add(f.spanish, "vergüenza"));
    CHECK(accent.text == text::toNfc("Me dio vergüenza, pero lo conté en Tlaxcala\xCC\xB1."));
    const auto [start, end] = f.spanOf(f.spanish, "Me dio vergüenza, pero lo conté en Tlaxcala\xCC\xB1.");
    CHECK(accent.span.start == start);
    CHECK(accent.span.end == end);
}

TEST_CASE("the sentence breaker keeps ICU's own suppressions and Hilo's additions", "[quotes][trim]")
{
    quotes::SentenceBreaker spanish("es");
    const std::string text = text::toNfc("La Lic. Pérez habló con la Mtra. Ruiz. Luego llegó el Ing. Soto.");
    const auto sentences = spanish.sentences(text, 0, text::codePointLength(text));
    REQUIRE(sentences.size() == 2);
    CHECK(text::slice(text, sentences[0].start, sentences[0].end) == "La Lic. Pérez habló con la Mtra. Ruiz.");

    quotes::SentenceBreaker english("en");
    const std::string plain = "Mrs. Brown met Prof. White. They talked.";
    CHECK(english.sentences(plain, 0, text::codePointLength(plain)).size() == 2);
}

TEST_CASE("shrinking keeps only the sentences wholly selected, and none keeps the selection", "[quotes][trim]")
{
    QuoteFixture f;
    quotes::TrimOptions shrink{quotes::TrimOptions::Mode::Shrink, 0};
    CHECK(f.quotes.quote(f.add(f.english, "was there too. He said \"it was not your fault\" and I didn't believe him. I felt",
                               shrink)).text == "He said \u2018it was not your fault\u2019 and I didn\u2019t believe him.");
    quotes::TrimOptions none{quotes::TrimOptions::Mode::None, 0};
    CHECK(f.quotes.quote(f.add(f.english, " my teacher, ", none)).text == "my teacher,");
}

TEST_CASE("a quote never takes in the speaker label or the next turn", "[quotes][trim]")
{
    QuoteFixture f;
    // Selected from the label into the first words: the quote starts with the speaker's words.
    const quotes::QuoteRecord r = f.quotes.quote(f.add(f.english, "YP11: I told"));
    CHECK(r.text == "I told Dr. Smith at the clinic \xF0\x9F\x98\xA2.");
    CHECK(r.speaker == "YP11");
    // The last sentence of a turn ends before the blank line and the interviewer's label.
    CHECK(f.quotes.quote(f.add(f.english, "went home")).text == "Then we went home.");
    // A selection running into the next turn stops where the speaker's turn does.
    CHECK(f.quotes.quote(f.add(f.english, "went home.\n\nInterviewer: Thank")).text == "Then we went home.");
    // A selection of the label alone holds none of the speaker's words.
    CHECK_THROWS_WITH(f.add(f.english, "YP11:", {quotes::TrimOptions::Mode::None, 0}), Catch::Contains("none of the speaker's words"));
}

TEST_CASE("a maximum length elides whole middle sentences, or the tail of one long sentence", "[quotes][trim][elision]")
{
    QuoteFixture f;
    quotes::TrimOptions limit{quotes::TrimOptions::Mode::Extend, 100};
    const quotes::QuoteRecord r = f.quotes.quote(f.add(f.english, "Smith at the clinic", limit));
    // The span is the first sentence only: short enough, nothing elided.
    CHECK(r.span.edits.empty());

    const auto [start, end] = f.spanOf(f.english, "I told Dr. Smith at the clinic \xF0\x9F\x98\xA2. Mr. Jones, my teacher, was there too. "
                                                  "He said \"it was not your fault\" and I didn't believe him. I felt better "
                                                  "after a while, honestly. Then we went home.");
    quotes::NewQuote whole;
    whole.sourceId = f.english;
    whole.start = start;
    whole.end = end;
    whole.trim = limit;
    const quotes::QuoteRecord elided = f.quotes.quote(f.quotes.add(whole));
    CHECK(elided.text == "I told Dr. Smith at the clinic \xF0\x9F\x98\xA2. Mr. Jones, my teacher, was there too. [...] Then we went home.");
    CHECK(text::codePointLength(elided.text) <= 100);
    REQUIRE(elided.span.edits.size() == 1);
    CHECK(elided.span.edits[0].kind == quotes::QuoteEdit::Kind::Elide);

    // One long sentence: its first words, then "[...]".
    quotes::TrimOptions tight{quotes::TrimOptions::Mode::Extend, 30};
    CHECK(f.quotes.quote(f.add(f.spanish, "Juan y su primo", tight)).text == "Había muchas personas, [...]");
}
