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
    std::u32string codePoints = text::toUtf32(text);
    std::replace_if(codePoints.begin(), codePoints.end(), [](char32_t c) { return c == U'\n' || c == U'\r' || c == U'\t'; }, U' ');
    const auto length = static_cast<std::int64_t>(codePoints.size());
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
    std::size_t next = 0;
    for (std::int64_t i = from; i < to;) {
        while (next < marked.size() && marked[next]->end <= i)
            ++next;
        if (next < marked.size() && marked[next]->start == i) {
            const std::int64_t end = std::min(marked[next]->end, to);
            out += kMarkOpen + text::toUtf8(std::u32string_view(codePoints).substr(static_cast<std::size_t>(i), static_cast<std::size_t>(end - i))) + kMarkClose;
            i = end;
            continue;
        }
        out += text::toUtf8(std::u32string_view(&codePoints[static_cast<std::size_t>(i)], 1));
        ++i;
    }
    while (!out.empty() && out.back() == ' ')
        out.pop_back();
    if (to < length)
        out += "\u2026";
    return out;
}

} // namespace hilo::index
