#include "quote_trimming.h"

#include "sentence_breaker.h"
#include "text/unicode_text.h"
#include "text/user_error.h"

#include <unicode/uchar.h>

#include <algorithm>

namespace hilo::quotes {
namespace {

constexpr std::int64_t kElisionCost = 6; // " [...]"

bool isSpace(char32_t c)
{
    return u_isUWhiteSpace(static_cast<UChar32>(c)) != 0;
}

// Shortens [start, end) by eliding whole sentences from the middle, keeping the first sentence
// and as many of the last ones as fit; a first sentence that alone is too long keeps its
// leading words and elides the rest.
std::vector<QuoteEdit> elisionsToFit(const std::u32string& source, const std::vector<Sentence>& sentences,
                                     std::int64_t start, std::int64_t end, std::int64_t maxLength)
{
    if (maxLength <= 0 || end - start <= maxLength)
        return {};
    std::vector<Sentence> inside;
    for (const Sentence& s : sentences)
        if (s.start >= start && s.end <= end)
            inside.push_back(s);
    if (inside.size() >= 2) {
        std::size_t head = 1; // sentences kept from the front
        std::size_t tail = 0; // from the back
        auto length = [&](std::size_t h, std::size_t t) {
            std::int64_t kept = inside[h - 1].end - start;
            if (t > 0)
                kept += end - inside[inside.size() - t].start;
            return kept + kElisionCost;
        };
        if (length(1, 0) <= maxLength) {
            bool grew = true;
            while (grew && head + tail < inside.size()) {
                grew = false;
                if (head + tail < inside.size() && length(head, tail + 1) <= maxLength) {
                    ++tail;
                    grew = true;
                }
                if (head + tail < inside.size() && length(head + 1, tail) <= maxLength) {
                    ++head;
                    grew = true;
                }
            }
            if (head + tail >= inside.size())
                return {};
            const std::int64_t from = inside[head].start;
            const std::int64_t to = inside[inside.size() - tail - 1].end;
            return {{QuoteEdit::Kind::Elide, from, to, {}}};
        }
    }
    // One sentence too long: keep the words that fit, elide to the end of the quote.
    std::int64_t cut = start + std::max<std::int64_t>(1, maxLength - kElisionCost);
    while (cut > start && !isSpace(source[static_cast<std::size_t>(cut)]))
        --cut;
    while (cut > start && isSpace(source[static_cast<std::size_t>(cut - 1)]))
        --cut;
    if (cut <= start)
        return {};
    std::int64_t from = cut;
    while (from < end && isSpace(source[static_cast<std::size_t>(from)]))
        ++from;
    if (from >= end)
        return {};
    return {{QuoteEdit::Kind::Elide, from, end, {}}};
}

} // namespace

TrimOptions::Mode trimModeFromName(const std::string& name)
{
    if (name == "none")
        return TrimOptions::Mode::None;
    if (name == "extend")
        return TrimOptions::Mode::Extend;
    if (name == "shrink")
        return TrimOptions::Mode::Shrink;
    throw UserError("--trim must be none, extend or shrink, not '" + name + "'");
}

QuoteSpan trimQuote(std::string_view sourceText, const std::string& language, const QuoteSpan& span,
                    const TrimOptions& options, std::optional<Bounds> within)
{
    const std::u32string source = text::toUtf32(sourceText);
    const auto length = static_cast<std::int64_t>(source.size());
    const Bounds region = within.value_or(Bounds{0, length});
    std::int64_t start = std::clamp(span.start, region.start, region.end);
    std::int64_t end = std::clamp(span.end, region.start, region.end);
    if (end <= start)
        throw UserError("quote span " + std::to_string(span.start) + ":" + std::to_string(span.end) +
                        " holds none of the speaker's words");

    SentenceBreaker breaker(language);
    const std::vector<Sentence> sentences = breaker.sentences(sourceText, region.start, region.end);
    if (options.mode == TrimOptions::Mode::Shrink) {
        std::int64_t first = -1;
        std::int64_t last = -1;
        for (const Sentence& s : sentences) {
            if (s.start >= start && s.end <= end) {
                if (first < 0)
                    first = s.start;
                last = s.end;
            }
        }
        if (first >= 0) {
            start = first;
            end = last;
        }
    }
    if (options.mode == TrimOptions::Mode::Extend || options.mode == TrimOptions::Mode::Shrink) {
        for (const Sentence& s : sentences) {
            if (s.start <= start && start < s.end)
                start = s.start;
            if (s.start < end && end <= s.end)
                end = s.end;
        }
    }
    while (start < end && isSpace(source[static_cast<std::size_t>(start)]))
        ++start;
    while (end > start && isSpace(source[static_cast<std::size_t>(end - 1)]))
        --end;
    if (end <= start)
        throw UserError("quote span " + std::to_string(span.start) + ":" + std::to_string(span.end) + " holds only white space");

    QuoteSpan result{start, end, {}};
    for (const QuoteEdit& edit : span.edits)
        if (edit.kind != QuoteEdit::Kind::Elide && edit.start >= start && edit.end <= end)
            result.edits.push_back(edit);
    for (QuoteEdit& elision : elisionsToFit(source, sentences, start, end, options.maxLength)) {
        // Clarifications inside the elided words go with them.
        std::erase_if(result.edits, [&](const QuoteEdit& e) { return e.start < elision.end && e.end > elision.start; });
        result.edits.push_back(std::move(elision));
    }
    validateEdits(result);
    return result;
}

} // namespace hilo::quotes
