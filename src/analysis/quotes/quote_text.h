#pragma once
// The words of a quote as a report shows them: the source's text over the quote's span, with
// the researcher's elisions shown as "[...]" and clarifications as "[words]", and quotation
// marks inside the quote normalized. Every piece of the result is accounted for by a segment,
// so that a test (or `hilo quotes check`) can prove the quote says what the source says.
#include "quote_span.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace hilo::quotes {

enum class QuoteMarks {
    Typographic, // default: the participant's own quotes inside a “quote” become ‘ ’, apostrophes ’
    Straight,    // " and '
    Keep,        // as transcribed
};

// Throws UserError for a name other than typographic, straight or keep.
QuoteMarks quoteMarksFromName(const std::string& name);

struct QuoteSegment {
    enum class Kind { Source, Elision, Insertion, Space };
    Kind kind = Kind::Source;
    std::int64_t textStart = 0; // code points in the rendered text
    std::int64_t textEnd = 0;
    std::int64_t sourceStart = 0; // Source: code points in the source
    std::int64_t sourceEnd = 0;
};

struct RenderedQuote {
    std::string text; // NFC UTF-8
    std::vector<QuoteSegment> segments;
};

inline constexpr const char* kElisionMark = "[...]";

// sourceText: the whole source (NFC UTF-8). The span's edits must be valid (validateEdits).
RenderedQuote renderQuote(std::string_view sourceText, const QuoteSpan& span, QuoteMarks marks = QuoteMarks::Typographic);

// Quotation marks and apostrophes in the style; every mark stays one code point, so offsets
// into the text are unchanged.
std::string normalizeQuotationMarks(std::string_view utf8, QuoteMarks marks);

// Maps every quotation mark and apostrophe to a plain one, for comparing a normalized quote
// with its source.
std::string foldQuotationMarks(std::string_view utf8);

} // namespace hilo::quotes
