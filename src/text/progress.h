#pragma once
// Long work in any layer (reading or merging a project, writing a .qdpx, computing agreement)
// says how far it is and asks whether to go on: a Progress that returns false cancels it. The
// work then throws Cancelled at that point, before it commits or renames anything, so whoever
// asked finds the project and the files as they were. The callback is called from the thread
// doing the work (the window runs such work off its GUI thread); an empty one never cancels.
#include <cstddef>
#include <exception>
#include <functional>

namespace hilo {

using Progress = std::function<bool(std::size_t done, std::size_t total)>;

struct Cancelled : std::exception {
    const char* what() const noexcept override { return "cancelled"; }
};

// Reports progress and throws Cancelled when the callback says to stop.
inline void checkProgress(const Progress& progress, std::size_t done, std::size_t total)
{
    if (progress && !progress(done, total))
        throw Cancelled();
}

// One of `count` equal parts of a whole job's progress, each counted in kPhaseSteps, so work in
// several steps (read, then write) moves one bar forward and can be cancelled at a known step.
inline constexpr std::size_t kPhaseSteps = 1000;

inline Progress progressPhase(const Progress& whole, std::size_t index, std::size_t count)
{
    if (!whole)
        return {};
    return [whole, index, count](std::size_t done, std::size_t total) {
        const std::size_t part = total == 0 ? 0 : (done < total ? done : total) * kPhaseSteps / total;
        return whole(index * kPhaseSteps + part, count * kPhaseSteps);
    };
}

} // namespace hilo
