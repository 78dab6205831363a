#include "search_worker.h"

#include <chrono>

namespace hilo::index {
namespace {

// How long the worker stays awake for the next step: longer than a step takes on 1,000
// transcripts, short enough that an idle window costs nothing.
constexpr auto kAwakeFor = std::chrono::milliseconds(5);

} // namespace

SearchWorker::SearchWorker(std::filesystem::path indexFolder)
    : folder_(std::move(indexFolder)), thread_([this] { serve(); })
{
}

SearchWorker::~SearchWorker()
{
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    changed_.notify_all();
    thread_.join();
}

void SearchWorker::wake(Xapian::rev revision)
{
    {
        std::lock_guard lock(mutex_);
        wakeRequested_ = true;
        revision_ = revision;
    }
    changed_.notify_all();
}

bool SearchWorker::runBeside(Xapian::rev revision, const Job& besideJob, const std::function<void()>& ownJob)
{
    {
        std::lock_guard lock(mutex_);
        job_ = &besideJob;
        revision_ = revision;
        done_ = false;
        failure_ = nullptr;
        jobPosted_.store(true, std::memory_order_release);
    }
    changed_.notify_all(); // in case it was not woken, or went back to sleep

    std::exception_ptr ownFailure;
    try {
        ownJob();
    } catch (...) {
        ownFailure = std::current_exception();
    }

    std::unique_lock lock(mutex_); // the worker's job refers to the caller's data: always wait
    changed_.wait(lock, [&] { return done_; });
    job_ = nullptr;
    if (ownFailure)
        std::rethrow_exception(ownFailure);
    if (failure_)
        std::rethrow_exception(failure_);
    return ran_;
}

void SearchWorker::serve()
{
    for (;;) {
        Xapian::rev revision = 0;
        {
            std::unique_lock lock(mutex_);
            changed_.wait(lock, [&] { return stopping_ || wakeRequested_ || jobPosted_.load(); });
            if (stopping_)
                return;
            wakeRequested_ = false;
            revision = revision_;
        }
        openRevision(revision); // while the caller parses and starts matching
        while (awaitJob())
            runJob();
    }
}

bool SearchWorker::awaitJob()
{
    const auto until = std::chrono::steady_clock::now() + kAwakeFor;
    while (!jobPosted_.load(std::memory_order_acquire)) {
        if (stopping_ || std::chrono::steady_clock::now() > until)
            return false;
        std::this_thread::yield();
    }
    return true;
}

void SearchWorker::runJob()
{
    std::unique_lock lock(mutex_);
    const Job& job = *job_;
    const Xapian::rev revision = revision_;
    lock.unlock();

    bool ran = false;
    std::exception_ptr failure;
    try {
        if (openRevision(revision)) {
            job(*index_, terms_);
            ran = true;
        }
    } catch (...) {
        failure = std::current_exception();
    }

    lock.lock();
    jobPosted_.store(false);
    ran_ = ran;
    failure_ = failure;
    done_ = true;
    changed_.notify_all();
}

bool SearchWorker::openRevision(Xapian::rev revision)
{
    // Any trouble here only means the caller's thread does the work itself.
    try {
        if (index_ && index_->get_revision() != revision)
            index_->reopen();
    } catch (const Xapian::Error&) {
        index_.reset(); // rebuilt in a new place since
    }
    try {
        if (!index_)
            index_.emplace(folder_.string());
        return index_->get_revision() == revision;
    } catch (const Xapian::Error&) {
        index_.reset();
        return false;
    }
}

} // namespace hilo::index
