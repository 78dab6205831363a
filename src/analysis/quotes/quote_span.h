#pragma once
// What a quote is made of: a span of a source's text in code points, and the researcher's
// explicit edits to it. Nothing else may change the words: the text shown in a report is the
// source text with these edits applied (quote_text.h), which is what keeps a quote faithful.
#include <cstdint>
#include <string>
#include <vector>

namespace hilo::quotes {

struct QuoteEdit {
    enum class Kind {
        Elide,   // [start, end) is left out and shown as "[...]"
        Insert,  // text is added at start (start == end), shown as "[text]"
        Replace, // [start, end) is left out and shown as "[text]" (a name replaced by a role)
    };
    Kind kind = Kind::Elide;
    std::int64_t start = 0; // code points in the source, within the quote's span
    std::int64_t end = 0;
    std::string text{};     // Insert and Replace: the clarification, without brackets
};

struct QuoteSpan {
    std::int64_t start = 0; // code points in the source, [start, end)
    std::int64_t end = 0;
    std::vector<QuoteEdit> edits{}; // ordered by start, not overlapping
};

const char* editKindName(QuoteEdit::Kind kind);
// Throws UserError for an unknown name.
QuoteEdit::Kind editKindFromName(const std::string& name);

// Edits as stored in the project (a JSON array) and back. Reading throws UserError for text
// that is not such an array.
std::string editsToJson(const std::vector<QuoteEdit>& edits);
std::vector<QuoteEdit> editsFromJson(const std::string& json);

// Sorts the edits and checks that they lie within the span and do not overlap; UserError
// naming the offending offsets otherwise.
void validateEdits(QuoteSpan& span);

} // namespace hilo::quotes
