#pragma once
// Fitting a quote to whole sentences: a selection or a coding rarely starts and ends where the
// speaker's sentences do. Trimming extends (or cuts) the span to sentence boundaries in the
// source's language and, when a maximum length is set, elides whole sentences from the middle
// (or the tail of a single long sentence) with "[...]".
#include "quote_span.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace hilo::quotes {

struct TrimOptions {
    enum class Mode {
        None,   // keep the span, only leave out white space at its ends
        Extend, // out to the boundaries of the sentences it touches
        Shrink, // in to the sentences wholly inside it (Extend when there are none)
    };
    Mode mode = Mode::Extend;
    std::int64_t maxLength = 0; // code points of the quote's text; 0 for no limit
};

// Throws UserError for a name other than none, extend or shrink.
TrimOptions::Mode trimModeFromName(const std::string& name);

struct Bounds {
    std::int64_t start = 0; // code points
    std::int64_t end = 0;
};

// Trims [start, end) of the source text. `within` keeps the result inside a region (the
// speaker turn's words, so a quote never takes in the next speaker's label). Insertions and
// replacements of `span` inside the result are kept; its elisions are recomputed.
QuoteSpan trimQuote(std::string_view sourceText, const std::string& language, const QuoteSpan& span,
                    const TrimOptions& options, std::optional<Bounds> within = std::nullopt);

} // namespace hilo::quotes
