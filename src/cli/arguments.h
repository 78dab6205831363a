#pragma once
// Command-line arguments of one verb: positionals, "--name value" options and "--switch" flags.
// Each verb declares which options it takes, so a typo is a usage error, not silently ignored.
#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace hilo::cli {

// A mistake in how Hilo was called (exit code 2), as opposed to a problem with the data.
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct OptionSpec {
    std::set<std::string> valued;   // take a value: --group YP (or --group=YP)
    std::set<std::string> switches; // stand alone: --json
};

class Arguments {
public:
    Arguments(const std::vector<std::string>& args, const OptionSpec& spec);

    const std::vector<std::string>& positionals() const { return positionals_; }
    // The positional at `index`, or a UsageError saying which argument (`what`) is missing.
    const std::string& positional(std::size_t index, const std::string& what) const;
    std::optional<std::string> value(const std::string& name) const;
    bool has(const std::string& name) const { return switches_.count(name) > 0; }

private:
    std::vector<std::string> positionals_;
    std::map<std::string, std::string> values_;
    std::set<std::string> switches_;
};

} // namespace hilo::cli
