#include "analysis/agreement/character_units.h"

#include <algorithm>
#include <map>

namespace hilo::analysis {

RatingsMatrix characterUnits(std::int64_t sourceLength,
                             const std::vector<std::vector<Span>>& spansByCoder)
{
    const std::size_t coders = spansByCoder.size();
    struct Event {
        std::int64_t position;
        std::size_t coder;
        int delta;
    };
    std::vector<Event> events;
    for (std::size_t c = 0; c < coders; ++c)
        for (const Span& s : mergeSpans(spansByCoder[c])) {
            const std::int64_t start = std::clamp<std::int64_t>(s.start, 0, sourceLength);
            const std::int64_t end = std::clamp<std::int64_t>(s.end, 0, sourceLength);
            if (end <= start)
                continue;
            events.push_back({start, c, +1});
            events.push_back({end, c, -1});
        }
    events.push_back({sourceLength, 0, 0}); // closes the last run
    std::sort(events.begin(), events.end(),
              [](const Event& a, const Event& b) { return a.position < b.position; });

    std::vector<char> state(coders, 0);
    std::map<std::vector<char>, std::int64_t> runs; // pattern -> code points
    std::int64_t previous = 0;
    for (const Event& e : events) {
        if (e.position > previous) {
            runs[state] += e.position - previous;
            previous = e.position;
        }
        if (e.delta != 0)
            state[e.coder] = static_cast<char>(state[e.coder] + e.delta);
    }
    RatingsMatrix out(coders);
    for (const auto& [pattern, length] : runs) {
        std::vector<std::optional<double>> row(coders);
        for (std::size_t c = 0; c < coders; ++c)
            row[c] = pattern[c] ? 1.0 : 0.0;
        out.addUnit(std::move(row), static_cast<double>(length));
    }
    return out;
}

} // namespace hilo::analysis
