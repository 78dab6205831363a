#include "analysis/agreement/turn_units.h"

#include <algorithm>

namespace hilo::analysis {

RatingsMatrix turnUnits(const std::vector<Span>& turns,
                        const std::vector<std::vector<Span>>& spansByCoder, double minShare)
{
    const std::size_t coders = spansByCoder.size();
    std::vector<std::vector<Span>> merged;
    for (const auto& spans : spansByCoder)
        merged.push_back(mergeSpans(spans));
    RatingsMatrix out(coders);
    for (const Span& turn : turns) {
        std::vector<std::optional<double>> row(coders);
        for (std::size_t c = 0; c < coders; ++c) {
            const auto& spans = merged[c];
            // First span ending after the turn starts.
            auto it = std::upper_bound(spans.begin(), spans.end(), turn.start,
                                       [](std::int64_t pos, const Span& s) { return pos < s.end; });
            std::int64_t covered = 0;
            for (; it != spans.end() && it->start < turn.end; ++it)
                covered += std::min(it->end, turn.end) - std::max(it->start, turn.start);
            const bool marked = covered > 0
                                && static_cast<double>(covered)
                                       >= minShare * static_cast<double>(turn.length());
            row[c] = marked ? 1.0 : 0.0;
        }
        out.addUnit(std::move(row));
    }
    return out;
}

} // namespace hilo::analysis
