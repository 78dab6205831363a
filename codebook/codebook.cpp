#include "codebook.h"

#include "code_path.h"
#include "text/unicode_text.h"
#include "text/user_error.h"

#include <QUuid>

#include <algorithm>
#include <cctype>
#include <map>

namespace hilo::codebook {
namespace {

bool isHexDigit(char c)
{
    return std::isxdigit(static_cast<unsigned char>(c)) != 0;
}

std::string lowerAscii(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); });
    return s;
}

bool isBlank(const std::string& s)
{
    return s.find_first_not_of(" \t\r\n") == std::string::npos;
}

bool isWellFormedColor(const std::string& color)
{
    return color.size() == 7 && color[0] == '#' && std::all_of(color.begin() + 1, color.end(), isHexDigit);
}

std::string quoted(const std::vector<std::string>& path)
{
    return "'" + joinCodePath(path) + "'";
}

void flattenInto(const std::vector<Code>& codes, std::vector<std::string>& path, const std::string& parentGuid,
                 std::vector<FlatCode>& out)
{
    for (std::size_t i = 0; i < codes.size(); ++i) {
        const Code& code = codes[i];
        path.push_back(code.name);
        out.push_back({&code, path, parentGuid, static_cast<int>(i)});
        flattenInto(code.children, path, code.guid, out);
        path.pop_back();
    }
}

// One walk over the tree that stops at the first problem. GUIDs compare case-insensitively:
// other tools write them in either case, and "ABC..." and "abc..." are the same identity.
class Validator {
public:
    explicit Validator(const std::string& fileName) : fileName_(fileName) {}

    void checkSiblings(const std::vector<Code>& siblings)
    {
        checkNames(siblings);
        for (const Code& code : siblings) {
            path_.push_back(code.name);
            checkGuid(code);
            checkColor(code);
            ancestors_.push_back({lowerAscii(code.guid), path_});
            checkSiblings(code.children);
            ancestors_.pop_back();
            path_.pop_back();
        }
    }

private:
    struct Seen {
        std::string guid;
        std::vector<std::string> path;
    };

    [[noreturn]] void fail(const std::string& message) const { throw UserError(fileName_ + ": " + message); }

    void checkNames(const std::vector<Code>& siblings) const
    {
        std::map<std::string, const Code*> byFoldedName;
        for (const Code& code : siblings) {
            if (isBlank(code.name))
                fail(path_.empty() ? std::string("a top-level code has no name")
                                   : "a code under " + quoted(path_) + " has no name");
            const auto [it, inserted] = byFoldedName.emplace(text::fold(code.name), &code);
            if (!inserted)
                fail("codes " + quoted(pathWith(it->second->name)) + " and " + quoted(pathWith(code.name)) +
                     " have the same name (sibling names must differ by more than case and accents)");
        }
    }

    void checkGuid(const Code& code)
    {
        if (code.guid.empty())
            fail("code " + quoted(path_) + " has no GUID");
        if (!isWellFormedGuid(code.guid))
            fail("code " + quoted(path_) + " has a malformed GUID '" + code.guid +
                 "' (expected 8-4-4-4-12 hexadecimal digits, like 3f2504e0-4f89-11d3-9a0c-0305e82c3301)");
        const std::string guid = lowerAscii(code.guid);
        for (const Seen& ancestor : ancestors_)
            if (ancestor.guid == guid)
                fail("code " + quoted(path_) + " repeats the GUID of its ancestor " + quoted(ancestor.path) +
                     " (a cycle)");
        const auto [it, inserted] = seen_.emplace(guid, path_);
        if (!inserted)
            fail("duplicate GUID " + code.guid + " used by " + quoted(it->second) + " and " + quoted(path_));
    }

    void checkColor(const Code& code) const
    {
        if (!code.color.empty() && !isWellFormedColor(code.color))
            fail("code " + quoted(path_) + " has colour '" + code.color +
                 "' (expected # and six hexadecimal digits, like #e57373)");
    }

    std::vector<std::string> pathWith(const std::string& name) const
    {
        std::vector<std::string> path = path_;
        path.push_back(name);
        return path;
    }

    const std::string& fileName_;
    std::vector<std::string> path_;                         // of the code being checked
    std::vector<Seen> ancestors_;                           // of the code being checked
    std::map<std::string, std::vector<std::string>> seen_;  // lower-case GUID -> first path
};

} // namespace

std::vector<FlatCode> flatten(const Codebook& codebook)
{
    std::vector<FlatCode> out;
    std::vector<std::string> path;
    flattenInto(codebook.codes, path, {}, out);
    return out;
}

void validate(const Codebook& codebook, const std::string& fileName)
{
    Validator(fileName).checkSiblings(codebook.codes);
}

std::string newGuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toLower().toStdString();
}

bool isWellFormedGuid(const std::string& guid)
{
    if (guid.size() != 36)
        return false;
    for (std::size_t i = 0; i < guid.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? guid[i] != '-' : !isHexDigit(guid[i]))
            return false;
    }
    return true;
}

} // namespace hilo::codebook
