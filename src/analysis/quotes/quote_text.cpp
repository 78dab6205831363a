#include "quote_text.h"

#include "text/unicode_text.h"
#include "text/user_error.h"

#include <unicode/uchar.h>

namespace hilo::quotes {
namespace {

bool isDoubleMark(char32_t c)
{
    return c == U'"' || c == U'\u201C' || c == U'\u201D' || c == U'\u201E' || c == U'\u00AB' || c == U'\u00BB';
}

bool isSingleMark(char32_t c)
{
    return c == U'\'' || c == U'\u2018' || c == U'\u2019' || c == U'\u201A';
}

bool isOpeningMark(char32_t c)
{
    return c == U'\u201C' || c == U'\u201E' || c == U'\u00AB' || c == U'\u2018' || c == U'\u201A';
}

bool isClosingMark(char32_t c)
{
    return c == U'\u201D' || c == U'\u00BB' || c == U'\u2019';
}

// A straight mark opens when nothing but space or opening punctuation comes before it.
bool opensAt(const std::u32string& text, std::size_t i)
{
    if (i == 0)
        return true;
    const char32_t before = text[i - 1];
    return u_isUWhiteSpace(static_cast<UChar32>(before)) || before == U'(' || before == U'[' || before == U'{' ||
           before == U'\u2014' || before == U'\u2013' || before == U'-' || isOpeningMark(before);
}

bool isSpace(char32_t c)
{
    return u_isUWhiteSpace(static_cast<UChar32>(c)) != 0;
}

bool isClosingPunctuation(char32_t c)
{
    return c == U'.' || c == U',' || c == U';' || c == U':' || c == U'!' || c == U'?' || c == U')' || isClosingMark(c);
}

} // namespace

QuoteMarks quoteMarksFromName(const std::string& name)
{
    if (name == "typographic")
        return QuoteMarks::Typographic;
    if (name == "straight")
        return QuoteMarks::Straight;
    if (name == "keep")
        return QuoteMarks::Keep;
    throw UserError("quotation marks must be typographic, straight or keep, not '" + name + "'");
}

std::string normalizeQuotationMarks(std::string_view utf8, QuoteMarks marks)
{
    if (marks == QuoteMarks::Keep)
        return std::string(utf8);
    std::u32string text = text::toUtf32(utf8);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char32_t c = text[i];
        if (marks == QuoteMarks::Straight) {
            if (isDoubleMark(c))
                text[i] = U'"';
            else if (isSingleMark(c))
                text[i] = U'\'';
            continue;
        }
        // Typographic: the quote itself is wrapped in “ ”, so its inner quotes are single.
        if (isDoubleMark(c)) {
            const bool opens = isOpeningMark(c) || (!isClosingMark(c) && opensAt(text, i));
            text[i] = opens ? U'\u2018' : U'\u2019';
        } else if (isSingleMark(c)) {
            // An apostrophe inside a word (don't, it's) is a closing single mark.
            const bool opens = isOpeningMark(c) || (!isClosingMark(c) && opensAt(text, i));
            text[i] = opens ? U'\u2018' : U'\u2019';
        }
    }
    return text::toUtf8(text);
}

std::string foldQuotationMarks(std::string_view utf8)
{
    std::u32string text = text::toUtf32(utf8);
    for (char32_t& c : text) {
        if (isDoubleMark(c) || isSingleMark(c))
            c = U'\'';
    }
    return text::toUtf8(text);
}

RenderedQuote renderQuote(std::string_view sourceText, const QuoteSpan& span, QuoteMarks marks)
{
    const std::u32string source = text::toUtf32(sourceText);
    if (span.start < 0 || span.end > static_cast<std::int64_t>(source.size()) || span.end <= span.start)
        throw UserError("quote span " + std::to_string(span.start) + ":" + std::to_string(span.end) +
                        " is not within the source (" + std::to_string(source.size()) + " characters)");
    std::u32string out;
    std::vector<QuoteSegment> segments;
    auto append = [&](QuoteSegment::Kind kind, const std::u32string& piece, std::int64_t sourceStart, std::int64_t sourceEnd) {
        if (piece.empty())
            return;
        const auto at = static_cast<std::int64_t>(out.size());
        out += piece;
        segments.push_back({kind, at, static_cast<std::int64_t>(out.size()), sourceStart, sourceEnd});
    };
    auto appendSource = [&](std::int64_t from, std::int64_t to) {
        if (to > from)
            append(QuoteSegment::Kind::Source, source.substr(static_cast<std::size_t>(from), static_cast<std::size_t>(to - from)),
                   from, to);
    };

    std::int64_t at = span.start;
    for (const QuoteEdit& edit : span.edits) {
        appendSource(at, edit.start);
        if (edit.kind == QuoteEdit::Kind::Elide) {
            append(QuoteSegment::Kind::Elision, text::toUtf32(kElisionMark), edit.start, edit.end);
        } else {
            // A clarification reads as its own word: "she [her aunt] said", not "she[her aunt]".
            const bool spaceBefore = !out.empty() && !isSpace(out.back()) && edit.kind == QuoteEdit::Kind::Insert;
            const char32_t next = edit.end < span.end ? source[static_cast<std::size_t>(edit.end)] : U' ';
            const bool spaceAfter = out.empty() && edit.kind == QuoteEdit::Kind::Insert && !isSpace(next) &&
                                    !isClosingPunctuation(next);
            if (spaceBefore)
                append(QuoteSegment::Kind::Space, U" ", edit.start, edit.start);
            append(QuoteSegment::Kind::Insertion, U"[" + text::toUtf32(edit.text) + U"]", edit.start, edit.end);
            if (spaceAfter)
                append(QuoteSegment::Kind::Space, U" ", edit.end, edit.end);
        }
        at = edit.end;
    }
    appendSource(at, span.end);
    return {normalizeQuotationMarks(text::toUtf8(out), marks), std::move(segments)};
}

} // namespace hilo::quotes
