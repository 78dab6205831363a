#pragma once
// A bounded queue that hands items from one producer thread to one consumer: indexing builds
// documents on one core while the other writes them. Bounded, so a fast producer cannot fill
// memory with documents the writer has not reached. Internal to src/index.
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>

namespace hilo::index {

template <typename Item>
class HandoffQueue {
public:
    explicit HandoffQueue(std::size_t capacity) : capacity_(capacity) {}

    // Blocks while full. Returns false when the consumer has given up (the item is dropped).
    bool push(Item item)
    {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return items_.size() < capacity_ || abandoned_; });
        if (abandoned_)
            return false;
        items_.push_back(std::move(item));
        changed_.notify_all();
        return true;
    }

    // Blocks while empty. nullopt once the producer has closed the queue and it is drained.
    std::optional<Item> pop()
    {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return !items_.empty() || closed_; });
        if (items_.empty())
            return std::nullopt;
        Item item = std::move(items_.front());
        items_.pop_front();
        changed_.notify_all();
        return item;
    }

    // The producer is done.
    void close()
    {
        std::lock_guard lock(mutex_);
        closed_ = true;
        changed_.notify_all();
    }

    // The consumer stops taking items: a producer waiting in push() returns.
    void abandon()
    {
        std::lock_guard lock(mutex_);
        abandoned_ = true;
        items_.clear();
        changed_.notify_all();
    }

private:
    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<Item> items_;
    std::size_t capacity_;
    bool closed_ = false;
    bool abandoned_ = false;
};

} // namespace hilo::index
