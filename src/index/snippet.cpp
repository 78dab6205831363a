#include "snippet.h"

#include "terms.h"
#include "text/unicode_text.h"

#include <algorithm>

namespace hilo::index {
namespace {

bool matches(const Word& word, const std::string& language, const Highlight& highlight, TermCache& cache)
{
    const WordTerms& terms = cache.terms(word.text, language);
    if (highlight.positionalTerms.count(terms.positional))
        return true;
    for (const std::string& prefix : highlight.wildcardPrefixes)
        if (terms.positional.rfind(prefix, 0) == 0)
            return true;
    return highlight.stemmedTerms.count(terms.stemmed) > 0;
}

} // namespace

std::string makeSnippet(const std::string& text, const std::string& language, const Highlight& highlight,
                        std::size_t width)
{
    TermCache cache;
    return makeSnippet(text, language, highlight, cache, width);
}

std::string makeSnippet(const std::string& text, const std::string& language, const Highlight& highlight,
                        TermCache& cache, std::size_t width)
{
    const std::vector<std::size_t> bytes = text::codePointByteOffsets(text);
    const auto length = static_cast<std::int64_t>(bytes.size()) - 1;
    // The code points [from, to) as they are, but on one line.
    const auto append = [&](std::string& out, std::int64_t from, std::int64_t to) {
        const std::size_t first = bytes[static_cast<std::size_t>(from)];
        const std::size_t start = out.size();
        out.append(text, first, bytes[static_cast<std::size_t>(to)] - first);
        const auto lineBreak = [](char c) { return c == '\n' || c == '\r' || c == '\t'; };
        std::replace_if(out.begin() + static_cast<std::ptrdiff_t>(start), out.end(), lineBreak, ' ');
    };
    std::vector<Word> words = splitWords(text);
    std::vector<const Word*> marked;
    for (const Word& word : words)
        if (matches(word, language, highlight, cache))
            marked.push_back(&word);

    std::int64_t from = 0;
    std::int64_t to = length;
    if (length > static_cast<std::int64_t>(width)) {
        // A third of the window before the first match, the rest after it, cut at word starts.
        const std::int64_t anchor = marked.empty() ? 0 : marked.front()->start;
        from = std::max<std::int64_t>(0, anchor - static_cast<std::int64_t>(width) / 3);
        if (from > 0)
            for (const Word& word : words)
                if (word.start >= from) {
                    from = std::min(word.start, anchor);
                    break;
                }
        to = std::min(length, from + static_cast<std::int64_t>(width));
        for (auto it = words.rbegin(); it != words.rend() && to < length; ++it)
            if (it->start < to && it->end > to) { // do not cut a word in two
                to = it->start;
                break;
            }
    }
    std::string out = from > 0 ? "\u2026" : "";
    std::int64_t i = from;
    for (const Word* word : marked) {
        if (word->end <= i)
            continue;
        if (word->start >= to)
            break;
        append(out, i, std::max(i, word->start)); // the plain text before the match
        out += kMarkOpen;
        append(out, std::max(i, word->start), std::min(word->end, to));
        out += kMarkClose;
        i = std::min(word->end, to);
    }
    append(out, i, to);
    while (!out.empty() && out.back() == ' ')
        out.pop_back();
    if (to < length)
        out += "\u2026";
    return out;
}

} // namespace hilo::index
