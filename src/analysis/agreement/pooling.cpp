#include "analysis/agreement/pooling.h"

#include <stdexcept>

namespace hilo::analysis {

RatingsMatrix poolUnits(const std::vector<RatingsMatrix>& parts)
{
    const std::size_t coders = parts.empty() ? 0 : parts.front().coderCount();
    RatingsMatrix out(coders);
    for (const auto& part : parts) {
        if (part.coderCount() != coders)
            throw std::invalid_argument("pooled ratings have different numbers of coders");
        for (std::size_t u = 0; u < part.unitCount(); ++u) {
            std::vector<std::optional<double>> row(coders);
            for (std::size_t c = 0; c < coders; ++c)
                row[c] = part.value(u, c);
            out.addUnit(std::move(row), part.weight(u));
        }
    }
    return out;
}

} // namespace hilo::analysis
