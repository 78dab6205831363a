#pragma once
// A project with two fictional interviews (one English, one Spanish) written for these tests,
// with abbreviations that must not end a sentence, an emoji and a combining mark, participant
// attributes from a CSV, a small codebook and a coder.
#include "analysis/quotes/quote_store.h"
#include "project/codebook_store.h"
#include "project/coder_store.h"
#include "project/coding_store.h"
#include "project/operations/source_operations.h"
#include "project/project.h"
#include "project/source_store.h"
#include "support/temp_folder.h"
#include "text/unicode_text.h"

#include <catch2/catch.hpp>

#include <stdexcept>

namespace hilo::test {

// Fictional: no real person or case.
inline const char* const kEnglishInterview =
    "Group: YP\nParticipant: YP11\nLanguage: en\n\n"
    "Interviewer: What happened after that?\n\n"
    "YP11: I told Dr. Smith at the clinic \xF0\x9F\x98\xA2. Mr. Jones, my teacher, was there too. "
    "He said \"it was not your fault\" and I didn't believe him. I felt better after a while, honestly. "
    "Then we went home.\n\n"
    "Interviewer: Thank you.\n";

inline const char* const kSpanishInterview =
    "Group: YP\nParticipant: YP12\nLanguage: es\n\n"
    "Entrevistadora: ¿Qué pasó después?\n\n"
    "YP12: Hablé con el Sr. García y con la Dra. López. Había muchas personas, p. ej. Juan y su primo, "
    "que me escribían. Me dio vergüenza, pero lo conté en Tlaxcala\xCC\xB1. Ahora estoy más tranquila.\n\n"
    "Entrevistadora: Gracias.\n";

inline const char* const kAttributes = "participant,age,state\nYP11,17,Morelos\nYP12,16,\n";

struct QuoteFixture {
    TempFolder folder;
    Project project = Project::create(folder / "Quotes.hilo");
    quotes::QuoteStore quotes{project};
    std::int64_t english = 0;
    std::int64_t spanish = 0;
    std::int64_t coder = 0;
    std::int64_t embarrassment = 0;

    QuoteFixture()
    {
        ImportRequest request;
        request.files = {folder.write("YP11.txt", kEnglishInterview), folder.write("YP12.txt", kSpanishInterview)};
        request.attributesCsv = folder.write("participants.csv", kAttributes);
        ops::importTranscripts(project, request);
        english = SourceStore(project).source("YP11").id;
        spanish = SourceStore(project).source("YP12").id;
        coder = CoderStore(project).add("Ana");
        CodebookStore codebook(project);
        codebook.add("Disclosure");
        embarrassment = codebook.add("Disclosure/Embarrassment");
    }

    std::string text(std::int64_t source) { return SourceStore(project).source(std::to_string(source)).text; }

    // The code point span of words that occur once in the source.
    std::pair<std::int64_t, std::int64_t> spanOf(std::int64_t source, const std::string& words)
    {
        const std::string all = text(source);
        const std::string needle = hilo::text::toNfc(words);
        const std::size_t at = all.find(needle);
        if (at == std::string::npos || all.find(needle, at + 1) != std::string::npos)
            throw std::logic_error("test words must occur once: " + words);
        const std::int64_t start = hilo::text::codePointLength(std::string_view(all).substr(0, at));
        return {start, start + hilo::text::codePointLength(needle)};
    }

    std::int64_t add(std::int64_t source, const std::string& words, quotes::TrimOptions trim = {}, std::string note = {})
    {
        const auto [start, end] = spanOf(source, words);
        quotes::NewQuote quote;
        quote.sourceId = source;
        quote.start = start;
        quote.end = end;
        quote.trim = trim;
        quote.note = std::move(note);
        quote.coderId = coder;
        return quotes.add(quote);
    }
};

} // namespace hilo::test
