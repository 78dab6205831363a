#include "arguments.h"

namespace hilo::cli {

Arguments::Arguments(const std::vector<std::string>& args, const OptionSpec& spec)
{
    bool onlyPositionals = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (onlyPositionals || arg.size() < 3 || arg.rfind("--", 0) != 0) {
            if (arg == "--")
                onlyPositionals = true;
            else
                positionals_.push_back(arg);
            continue;
        }
        std::string name = arg.substr(2);
        std::optional<std::string> inlineValue;
        if (const auto eq = name.find('='); eq != std::string::npos) {
            inlineValue = name.substr(eq + 1);
            name.resize(eq);
        }
        if (spec.switches.count(name) > 0) {
            if (inlineValue)
                throw UsageError("--" + name + " takes no value");
            switches_.insert(name);
        } else if (spec.valued.count(name) > 0) {
            if (!inlineValue && i + 1 >= args.size())
                throw UsageError("--" + name + " needs a value");
            values_[name] = inlineValue ? *inlineValue : args[++i];
        } else {
            throw UsageError("unknown option --" + name);
        }
    }
}

const std::string& Arguments::positional(std::size_t index, const std::string& what) const
{
    if (index >= positionals_.size())
        throw UsageError("missing " + what);
    return positionals_[index];
}

std::optional<std::string> Arguments::value(const std::string& name) const
{
    const auto it = values_.find(name);
    if (it == values_.end())
        return std::nullopt;
    return it->second;
}

} // namespace hilo::cli
