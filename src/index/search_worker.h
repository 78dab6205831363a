#pragma once
// A second thread for a search session, so that a search uses both cores of a laptop: the
// session hands it half of each step (matching the upper half of the document ids, then reading
// half the hits and making their snippets) and does the other half itself. Xapian objects may
// not be shared between threads, so the worker keeps its own handle on the index and its own
// term cache, and is given queries serialised. Internal to src/index.
//
// Waking a sleeping thread costs about 0.1 ms on a laptop (its core may be halted), as much as
// a step it would take over. So a search wakes the worker as it starts; the worker opens the
// index's current revision and then stays awake, yielding, for a few milliseconds after each
// step for the next, and goes back to sleep when none comes.
#include "terms.h"

#include <xapian.h>

#include <atomic>
#include <condition_variable>
#include <exception>
#include <filesystem>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

namespace hilo::index {

class SearchWorker {
public:
    using Job = std::function<void(const Xapian::Database& index, TermCache& terms)>;

    explicit SearchWorker(std::filesystem::path indexFolder);
    ~SearchWorker();
    SearchWorker(const SearchWorker&) = delete;
    SearchWorker& operator=(const SearchWorker&) = delete;

    // Work is coming for the index at `revision`: be ready for it.
    void wake(Xapian::rev revision);

    // Runs `besideJob` on the worker against the index at `revision` while `ownJob` runs on this
    // thread, and returns once both are over. Returns false when the worker could not open that
    // revision (the index changed in between) and so did not run its job. Rethrows what either
    // job threw, this thread's first.
    bool runBeside(Xapian::rev revision, const Job& besideJob, const std::function<void()>& ownJob);

private:
    void serve();
    bool awaitJob(); // false when none came in time
    void runJob();
    bool openRevision(Xapian::rev revision);

    const std::filesystem::path folder_;
    std::optional<Xapian::Database> index_; // used by the worker thread only
    TermCache terms_;                       // likewise

    std::mutex mutex_;
    std::condition_variable changed_;
    std::atomic<bool> jobPosted_ = false; // read without the lock while the worker waits awake
    bool wakeRequested_ = false;
    const Job* job_ = nullptr;
    Xapian::rev revision_ = 0;
    bool done_ = false;
    bool ran_ = false;
    std::exception_ptr failure_;
    std::atomic<bool> stopping_ = false; // also read while the worker waits awake
    std::thread thread_; // last: starts once the members above exist
};

} // namespace hilo::index
