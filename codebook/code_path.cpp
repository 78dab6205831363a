#include "code_path.h"

#include "text/unicode_text.h"
#include "text/user_error.h"

namespace hilo::codebook {
namespace {

std::string trimmed(const std::string& s)
{
    const auto first = s.find_first_not_of(" \t");
    if (first == std::string::npos)
        return {};
    return s.substr(first, s.find_last_not_of(" \t") - first + 1);
}

} // namespace

std::vector<std::string> splitCodePath(std::string_view path)
{
    std::vector<std::string> names;
    std::string current;
    std::int64_t position = 0; // in code points, for error messages
    const auto finishSegment = [&] {
        std::string name = trimmed(current);
        if (name.empty())
            throw UserError("code path '" + std::string(path) + "' has an empty name at position " +
                            std::to_string(position + 1));
        names.push_back(std::move(name));
        current.clear();
    };
    for (std::size_t i = 0; i < path.size(); ++i) {
        const char c = path[i];
        if ((static_cast<unsigned char>(c) & 0xC0U) != 0x80U && i > 0)
            ++position;
        if (c == '\\') {
            if (i + 1 >= path.size() || (path[i + 1] != '/' && path[i + 1] != '\\'))
                throw UserError("code path '" + std::string(path) + "' has a stray backslash at position " +
                                std::to_string(position + 1) + " (write \\/ for a slash inside a name)");
            current.push_back(path[++i]);
            ++position;
        } else if (c == '/') {
            finishSegment();
        } else {
            current.push_back(c);
        }
    }
    finishSegment();
    return names;
}

std::string joinCodePath(const std::vector<std::string>& names)
{
    std::string path;
    for (const std::string& name : names) {
        if (!path.empty())
            path.push_back('/');
        for (const char c : name) {
            if (c == '/' || c == '\\')
                path.push_back('\\');
            path.push_back(c);
        }
    }
    return path;
}

bool sameCodeName(std::string_view a, std::string_view b)
{
    return text::fold(a) == text::fold(b);
}

} // namespace hilo::codebook
