#pragma once
// The project's live codebook: the code tree in project.db and the operations researchers use
// to shape it. Every operation is one transaction and keeps every coding accounted for.
#include "codebook/codebook.h"
#include "project.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace hilo {

struct CodeFields {
    std::optional<std::string> labelEs{};
    std::optional<std::string> color{}; // "#rrggbb" or "" for none
    std::optional<std::string> definition{};
    std::optional<std::string> inclusion{};
    std::optional<std::string> exclusion{};
    std::optional<std::string> example{};
    std::optional<std::string> memo{};
    std::optional<bool> codable{};
};

struct CodeRecord {
    std::int64_t id = 0;
    std::string guid;
    std::optional<std::int64_t> parentId;
    int position = 0;
    int depth = 0; // 0 at the top level
    std::string name;
    std::string path; // "Disclosure/Barriers/Embarrassment" (escaped as code_path.h says)
    std::string labelEs;
    std::string color;
    std::string definition;
    std::string inclusion;
    std::string exclusion;
    std::string example;
    std::string memo;
    bool codable = true;
    std::int64_t codingCount = 0; // codings of this code itself
    std::int64_t sourceCount = 0; // sources with at least one coding of this code
};

struct CodebookImportReport {
    std::vector<std::string> added;   // paths
    std::vector<std::string> updated; // paths whose fields changed
    std::vector<std::string> unchanged;
};

class CodebookStore {
public:
    explicit CodebookStore(Project& project) : project_(project) {}

    enum class Counts { Included, Omitted };
    // Depth-first, siblings in order, with paths and (unless omitted) counts. Counting reads
    // every coding: lookups that need only names and paths omit it.
    std::vector<CodeRecord> codes(Counts counts = Counts::Included);
    // A code by path, unique name, GUID or numeric id; UserError when none or ambiguous.
    CodeRecord code(const std::string& reference);
    // The same without counting its codings: for lookups that need the id or path alone.
    CodeRecord resolve(const std::string& reference);
    std::optional<CodeRecord> findById(std::int64_t id);
    // The code and all its descendants' ids.
    std::vector<std::int64_t> subtreeIds(std::int64_t codeId);

    // Adds a code at a path whose parent exists ("Disclosure/Barriers/Shame"), last among its
    // siblings. Returns the new id.
    std::int64_t add(const std::string& path, const CodeFields& fields = {}, const std::string& guid = "");
    void rename(const std::string& reference, const std::string& newName);
    void update(const std::string& reference, const CodeFields& fields);
    // Moves a code under a new parent ("" for the top level) at a position among its new
    // siblings (nullopt: last). Refuses to move a code into its own subtree.
    void move(const std::string& reference, const std::string& newParentReference, std::optional<int> position = {});
    // Merges `from` into `into`: its codings become `into`'s (identical ones are not doubled),
    // its children move under `into`, and `from` is deleted. Returns how many codings moved.
    std::int64_t merge(const std::string& from, const std::string& into);
    // Deletes a code and its subtree. Refused while codings exist, unless withCodings, which
    // deletes them too. Returns how many codings were deleted.
    std::int64_t remove(const std::string& reference, bool withCodings);

    // Merges a codebook in: by GUID first, then by path; fields of matched codes are updated.
    CodebookImportReport importCodebook(const codebook::Codebook& codebook);
    codebook::Codebook exportCodebook();

private:
    void countCodings(CodeRecord& code);

    Project& project_;
};

} // namespace hilo
