#pragma once
// What the caller of an operation gives it besides the request: a way to follow and cancel
// long work, and a way to hear what went wrong after the change was already saved. The CLI
// prints such warnings on stderr; the window shows them once the operation is over.
#include "text/progress.h"

#include <functional>
#include <string>

namespace hilo::ops {

struct OperationContext {
    // Called between steps of long work; returning false cancels it (the operation then throws
    // Cancelled and leaves the project and its backups as they were).
    Progress progress{};
    // Told, for example, that the search index could not be brought up to date after a change
    // that is saved. Called from the thread running the operation.
    std::function<void(const std::string&)> warn{};
};

} // namespace hilo::ops
