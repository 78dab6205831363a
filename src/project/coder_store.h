#pragma once
// The people who code. Every coding belongs to one coder, so that teams can compare coders.
#include "project.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace hilo {

struct CoderRecord {
    std::int64_t id = 0;
    std::string guid;
    std::string name;
    std::int64_t codingCount = 0;
};

class CoderStore {
public:
    explicit CoderStore(Project& project) : project_(project) {}

    std::vector<CoderRecord> coders();
    // Case-insensitive; find() and require() leave codingCount at 0.
    std::optional<CoderRecord> find(const std::string& name);
    // A coder by name; UserError naming the known coders when there is none.
    CoderRecord require(const std::string& name);
    // Adds a coder; UserError if the name is taken. Returns the new id.
    std::int64_t add(const std::string& name);

private:
    Project& project_;
};

} // namespace hilo
