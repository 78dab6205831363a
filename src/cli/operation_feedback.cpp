#include "operation_feedback.h"

#include <unistd.h>

#include <iostream>

namespace hilo::cli {

ops::OperationContext operationContext(const std::string& verb, const std::string& what)
{
    ops::OperationContext context;
    if (isatty(STDERR_FILENO) != 0)
        context.progress = [what](std::size_t done, std::size_t total) {
            std::cerr << "\r" << what << " " << done << "/" << total << (done == total ? "\n" : "") << std::flush;
            return true;
        };
    context.warn = [verb](const std::string& message) { std::cerr << "hilo " << verb << ": warning: " << message << "\n"; };
    return context;
}

} // namespace hilo::cli
