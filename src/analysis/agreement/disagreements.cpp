#include "analysis/agreement/disagreements.h"

#include <algorithm>

namespace hilo::analysis {

std::vector<Disagreement> findDisagreements(const std::vector<std::vector<Span>>& spansByCoder)
{
    const std::size_t coders = spansByCoder.size();
    const std::uint32_t everyone = coders >= 32 ? ~0u : (1u << coders) - 1;
    struct Event {
        std::int64_t position;
        std::size_t coder;
        int delta;
    };
    std::vector<Event> events;
    std::vector<Span> everything;
    for (std::size_t c = 0; c < coders; ++c)
        for (const Span& s : mergeSpans(spansByCoder[c])) {
            events.push_back({s.start, c, +1});
            events.push_back({s.end, c, -1});
            everything.push_back(s);
        }
    std::sort(events.begin(), events.end(), [](const Event& a, const Event& b) { return a.position < b.position; });

    std::vector<Disagreement> out;
    for (const Span& region : mergeSpans(everything)) {
        Disagreement d;
        d.region = region;
        d.spansByCoder.resize(coders);
        std::uint32_t touched = 0;
        for (std::size_t c = 0; c < coders; ++c)
            for (const Span& s : spansByCoder[c])
                if (s.start < region.end && region.start < s.end && s.length() > 0) {
                    d.spansByCoder[c].push_back(s);
                    touched |= 1u << c;
                }
        for (auto& spans : d.spansByCoder)
            std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) {
                return a.start < b.start || (a.start == b.start && a.end < b.end);
            });
        // Coverage runs inside the region from the events that fall in it (merged spans of one
        // coder never overlap, so a coder's state is 0 or 1).
        auto it = std::lower_bound(events.begin(), events.end(), region.start,
                                   [](const Event& e, std::int64_t pos) { return e.position < pos; });
        std::uint32_t state = 0;
        std::int64_t previous = region.start;
        for (; it != events.end() && it->position <= region.end; ++it) {
            if (it->position > previous) {
                if (state != everyone) {
                    if (!d.runs.empty() && d.runs.back().span.end == previous && d.runs.back().coders == state)
                        d.runs.back().span.end = it->position;
                    else
                        d.runs.push_back({{previous, it->position}, state});
                }
                previous = it->position;
            }
            if (it->delta > 0)
                state |= 1u << it->coder;
            else
                state &= ~(1u << it->coder);
        }
        if (d.runs.empty())
            continue; // everyone coded exactly this region
        d.missedBySome = touched != everyone;
        out.push_back(std::move(d));
    }
    return out;
}

} // namespace hilo::analysis
