#include "analysis/agreement/spans.h"

#include <algorithm>

namespace hilo::analysis {

std::vector<Span> mergeSpans(std::vector<Span> spans)
{
    std::erase_if(spans, [](const Span& s) { return s.end <= s.start; });
    std::sort(spans.begin(), spans.end(),
              [](const Span& a, const Span& b) { return a.start < b.start; });
    std::vector<Span> out;
    for (const Span& s : spans) {
        if (!out.empty() && s.start <= out.back().end)
            out.back().end = std::max(out.back().end, s.end);
        else
            out.push_back(s);
    }
    return out;
}

} // namespace hilo::analysis
